import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('ERISA records request', () => {
  it('puts the 30-day ERISA §502(c)(1) pressure point on the payer', () => {
    const d = deadline(
      computeDeadlines({
        regime: 'erisa_group_health',
        noticeDate: '2025-04-01',
        recordsRequestedAt: '2025-04-10',
      }),
      'records_request_response',
    );
    expect(d).toMatchObject({ due: '2025-05-10', party: 'payer' });
    expect(d.citation).toMatch(/29 U\.S\.C\. 1132\(c\)\(1\)/);
  });

  it('is not computed for Medicare Advantage (no such clock)', () => {
    const result = computeDeadlines({
      regime: 'medicare_advantage',
      noticeDate: '2025-04-01',
      recordsRequestedAt: '2025-04-10',
    });
    expect(result.deadlines.map((x) => x.kind)).toEqual(['member_appeal_filing']);
  });
});
