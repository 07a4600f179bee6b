import { describe, expect, it } from 'vitest';
import { RARC_ROWS } from './rarc.data';
import { lookupRarc } from './rarc.lookup';
import { countDataLines, readReferenceCsv } from './reference-csv.test-helper';

describe('RARC table', () => {
  const csv = readReferenceCsv('rarc.csv');

  it('holds every reference CSV row, with the description verbatim', () => {
    expect(csv).toHaveLength(countDataLines('rarc.csv'));
    expect(csv).toHaveLength(591);
    expect(RARC_ROWS).toHaveLength(csv.length);
    for (const [code, description] of csv) {
      expect(lookupRarc(code), code).toEqual({ code, description, known: true });
    }
  });

  it('unescapes doubled quotes from the CSV', () => {
    expect(lookupRarc('MA116').description).toContain('the statement "Homebound" on the claim');
  });
});

describe('lookupRarc', () => {
  it.each([
    ['N14', 'N14'],
    ['n14', 'N14'],
    [' N 14 ', 'N14'],
    ['N-14', 'N14'],
    ['N014', 'N14'],
    ['MA02', 'MA02'],
    ['ma2', 'MA02'],
    ['RARC MA130', 'MA130'],
    ['Alert: M15', 'M15'],
  ])('normalises %j to %s', (input, code) => {
    const info = lookupRarc(input);
    expect(info.code).toBe(code);
    expect(info.known).toBe(true);
  });

  it('carries the appeal-rights text of MA02 (seen on the Medicare sample 835)', () => {
    expect(lookupRarc('MA02').description).toMatch(/^If you do not agree with this determination/);
  });

  it.each(['N370', 'N700', 'M999', 'XX1', '', 'garbage text'])(
    'answers %j as an unknown code without throwing',
    (input) => {
      expect(lookupRarc(input)).toMatchObject({ description: 'unknown code', known: false });
    },
  );
});
