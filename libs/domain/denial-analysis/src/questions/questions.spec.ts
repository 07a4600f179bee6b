import { describe, expect, it } from 'vitest';
import { analyzeDenial } from '../analyze-denial';
import { extractFields } from '../extract/extract-fields';
import type { FindingContext } from '../findings/finding-context';
import type { AnalyzeOptions } from '../record-check.types';
import { prepareText } from '../text/prepare-text';
import { chooseStrongestGround } from './strongest-ground';

const ERISA: AnalyzeOptions = { facts: { regime: 'erisa_group_health' } };
const questionIds = (text: string, options: AnalyzeOptions = ERISA): string[] =>
  analyzeDenial(text, options).nextQuestions.map((q) => q.id);

const ANSWERED = `Claim Number: 25-1   Member ID: ABC123   Provider: Valley Imaging   Date of Service: 02/03/2025
Reason: The MRI was not medically necessary because the records show two weeks of symptoms, and Acme Medical Policy RAD-9 "Spine Imaging" requires six weeks of conservative care first.
Plan provision: Summary Plan Description, Section 6.2.
This decision was made by Dr. Jane Roe, a board-certified orthopedic surgeon.
You may request, free of charge, copies of all documents relevant to your claim, including Medical Policy RAD-9.`;

/** ANSWERED plus the appeal-rights paragraphs: nothing procedural left to find. */
const FULL = `${ANSWERED}
You may also request the diagnosis and treatment codes and their meanings.
You may file a written appeal within 180 days of receipt of this notice to Acme Appeals, PO Box 1, Town, PA 17106.
You may request an external review by an independent review organization within four months of a final denial.
You have the right to bring a civil action under Section 502(a) of ERISA.
For help, contact the Employee Benefits Security Administration at 1-866-444-3272.`;

