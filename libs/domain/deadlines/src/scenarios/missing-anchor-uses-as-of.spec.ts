import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('No date on the letter: anchor on asOf', () => {
  it('counts from asOf with an assumption and a high-severity finding', () => {
    const result = computeDeadlines({ regime: 'erisa_group_health', asOf: '2025-05-01' });
    const filing = deadline(result, 'member_appeal_filing');
    expect(filing.due).toBe('2025-10-28');
    expect(filing.anchor.date).toBe('2025-05-01');
    expect(filing.assumptions[0]).toMatch(/counted from the analysis date \(asOf 2025-05-01\)/);
    expect(result.findings).toEqual([
      expect.objectContaining({
        kind: 'missing_anchor_date',
        severity: 'high',
        citation: '29 CFR 2560.503-1(h)(3)(i)',
        deadlineKind: 'member_appeal_filing',
      }),
    ]);
  });

  it('computes nothing, and says why, without any date at all', () => {
    const result = computeDeadlines({ regime: 'medicare_advantage' });
    expect(result.deadlines).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({ kind: 'missing_anchor_date', severity: 'high' }),
    ]);
  });

  it('uses the receipt date for a notice-dated rule, with a medium finding', () => {
    const result = computeDeadlines({
      regime: 'medicaid_managed_care',
      receivedDate: '2025-02-03',
    });
    expect(deadline(result, 'member_appeal_filing').due).toBe('2025-04-04');
    expect(result.findings[0]).toMatchObject({ kind: 'missing_anchor_date', severity: 'medium' });
  });
});
