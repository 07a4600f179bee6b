import {
  DISCLOSURE_ELEMENTS,
  type DisclosureElement,
  type Regime,
} from '@claimlane/shared-contracts';
import { describe, expect, it } from 'vitest';
import { analyzeDenial } from '../analyze-denial';
import type { KnownFacts } from '../record-check.types';
import { DISCLOSURE_RULES } from './disclosure-rules.data';

function disclosure(
  text: string,
  element: DisclosureElement,
  facts: KnownFacts = { regime: 'erisa_group_health' },
) {
  const d = analyzeDenial(text, { facts }).disclosures.find((x) => x.element === element);
  if (!d) throw new Error('missing element');
  return d;
}

const COMPLETE_ERISA = `Acme Benefit Administrators, Claims Administrator for the Widget Co. Employee Health Plan
Claim Number: 25-1   Provider: Valley Imaging   Date of Service: 02/03/2025   Amount billed: $900.00
Reason: The MRI was not medically necessary because the records show two weeks of symptoms and no documented conservative therapy, which Acme Medical Policy RAD-9 "Spine Imaging" requires before imaging.
Plan provision: Summary Plan Description, Section 6.2.
You may request, free of charge, copies of all documents relevant to your claim, including Medical Policy RAD-9. You may also request the diagnosis and treatment codes and their meanings.
Denial code CO-50: these are non-covered services because this is not deemed a medical necessity by the payer.
You may file a written appeal within 180 days of receipt of this notice. Send it to Acme Appeals, PO Box 1, Town, PA 17106.
If your situation is urgent, you may request an expedited appeal by calling 1-800-555-0100.
You may request an external review by an independent review organization within four months of a final denial.
You have the right to bring a civil action under Section 502(a) of ERISA.
For help, contact the Employee Benefits Security Administration at 1-866-444-3272.
Please send the physical therapy notes with dates so we can reconsider the claim.`;

