import { describe, expect, it } from 'vitest';
import { amountMatches, idMatches, setMatches, textMatches } from './accuracy-metrics';

describe('accuracy metrics', () => {
  it('matches paraphrased or context-padded text, not unrelated text', () => {
    expect(
      textMatches(
        'Keystone Benefit Administrators, Inc. (claims administrator for Hollister Manufacturing Employee Health Plan)',
        'Keystone Benefit Administrators, Inc.',
      ),
    ).toBe(true);
    expect(
      textMatches(
        'Requested provider out of network; in-network pediatric neurologists available timely',
        "Dr. Anand is not in Riverbend's provider network. Riverbend has three in-network pediatric neurologists with appointments available",
      ),
    ).toBe(true);
    expect(textMatches('Plan Document Section 3.5', 'Summary of Benefits')).toBe(false);
    expect(textMatches('anything', null)).toBe(false);
  });

  it('compares ids, sets and amounts strictly', () => {
    expect(idMatches('111222333444 (policy number)', '111222333444')).toBe(true);
    expect(idMatches('PMB-7720145-01', 'PMB772014501')).toBe(true);
    expect(idMatches('PMB-7720145-01', 'PMB-7720145-02')).toBe(false);
    expect(setMatches(['99214', '20610'], ['20610', '99214'])).toBe(true);
    expect(setMatches([], null)).toBe(true);
    expect(setMatches(['72148'], ['72148', '17106'])).toBe(false);
    expect(amountMatches(1840, 1840.0)).toBe(true);
    expect(amountMatches(0, null)).toBe(false);
  });
});
