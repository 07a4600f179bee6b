import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare-text';
import { classifyDates, findDatesIn, parseDateString } from './extract-dates';

describe('parseDateString', () => {
  it.each([
    ['March 14, 2025', '2025-03-14'],
    ['Mar. 14 2025', '2025-03-14'],
    ['Sept 5, 2024', '2024-09-05'],
    ['SEPTEMBER 5, 2024', '2024-09-05'],
    ['14 March 2025', '2025-03-14'],
    ['3rd March 2025', null],
    ['March 3rd, 2025', '2025-03-03'],
    ['03/14/2025', '2025-03-14'],
    ['3/4/25', '2025-03-04'],
    ['12-31-2024', '2024-12-31'],
    ['2025-03-14', '2025-03-14'],
    ['05/13/99', '1999-05-13'],
  ])('%s → %s', (input, expected) => {
    expect(parseDateString(input)).toBe(expected);
  });

  it.each(['02/30/2025', '13/01/2025', 'XX/20XX', '11/24', 'February 30, 2025'])(
    'rejects %s',
    (input) => {
      expect(parseDateString(input)).toBeNull();
    },
  );
});

describe('findDatesIn', () => {
  it('does not read claim numbers, phone numbers or codes as dates', () => {
    const text = 'Claim 25-0212-88431-00, call 1-800-555-0142, code 5160-26-03, ref 12-31-2024-7.';
    expect(findDatesIn(text)).toEqual([]);
  });

  it('returns spans that cover the written date', () => {
    const text = 'Seen on 01/18/2025 and again on January 20, 2025.';
    expect(findDatesIn(text).map((d) => [d.iso, text.slice(d.span[0], d.span[1])])).toEqual([
      ['2025-01-18', '01/18/2025'],
      ['2025-01-20', 'January 20, 2025'],
    ]);
  });
});

describe('classifyDates', () => {
  it('sorts dates by their labels', () => {
    const text = [
      'Notice date: 02/12/2025',
      'Date of service: 01/18/2025',
      'Claim: 123  Received 01/25/2025',
      'You received this notice on 02/15/2025.',
      'Date of birth: 04/01/1980',
      'Coverage ended on 12/31/2024.',
    ].join('\n');
    const d = classifyDates(prepareText(text), []);
    expect(d.noticeDate?.value).toBe('2025-02-12');
    expect(d.serviceDates.map((x) => x.value)).toEqual(['2025-01-18']);
    expect(d.claimReceivedDate?.value).toBe('2025-01-25');
    expect(d.receivedDate?.value).toBe('2025-02-15');
  });

  it('takes the letter date from a date alone on its line near the top', () => {
    const text =
      'Acme Health Plan\n\nMarch 14, 2025\n\nDear Member,\nOffice notes dated January 27, 2025 were reviewed.';
    const d = classifyDates(prepareText(text), []);
    expect(d.noticeDate?.value).toBe('2025-03-14');
    expect(d.noticeDate?.confidence).toBeLessThan(0.9);
  });

  it('reads both ends of a service date range', () => {
    const d = classifyDates(prepareText('Dates of service: 01/02/2025 - 01/05/2025'), []);
    expect(d.serviceDates.map((x) => x.value)).toEqual(['2025-01-02', '2025-01-05']);
  });

  it('reads a bare "Date:" as the notice date, and markdown labels', () => {
    expect(classifyDates(prepareText('**Date:** December 31, 2025'), []).noticeDate?.value).toBe(
      '2025-12-31',
    );
    expect(classifyDates(prepareText('Member: A B   Date: 10/03/2024'), []).noticeDate?.value).toBe(
      '2024-10-03',
    );
  });

  it('ignores dates inside placeholders', () => {
    const d = classifyDates(prepareText('Date: [01/01/2025]\nDate of Service: <date>'), []);
    expect(d.noticeDate).toBeNull();
    expect(d.serviceDates).toEqual([]);
  });
});
