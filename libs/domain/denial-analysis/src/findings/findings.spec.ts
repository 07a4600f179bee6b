import { describe, expect, it } from 'vitest';
import { analyzeDenial } from '../analyze-denial';
import type { AnalyzeOptions, Finding } from '../record-check.types';

const ERISA = { facts: { regime: 'erisa_group_health' as const } };

function findings(text: string, options: AnalyzeOptions = ERISA): Finding[] {
  return analyzeDenial(text, options).findings;
}
const ids = (text: string, options?: AnalyzeOptions): string[] =>
  findings(text, options).map((f) => f.id);
const byKind = (
  text: string,
  kind: Finding['kind'],
  options?: AnalyzeOptions,
): Finding | undefined => findings(text, options).find((f) => f.kind === kind);

describe('findings', () => {
  it('turns each missing or vague required disclosure into a finding with its element and citation', () => {
    const f = findings('Your claim was denied. The service was not medically necessary.');
    const plan = f.find((x) => x.id === 'missing_disclosure:plan_provision');
    expect(plan).toMatchObject({
      kind: 'missing_disclosure',
      severity: 'high',
      element: 'plan_provision',
      citation: '29 CFR 2560.503-1(g)(1)(ii)',
    });
    expect(f.find((x) => x.id === 'vague_disclosure:specific_reason')).toMatchObject({
      severity: 'medium',
      element: 'specific_reason',
    });
    expect(f.some((x) => x.element === 'right_to_sue_502a')).toBe(true);
  });

  it('orders findings by severity', () => {
    const order = { high: 0, medium: 1, low: 2 };
    const sev = findings('Your claim was denied.').map((x) => order[x.severity]);
    expect(sev).toEqual([...sev].sort((a, b) => a - b));
  });

  it('flags a stated window shorter than the regulation, with the span of the stated window', () => {
    const text =
      'Notice date: 03/14/2025\nReason: not medically necessary.\nYou may appeal in writing within 60 days of the date of this notice.';
    const f = byKind(text, 'stated_window_shorter_than_regulation');
    expect(f?.severity).toBe('high');
    expect(text.slice(...f!.span!)).toBe('within 60 days of the date of this notice');
  });

  it('flags a missing anchor date when neither the letter nor the facts give one', () => {
    expect(ids('Reason: not medically necessary.')).toContain(
      'missing_anchor_date:member_appeal_filing',
    );
    expect(
      ids('Reason: not medically necessary.', {
        facts: { regime: 'erisa_group_health', noticeDate: '2025-03-14' },
      }),
    ).not.toContain('missing_anchor_date:member_appeal_filing');
  });

  it('flags a date of service after the notice on a claim, but not on a pre-service request', () => {
    const claim =
      'Notice date: 01/10/2025\nClaim: 123   Date of service: 02/01/2025   Amount billed: $100.00\nReason: not covered.';
    const f = byKind(claim, 'inconsistent_dates');
    expect(f?.id).toBe('inconsistent_dates:service_after_notice');
    expect(claim.slice(...f!.span!)).toBe('02/01/2025');
    const request =
      'Date: 01/10/2025\nYour doctor requested surgery, requested start 02/01/2025. We denied it.';
    expect(byKind(request, 'inconsistent_dates')).toBeUndefined();
  });

  it('flags a notice received before it was sent (from the deadline engine)', () => {
    expect(
      ids('Notice date: 02/12/2025\nYou received this notice on 02/01/2025.\nReason: not covered.'),
    ).toContain('inconsistent_dates');
  });

  it('flags a CARC that contradicts the narrative (CO-97 on a medical-necessity letter)', () => {
    const text =
      'Reason: The MRI was not medically necessary: no documented conservative therapy.\nRemark: CO-97';
    const f = byKind(text, 'carc_contradicts_narrative');
    expect(f?.id).toBe('carc_contradicts_narrative:CO-97');
    expect(f?.explanation).toMatch(/coding_billing.*medical_necessity/);
    expect(
      byKind(
        'Reason: included in the payment for another service; modifier 25 is not supported.\nRemark: CO-97',
        'carc_contradicts_narrative',
      ),
    ).toBeUndefined();
  });

  it('flags criteria named but not offered free of charge', () => {
    const named = 'Reason: not medically necessary under Acme Medical Policy RAD-9.';
    expect(byKind(named, 'criteria_not_provided')?.explanation).toMatch(
      /neither encloses it nor says a copy is available free/,
    );
    expect(
      byKind(`${named} You may request a copy of the policy.`, 'criteria_not_provided')
        ?.explanation,
    ).toMatch(/not free of charge/);
    expect(
      byKind(`${named} You may request the policy free of charge.`, 'criteria_not_provided'),
    ).toBeUndefined();
  });

  it('flags a medical-judgment denial with no reviewer credentials', () => {
    expect(
      byKind('Reason: The surgery was not medically necessary.', 'reviewer_credentials_missing'),
    ).toBeDefined();
    expect(
      byKind(
        'Reason: not medically necessary. Our physician reviewer, a board-certified orthopedic surgeon, reviewed the records.',
        'reviewer_credentials_missing',
      ),
    ).toBeUndefined();
    expect(
      byKind('Reason: 18 - Exact duplicate claim/service.', 'reviewer_credentials_missing'),
    ).toBeUndefined();
  });

  it('flags when the records reviewed are not identified on a medical-judgment denial', () => {
    expect(
      byKind('Reason: The surgery was not medically necessary.', 'records_reviewed_not_identified'),
    ).toBeDefined();
    expect(
      byKind(
        'Reason: not medically necessary. We reviewed the office notes from your doctor.',
        'records_reviewed_not_identified',
      ),
    ).toBeUndefined();
  });

  it('flags a documentation gap when the reason rests on what the record did not show', () => {
    const text =
      'Reason: The records show no documented trial of conservative therapy before the MRI.';
    const f = byKind(text, 'documentation_gap');
    expect(f?.span && text.slice(...f.span)).toMatch(/^The records show no documented/);
  });

  it('flags criteria that do not fit the patient', () => {
    expect(
      byKind(
        'Reason: The CGM is covered only for patients with a diagnosis of Type 1 diabetes, and our records indicate a diagnosis of Type 2 diabetes.',
        'criteria_mismatch',
      )?.id,
    ).toBe('criteria_mismatch:diagnosis_keyed_rule');
    expect(
      byKind('Reason: not medically necessary under LCD L33718.', 'criteria_mismatch')?.id,
    ).toBe('criteria_mismatch:medicare_criteria_on_commercial_plan');
    expect(
      byKind('Reason: not medically necessary under LCD L33718.', 'criteria_mismatch', {
        facts: { regime: 'medicare_ffs' },
      }),
    ).toBeUndefined();
  });

  it('raises the parity question for mental-health and substance-use services, with the regime’s citation', () => {
    const text =
      'Reason: residential treatment for alcohol use disorder (F10.20) is not medically necessary.';
    expect(byKind(text, 'parity_question')?.citation).toContain('29 CFR 2590.712');
    expect(
      byKind(text, 'parity_question', { facts: { regime: 'medicaid_managed_care' } })?.citation,
    ).toContain('438.910');
    expect(
      byKind(text, 'parity_question', { facts: { regime: 'medicare_advantage' } }),
    ).toBeUndefined();
    expect(byKind('Service: psychotherapy (CPT 90837)', 'parity_question')?.explanation).toMatch(
      /90837|psychotherapy/,
    );
    expect(
      byKind('Reason: the MRI is not medically necessary.', 'parity_question'),
    ).toBeUndefined();
  });

  it('flags an urgent request with no expedited process (once, not also as a missing disclosure)', () => {
    const urgent = {
      facts: { regime: 'erisa_group_health' as const, serviceType: 'urgent' as const },
    };
    const list = ids('Reason: not medically necessary.', urgent);
    expect(list).toContain('urgent_without_expedited_process');
    expect(list).not.toContain('missing_disclosure:expedited_process');
    expect(
      ids(
        'Reason: not medically necessary. Call 1-800-555-0100 to ask for an expedited appeal.',
        urgent,
      ),
    ).not.toContain('urgent_without_expedited_process');
  });

  it('flags unfilled template placeholders as a notice defect, pointing at the first one', () => {
    const text = 'Reason for denial: [Insert reason]\nDate: <date>';
    const f = byKind(text, 'template_placeholder_unfilled');
    expect(f?.explanation).toMatch(/2 template placeholders/);
    expect(text.slice(...f!.span!)).toBe('[Insert reason]');
  });

  it('gives every finding a unique id, a citation and an explanation', () => {
    const f = findings(
      'Reason for denial: [Insert]\nThe surgery was not medically necessary. CO-97\nYou may appeal within 60 days of this notice. Notice date: 01/02/2025',
    );
    expect(new Set(f.map((x) => x.id)).size).toBe(f.length);
    for (const x of f) {
      expect(x.citation.length).toBeGreaterThan(3);
      expect(x.explanation.length).toBeGreaterThan(10);
    }
  });
});
