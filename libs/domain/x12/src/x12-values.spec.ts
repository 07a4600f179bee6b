import { describe, expect, it } from 'vitest';
import { parseDate6, parseDate8, parseDecimal, toCents } from './x12-values';

describe('parseDecimal', () => {
  it.each([
    ['945.00', 945],
    ['-1.27', -1.27],
    ['0', 0],
    ['.5', 0.5],
    ['12.', 12],
    ['211366.97', 211366.97],
  ])('reads %s', (text, value) => expect(parseDecimal(text)).toBe(value));

  it.each(['', '1,000.00', '1e3', '45O.00', ' 12', '+5', '-', '.', '1.2.3'])('rejects %j', (text) =>
    expect(parseDecimal(text)).toBeNaN(),
  );
});

describe('dates', () => {
  it('converts CCYYMMDD to ISO and rejects impossible dates', () => {
    expect(parseDate8('20020314')).toBe('2002-03-14');
    expect(parseDate8('20240229')).toBe('2024-02-29');
    expect(parseDate8('20230229')).toBeUndefined();
    expect(parseDate8('20000229')).toBe('2000-02-29');
    expect(parseDate8('19000229')).toBeUndefined();
    expect(parseDate8('20002316')).toBeUndefined();
    expect(parseDate8('2002031')).toBeUndefined();
    expect(parseDate8('2002O314')).toBeUndefined();
  });

  it('reads the ISA YYMMDD date', () => {
    expect(parseDate6('131031')).toBe('2013-10-31');
    expect(parseDate6('991231')).toBe('1999-12-31');
    expect(parseDate6('13103')).toBeUndefined();
  });
});

describe('toCents', () => {
  it('rounds away binary float drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(138018.4) + toCents(11980.33)).toBe(14999873);
  });
});
