import { describe, expect, it } from 'vitest';
import { memberFilingDue } from '../deadline.helpers';

describe('Windows that cross February 29', () => {
  it('Medicaid 60 days from 2024-01-15 ends on 2024-03-15, from 2025-01-15 on 2025-03-16', () => {
    expect(
      memberFilingDue({ regime: 'medicaid_managed_care', noticeDate: '2024-01-15' })?.due,
    ).toBe('2024-03-15');
    expect(
      memberFilingDue({ regime: 'medicaid_managed_care', noticeDate: '2025-01-15' })?.due,
    ).toBe('2025-03-16');
  });

  it('ERISA 180 days from 2023-12-01 ends 2024-05-29; from 2024-12-01, 2025-05-30', () => {
    expect(memberFilingDue({ regime: 'erisa_group_health', receivedDate: '2023-12-01' })?.due).toBe(
      '2024-05-29',
    );
    expect(memberFilingDue({ regime: 'erisa_group_health', receivedDate: '2024-12-01' })?.due).toBe(
      '2025-05-30',
    );
  });
});