describe('assessDisclosures', () => {
  it('returns the 13 elements in the fixed order, each with a citation, even for empty text', () => {
    const r = analyzeDenial('');
    expect(r.disclosures.map((d) => d.element)).toEqual([...DISCLOSURE_ELEMENTS]);
    for (const d of r.disclosures) expect(d.citation).not.toBe('');
  });

  it('finds every element present in a complete ERISA notice, with spans on the disclosure', () => {
    const r = analyzeDenial(COMPLETE_ERISA, { facts: { regime: 'erisa_group_health' } });
    for (const d of r.disclosures) {
      if (d.element === 'expedited_process') continue;
      expect([d.element, d.status]).toEqual([d.element, 'present']);
      expect(d.span).not.toBeNull();
    }
    const ex = r.disclosures.find((d) => d.element === 'expedited_process');
    expect(ex?.status).toBe('present');
    const reason = r.disclosures.find((d) => d.element === 'specific_reason');
    expect(COMPLETE_ERISA.slice(...reason!.span!)).toMatch(/^The MRI was not medically necessary/);
  });

  it.each<[string, DisclosureElement, string]>([
    [
      'Your claim is denied. The service was not medically necessary.',
      'specific_reason',
      'conclusion',
    ],
    [
      'Reason: The MRI is not covered under the terms of your plan, which exclude it for this condition in all cases.',
      'plan_provision',
      'terms of your plan',
    ],
    [
      'Reason: not medically necessary under Acme Medical Policy RAD-9, which needs six weeks of therapy first.',
      'criteria_or_guideline',
      'neither provides',
    ],
    [
      'Acme Medical Policy RAD-9 applies. You may request a copy of the policy.',
      'criteria_or_guideline',
      'not say free of charge',
    ],
    [
      'You may appeal within 180 days of this notice.',
      'appeal_procedures_and_time_limits',
      'not where or how',
    ],
    ['Remark: CO-50', 'denial_code_meaning', 'without its meaning'],
    ['An expedited review is available.', 'expedited_process', 'without saying how'],
  ])('vague: %j → %s', (text, element, why) => {
    const d = disclosure(text, element);
    expect(d.status).toBe('vague');
    expect(d.explanation).toContain(why);
  });

  // Lines that look like a disclosure but are not one: counted as missing, never as vague
  // (vague counts as present in the accuracy figures).
  it.each<[string, DisclosureElement, string]>([
    ['If you need help, call 1-800-555-0100.', 'consumer_assistance_contact', "plan's own number"],
    [
      'The service was not medically necessary.',
      'clinical_rationale',
      'conclusion without the clinical basis',
    ],
    [
      'Reason: not medically necessary. You may ask for copies of all documents relevant to your claim.',
      'criteria_or_guideline',
      'does not say a rule or guideline was relied on',
    ],
  ])('missing, not vague: %j → %s', (text, element, why) => {
    const d = disclosure(text, element);
    expect(d.status).toBe('missing');
    expect(d.explanation).toContain(why);
  });

  it('missing: a bare letter lacks the required ERISA elements', () => {
    const text = 'Your claim was denied.';
    for (const e of [
      'plan_provision',
      'appeal_procedures_and_time_limits',
      'right_to_sue_502a',
      'external_review_info',
      'consumer_assistance_contact',
      'diagnosis_treatment_codes_available',
    ] as const)
      expect([e, disclosure(text, e).status]).toEqual([e, 'missing']);
  });

  it('missing: a review mentioned with no time limit is not an appeal procedure', () => {
    const d = disclosure(
      'If you disagree, you may request a review. Contact Customer Service at 1-800-555-0175.',
      'appeal_procedures_and_time_limits',
    );
    expect(d.status).toBe('missing');
    expect(d.explanation).toMatch(/no time limit/);
  });

  it('not_applicable: by regime', () => {
    expect(
      disclosure(COMPLETE_ERISA, 'right_to_sue_502a', { regime: 'medicaid_managed_care' }).status,
    ).toBe('not_applicable');
    expect(disclosure('We denied it.', 'right_to_sue_502a', { regime: 'unknown' }).status).toBe(
      'not_applicable',
    );
    expect(
      disclosure('We denied it.', 'denial_code_meaning', { regime: 'medicare_advantage' }).status,
    ).toBe('not_applicable');
    expect(
      disclosure(
        'Remark: CO-50 These are non-covered services because not a medical necessity.',
        'denial_code_meaning',
        { regime: 'medicaid_managed_care' },
      ).status,
    ).toBe('present');
  });

  it('not_applicable: criteria and clinical rationale for administrative denials', () => {
    const dup = 'Reason: 18 - Exact duplicate claim/service. This visit was already paid.';
    expect(disclosure(dup, 'criteria_or_guideline').status).toBe('not_applicable');
    expect(disclosure(dup, 'clinical_rationale').status).toBe('not_applicable');
    // The codes statement has no exemption (2590.715-2719(b)(2)(ii)(E)(1)), duplicates included.
    expect(disclosure(dup, 'diagnosis_treatment_codes_available').status).toBe('missing');
    const elig =
      'Reason: coverage for the patient was not in effect on the date of service; coverage ended 12/31/2024.';
    expect(disclosure(elig, 'clinical_rationale').status).toBe('not_applicable');
  });

  it('keeps criteria and clinical rationale for a coverage rule that rests on a diagnosis', () => {
    const text =
      'Reason: the device is not covered under your policy. It is covered only for patients with a diagnosis of Type 1 diabetes.';
    expect(disclosure(text, 'criteria_or_guideline').status).toBe('missing');
    expect(disclosure(text, 'clinical_rationale').status).toBe('missing');
  });

  it('requires the expedited process only for urgent claims under ERISA', () => {
    expect(
      disclosure('Reason: not medically necessary.', 'expedited_process', {
        regime: 'erisa_group_health',
      }).status,
    ).toBe('not_applicable');
    expect(
      disclosure('Reason: not medically necessary.', 'expedited_process', {
        regime: 'erisa_group_health',
        serviceType: 'urgent',
      }).status,
    ).toBe('missing');
    expect(
      disclosure('Reason: not medically necessary.', 'expedited_process', {
        regime: 'medicare_advantage',
        serviceType: 'pre_service',
      }).status,
    ).toBe('missing');
    expect(
      disclosure('Reason: not medically necessary.', 'expedited_process', {
        regime: 'medicaid_managed_care',
      }).status,
    ).toBe('missing');
  });

  it('counts free copies of all documents as the criteria disclosure for Medicaid (438.404(b)(2)), not for ERISA', () => {
    const text =
      'Reason: not medically necessary. You may ask for free copies of all documents we used to make this decision.';
    expect(
      disclosure(text, 'criteria_or_guideline', { regime: 'medicaid_managed_care' }).status,
    ).toBe('present');
    expect(disclosure(text, 'criteria_or_guideline', { regime: 'erisa_group_health' }).status).toBe(
      'missing',
    );
  });

  it.each<[Regime, string]>([
    ['erisa_group_health', '29 CFR 2560.503-1(g)(1)(i)'],
    ['aca_individual', '45 CFR 147.136'],
    ['medicare_advantage', '42 CFR 422.568(e)(2)'],
    ['medicare_ffs', '42 CFR 405.921(a)(2)(i)'],
    ['medicaid_managed_care', '42 CFR 438.404(b)(2)'],
    ['unknown', '29 CFR 2560.503-1(g)(1)(i)'],
  ])('cites the %s rule for the specific reason', (regime, cite) => {
    expect(disclosure('We denied it.', 'specific_reason', { regime }).citation).toContain(cite);
  });

  it('has a rule with a citation for every regime and element', () => {
    for (const rules of Object.values(DISCLOSURE_RULES))
      for (const e of DISCLOSURE_ELEMENTS) expect(rules[e].citation.length).toBeGreaterThan(5);
  });
});
