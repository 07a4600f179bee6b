import { describe, expect, it } from 'vitest';
import { readRemittance, segmentsOf } from '../test-support/remittance-samples.test-helper';
import { ISA_LENGTH, readIsaSeparators } from './separators';
import { X12ParseError } from './x12-error';

const isa = (segmentsOf(readRemittance('managed-care-retired-carc.835'))[0] as string) + '~';

describe('readIsaSeparators', () => {
  it('reads element, component, terminator and the 5010 repetition separator', () => {
    expect(isa).toHaveLength(ISA_LENGTH);
    expect(readIsaSeparators(isa, 1)).toEqual({
      element: '*',
      component: ':',
      segment: '~',
      repetition: '^',
    });
  });

  it('reads an ISA with trimmed fields the same way as a padded one', () => {
    const trimmed = isa.replace('*ZZ*', '*Z*').replace('PRAIRIEHEALTH  ', 'PRAIRIEHEALTH');
    expect(trimmed.length).toBeLessThan(ISA_LENGTH);
    expect(readIsaSeparators(trimmed, 1)).toEqual(readIsaSeparators(isa, 1));
  });

  it('treats ISA11 as the standards identifier before 5010', () => {
    const old = isa.replace('*^*00501*', '*U*00401*');
    expect(readIsaSeparators(old, 1).repetition).toBeUndefined();
  });

  it('reads any special characters, including a line-feed terminator', () => {
    const other = isa.replaceAll('*', '|').replace(':~', '>\n');
    expect(readIsaSeparators(other, 7)).toMatchObject({
      element: '|',
      component: '>',
      segment: '\n',
    });
  });

  it.each([
    ['a letter as element separator', isa.replaceAll('*', 'X')],
    ['an element separator inside a field', isa.replace('*PRAIRIEHEALTH  *', '*PRAIRIE*HEALTH *')],
    [
      'a shifted layout (ISA12 not a version)',
      isa.replace('*ZZ*', '*Z*').replace('*00501*', '*0501*'),
    ],
    ['a terminator equal to the component separator', isa.slice(0, -1) + ':'],
    ['an alphanumeric terminator', isa.slice(0, -1) + 'Z'],
    ['a repetition separator equal to the component separator', isa.replace('*^*', '*:*')],
  ])('rejects %s with X12_BAD_SEPARATORS at the given segment number', (_name, bad) => {
    let caught: unknown;
    try {
      readIsaSeparators(bad, 3);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(X12ParseError);
    expect(caught).toMatchObject({
      code: 'X12_BAD_SEPARATORS',
      segmentNumber: 3,
      segmentId: 'ISA',
    });
  });
});