describe('next questions', () => {
  it('asks only what the letter has not answered, and always for the claim file', () => {
    const ids = questionIds(ANSWERED);
    expect(ids).not.toContain('specific_reason');
    expect(ids).not.toContain('plan_provision');
    expect(ids).not.toContain('clinical_rationale');
    expect(ids).not.toContain('reviewer_credentials');
    expect(ids).toContain('claim_file');
    expect(ids).toContain('criteria_copy');
  });

  it('asks for the named criteria by name, and the reviewer by name when only credentials are given', () => {
    const r = analyzeDenial(
      ANSWERED.replace(
        'made by Dr. Jane Roe, a board-certified orthopedic surgeon',
        'reviewed by our physician reviewer, a board-certified orthopedic surgeon',
      ),
      ERISA,
    );
    expect(r.nextQuestions.find((q) => q.id === 'criteria_copy')?.text).toContain(
      'Acme Medical Policy RAD-9',
    );
    expect(r.nextQuestions.find((q) => q.id === 'reviewer_credentials')?.text).toContain(
      'board-certified orthopedic surgeon',
    );
  });

  it('asks the full set on a bare medical-necessity denial, in order', () => {
    const r = analyzeDenial(
      'Your claim was denied because the service was not medically necessary.',
      ERISA,
    );
    expect(r.nextQuestions.map((q) => q.id)).toEqual([
      'specific_reason',
      'plan_provision',
      'criteria_copy',
      'clinical_rationale',
      'reviewer_credentials',
      'claim_file',
      'diagnosis_treatment_codes',
      'denial_code_meaning',
      'external_review',
      'appeal_deadline',
    ]);
    expect(r.nextQuestions.map((q) => q.priority)).toEqual(r.nextQuestions.map((_, i) => i + 1));
    const file = r.nextQuestions.find((q) => q.id === 'claim_file');
    expect(file?.basis).toBe('29 CFR 2560.503-1(h)(2)(iii), (m)(8)');
  });

  it('does not ask for criteria, rationale or reviewer on an administrative denial', () => {
    const ids = questionIds(
      'Reason: 18 - Exact duplicate claim/service. Already paid on claim 123-45.',
    );
    expect(ids).not.toContain('criteria_copy');
    expect(ids).not.toContain('clinical_rationale');
    expect(ids).not.toContain('reviewer_credentials');
  });

  it('adds the parity comparison for a behavioral-health denial', () => {
    const r = analyzeDenial(
      'Reason: intensive outpatient treatment for major depressive disorder (F33.2) is not medically necessary.',
      ERISA,
    );
    expect(r.nextQuestions.find((q) => q.id === 'parity_comparison')?.basis).toContain('2590.712');
  });

  it('uses the regime’s own rules as the basis', () => {
    const medicaid = analyzeDenial('Reason: not medically necessary.', {
      facts: { regime: 'medicaid_managed_care' },
    });
    expect(medicaid.nextQuestions.find((q) => q.id === 'claim_file')?.basis).toContain(
      '42 CFR 438.406(b)(5)',
    );
    const ma = analyzeDenial('Reason: not medically necessary.', {
      facts: { regime: 'medicare_advantage' },
    });
    expect(ma.nextQuestions.find((q) => q.id === 'reviewer_credentials')?.basis).toContain(
      '422.566(d)',
    );
  });

  it('asks which kind of plan it is when the regime is unknown', () => {
    expect(questionIds('Reason: not medically necessary.', {})).toContain('plan_type');
    expect(questionIds('Reason: not medically necessary.')).not.toContain('plan_type');
  });

  it('combines the questions into one letter with the claim reference', () => {
    const r = analyzeDenial(ANSWERED, ERISA);
    expect(r.letter).toContain('claim 25-1');
    expect(r.letter).toContain('member ID ABC123');
    r.nextQuestions.forEach((q, i) =>
      expect(r.letter).toContain(`${i + 1}. ${q.text} [${q.basis}]`),
    );
    expect(r.letter).toMatch(/does not waive/);
  });

  it('addresses the letter to the payer the user names when the letter has none', () => {
    const r = analyzeDenial('Reason: not medically necessary.', {
      facts: { regime: 'erisa_group_health', payer: 'Acme Health', serviceDates: ['2025-01-02'] },
    });
    expect(r.letter.split('\n')[1]).toBe('To: Acme Health');
    expect(r.letter).toContain('date(s) of service 2025-01-02');
  });

  it('names its sender and encloses the authorized-representative form unless the member writes', () => {
    const text = 'Reason: not medically necessary.';
    const facts = { regime: 'erisa_group_health' as const };
    const blank = analyzeDenial(text, { facts }).letter;
    expect(blank.split('\n')[0]).toMatch(/^From: \[Your name\], \[the member/);
    expect(blank).toContain('authorized-representative form signed by the member');
    const provider = analyzeDenial(text, {
      facts,
      sender: { name: 'Pinecrest Physical Therapy', role: 'provider' },
    }).letter;
    expect(provider.split('\n')[0]).toBe(
      "From: Pinecrest Physical Therapy, the member's treating provider",
    );
    expect(provider).toContain("receive the member's claim file");
    const member = analyzeDenial(text, {
      facts,
      sender: { name: 'Kaia Moravec', role: 'member' },
    }).letter;
    expect(member).not.toContain('authorized-representative form');
    expect(member.trimEnd().split('\n').pop()).toBe('Kaia Moravec');
  });
});

function ctxFor(text: string): FindingContext {
  const p = prepareText(text);
  const x = extractFields(p);
  return {
    p,
    x,
    payer: null,
    regime: 'erisa_group_health',
    category: 'medical_necessity',
    categoryEvidence: {
      decidedBy: 'cues',
      score: 0,
      runnerUp: null,
      reason: '',
      narrativeCategory: null,
      cues: [],
    },
    serviceType: null,
    disclosures: [],
    noticeDate: null,
    serviceDates: [],
    clinicalBasis: true,
    documentationGap: false,
  };
}

describe('strongest ground', () => {
  it('incomplete record when the denial rests on what the records did not show', () => {
    const g = analyzeDenial(
      FULL.replace(
        'the records show two weeks of symptoms',
        'the records show no documented conservative therapy',
      ),
      ERISA,
    ).strongestGround;
    expect(g?.ground).toBe('incomplete_record');
    expect(g?.basedOn).toContain('documentation_gap');
    expect(g?.reason).toMatch(/^Lead with the incomplete record/);
  });

  it('criteria mismatch when the rule applied does not fit the patient', () => {
    const text = FULL.replace(
      'The MRI was not medically necessary because the records show two weeks of symptoms, and',
      'The CGM is covered only for members with a diagnosis of Type 1 diabetes; the medical records show a diagnosis of Type 2 diabetes, and',
    );
    const g = analyzeDenial(text, ERISA).strongestGround;
    expect(g?.ground).toBe('criteria_mismatch');
    expect(g?.basedOn).toContain('criteria_mismatch:diagnosis_keyed_rule');
  });

  it('disclosure defect when the notice leaves out what the rules require', () => {
    const g = analyzeDenial('Your claim was denied.', ERISA).strongestGround;
    expect(g?.ground).toBe('disclosure_defect');
    expect(g?.basedOn).toContain('missing_disclosure:plan_provision');
  });

  it('answers the disclosed criteria when nothing procedural is left, and is null with nothing to go on', () => {
    expect(
      chooseStrongestGround(
        ctxFor('Reason: not medically necessary under InterQual criteria.'),
        [],
      ),
    ).toMatchObject({ ground: 'criteria_mismatch', basedOn: [] });
    expect(chooseStrongestGround(ctxFor('Nothing here.'), [])).toBeNull();
  });

  it('breaks ties toward the most concrete ground', () => {
    const ctx = ctxFor('x');
    const gap = {
      id: 'documentation_gap',
      kind: 'documentation_gap' as const,
      severity: 'medium' as const,
      citation: 'c',
      explanation: 'gap',
    };
    const mismatch = {
      id: 'criteria_mismatch:x',
      kind: 'criteria_mismatch' as const,
      severity: 'medium' as const,
      citation: 'c',
      explanation: 'mismatch',
    };
    expect(chooseStrongestGround(ctx, [gap, mismatch])?.ground).toBe('criteria_mismatch');
  });
});
