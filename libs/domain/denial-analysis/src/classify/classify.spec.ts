import { describe, expect, it } from 'vitest';
import { extractAdjustmentCodes } from '../extract/extract-codes';
import { prepareText } from '../text/prepare-text';
import { classifyCategory } from './classify-category';
import { classifyRegime } from './classify-regime';
import { inferServiceType } from './infer-service-type';

function category(text: string) {
  const p = prepareText(text);
  return classifyCategory(p, null, extractAdjustmentCodes(p).carc);
}

describe('classifyCategory', () => {
  it.each([
    [
      'The MRI was not medically necessary; records show no conservative therapy.',
      'medical_necessity',
    ],
    ['Prior authorization was not obtained before the surgery.', 'prior_authorization'],
    [
      'Dr. Smith is not in our provider network. Please use in-network providers.',
      'out_of_network',
    ],
    [
      'The treatment is considered experimental and investigational.',
      'experimental_investigational',
    ],
    [
      'The visit is included in the payment for the procedure; modifier 25 is not supported.',
      'coding_billing',
    ],
    ['The claim was received after the filing deadline (timely filing limit).', 'timely_filing'],
    [
      'Coverage was not in effect on the date of service; your coverage ended on 12/31.',
      'eligibility_coverage',
    ],
    ['Coordination of benefits: your other insurance is primary.', 'coordination_of_benefits'],
    ['This is an exact duplicate claim of one already paid.', 'duplicate'],
    [
      'We did not receive the requested medical records needed to process the claim.',
      'missing_information',
    ],
  ])('%j → %s', (text, expected) => {
    const r = category(text);
    expect(r.category).toBe(expected);
    expect(r.evidence.decidedBy).toBe('cues');
    expect(r.evidence.cues.some((c) => c.target === expected && c.span !== null)).toBe(true);
  });

  it('counts a denial CARC for its category', () => {
    const r = category('Remark: CO-50');
    expect(r.category).toBe('medical_necessity');
    expect(r.evidence.cues.map((c) => c.cue)).toContain('carc:CO-50');
    expect(r.evidence.narrativeCategory).toBeNull();
  });

  it('ignores patient-responsibility codes (PR-2 coinsurance is not a denial)', () => {
    expect(category('PR-2 Coinsurance amount').category).toBe('other');
  });

  it('returns other with the reason on weak evidence and on ties', () => {
    const weak = category('Please read this notice carefully.');
    expect(weak.category).toBe('other');
    expect(weak.evidence.reason).toMatch(/no category cue/);
    const tie = category('This is an exact duplicate claim. The provider is out-of-network.');
    expect(tie.category).toBe('other');
    expect(tie.evidence.reason).toMatch(/tie between/);
  });

  it('weighs cues inside the stated reason double', () => {
    const text =
      'Reason: the service is not covered under your policy.\n\nInclude records that support medical necessity in any appeal.';
    const p = prepareText(text);
    const reason: [number, number] = [0, text.indexOf('\n')];
    const r = classifyCategory(p, reason, []);
    expect(r.category).toBe('eligibility_coverage');
    expect(r.evidence.cues.find((c) => c.cue === 'not_covered')?.weight).toBe(6);
  });
});

describe('classifyRegime', () => {
  it.each([
    [
      'You have the right to bring a civil action under Section 502(a) of ERISA.',
      'erisa_group_health',
    ],
    ['This is a Marketplace plan bought through HealthCare.gov.', 'aca_individual'],
    ['Your Medicare Administrative Contractor has made a redetermination.', 'medicare_ffs'],
    [
      'SUNBELT SENIOR ADVANTAGE (HMO), A Medicare Advantage Plan. Your appeal goes to the Independent Review Entity.',
      'medicare_advantage',
    ],
    [
      'RIVERBEND, a Medicaid Managed Care Plan. You can ask for a state fair hearing.',
      'medicaid_managed_care',
    ],
  ])('%j → %s', (text, expected) => {
    const r = classifyRegime(prepareText(text));
    expect(r.regime).toBe(expected);
    expect(r.evidence.decidingQuestion).toBeNull();
  });

  it('says which fact would decide an unknown regime', () => {
    const none = classifyRegime(prepareText('We denied your claim. Call Member Services.'));
    expect(none.regime).toBe('unknown');
    expect(none.evidence.decidingQuestion).toMatch(
      /private employer \(ERISA\) or bought individually/,
    );
    const medicare = classifyRegime(prepareText('Your Medicare coverage'));
    expect(medicare.regime).toBe('unknown');
    expect(medicare.evidence.decidingQuestion).toMatch(/Original Medicare .* Medicare Advantage/);
  });

  it('treats a near tie as unknown', () => {
    const r = classifyRegime(
      prepareText('Your employer group health plan. Your Medicaid coverage.'),
    );
    expect(r.regime).toBe('unknown');
    expect(r.evidence.reason).toMatch(/too close|weak/);
  });

  it('lets a known fact decide, and notes when the letter disagrees', () => {
    const r = classifyRegime(prepareText('A Medicare Advantage Plan'), 'erisa_group_health');
    expect(r.regime).toBe('erisa_group_health');
    expect(r.evidence.decidedBy).toBe('facts');
    expect(r.evidence.reason).toMatch(/medicare_advantage/);
  });
});

describe('inferServiceType', () => {
  it.each([
    ['Your doctor asked for a fast decision about the surgery.', 'urgent'],
    ['Concurrent review: additional inpatient days were not approved.', 'concurrent'],
    ['We denied the services requested by your doctor.', 'pre_service'],
    ['EXPLANATION OF BENEFITS. Amount billed: $100. Claim: 123', 'post_service'],
  ])('%j → %s', (text, expected) => {
    expect(inferServiceType(prepareText(text)).value).toBe(expected);
  });

  it('does not call a letter urgent because it describes the expedited appeal process', () => {
    expect(
      inferServiceType(
        prepareText(
          'Claim: 1. Amount billed: $5. If your situation is urgent, you may request an expedited appeal.',
        ),
      ).value,
    ).toBe('post_service');
  });

  it('uses the known service type when given', () => {
    expect(inferServiceType(prepareText('Amount billed: $5'), 'urgent')).toMatchObject({
      value: 'urgent',
      decidedBy: 'facts',
    });
  });
});
