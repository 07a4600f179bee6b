import { corpusLetter } from '@claimlane/testing-fixtures';
import { describe, expect, it } from 'vitest';
import { analyzeDenial } from '../analyze-denial';

const AS_OF = '2026-01-15';
const kinds = (text: string, regime?: Parameters<typeof analyzeDenial>[1]) =>
  analyzeDenial(text, { asOf: AS_OF, ...regime }).findings.map((f) => f.kind);

describe('regime depth (issue 9)', () => {
  it('MA skilled care ending on a plateau: fast-track QIO appeal and the improvement standard', () => {
    const r = analyzeDenial(corpusLetter('ma-ndmc/ma-mn-plateau-snf').text, { asOf: AS_OF });
    expect(r.regime).toBe('medicare_advantage');
    expect(r.serviceType.value).toBe('concurrent');
    const fast = r.findings.find((f) => f.kind === 'fast_track_qio_appeal');
    expect(fast?.citation).toContain('422.626');
    expect(fast?.explanation).toMatch(/72 hours/);
    const improvement = r.findings.find((f) => f.kind === 'improvement_standard');
    expect(improvement?.citation).toMatch(/409\.32\(c\).*Jimmo/);
    expect(r.nextQuestions.map((q) => q.id)).toContain('improvement_standard');
    expect(r.strongestGround?.ground).toBe('criteria_mismatch');
  });

  it('Medicaid visit limit for a member under 21: coverage-limit standards and EPSDT', () => {
    const r = analyzeDenial(corpusLetter('medicaid-nabd/mcd-mn-visit-limit-under-21').text, {
      asOf: AS_OF,
    });
    const limit = r.findings.find((f) => f.kind === 'coverage_limit_standards');
    expect(limit?.citation).toContain('438.404(b)(2)');
    expect(limit?.explanation).toMatch(/processes, strategies and evidentiary standards/);
    expect(limit?.explanation).toMatch(/exceeded on medical necessity/);
    expect(r.findings.find((f) => f.kind === 'epsdt_under_21')?.citation).toContain('1396d(r)');
    expect(r.nextQuestions.map((q) => q.id)).toEqual(
      expect.arrayContaining(['coverage_limit_standards', 'epsdt_review']),
    );
  });

  it('raises none of them outside their regime or from appeal-rights text alone', () => {
    const plateau =
      'Reason: physical therapy was denied because you have reached a plateau and are not improving.';
    expect(kinds(plateau, { facts: { regime: 'erisa_group_health' } })).not.toContain(
      'improvement_standard',
    );
    expect(kinds(plateau, { facts: { regime: 'medicare_ffs' } })).toContain('improvement_standard');
    const adult = 'Member age: 34\nReason: the visit limit of 20 visits was reached.';
    const adultKinds = kinds(adult, { facts: { regime: 'medicaid_managed_care' } });
    expect(adultKinds).toContain('coverage_limit_standards');
    expect(adultKinds).not.toContain('epsdt_under_21');
    const rightsOnly =
      'Reason: the claim was filed late.\n\nYOUR APPEAL RIGHTS\nIf your skilled nursing care is ending, ask the QIO for a fast-track appeal.';
    expect(kinds(rightsOnly, { facts: { regime: 'medicare_advantage' } })).not.toContain(
      'fast_track_qio_appeal',
    );
  });
});

describe('each finding once; the strongest ground never rests on weak evidence', () => {
  it('reports one finding per disclosure element, with evidence', () => {
    const text =
      'Reason: not medically necessary under Acme Medical Policy RAD-9, which needs six weeks of therapy first. You may request a copy of the policy.';
    const r = analyzeDenial(text, { facts: { regime: 'erisa_group_health' } });
    const elements = r.findings
      .map(
        (f) => f.element ?? (f.kind === 'criteria_not_provided' ? 'criteria_or_guideline' : null),
      )
      .filter((e) => e !== null);
    expect(new Set(elements).size).toBe(elements.length);
    for (const f of r.findings) expect(f.evidence?.score).toBeGreaterThan(0);
  });

  it('a blank template gives findings but no strongest ground', () => {
    const r = analyzeDenial(corpusLetter('blank-template/ma-ndmc-blank').text, { asOf: AS_OF });
    expect(r.input.looksLikeTemplate).toBe(true);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings.filter((x) => x.kind !== 'template_placeholder_unfilled'))
      expect(f.evidence?.score).toBeLessThan(0.6);
    for (const id of r.strongestGround?.basedOn ?? [])
      expect(r.findings.find((f) => f.id === id)?.evidence?.score).toBeGreaterThanOrEqual(0.6);
  });
});
