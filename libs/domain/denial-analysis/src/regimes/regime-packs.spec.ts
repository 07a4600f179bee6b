import { DISCLOSURE_ELEMENTS, REGIMES } from '@claimlane/shared-contracts';
import { describe, expect, it } from 'vitest';
import { REGIME_PACKS } from './regime-packs';

// A citation a user sees must name a rule someone can be held to, never an internal document.
const NAMES_A_REGULATION =
  /\b\d+ (?:CFR|U\.S\.C\.) ?\d|\bERISA §|\bSSA §|\bPHS Act|\bSocial Security Act/;

describe.each(REGIMES.map((r) => [r] as const))('regime pack %s', (regime) => {
  const pack = REGIME_PACKS[regime];

  it('is the pack of its regime, with a label and a deciding question', () => {
    expect(pack.regime).toBe(regime);
    expect(pack.label.length).toBeGreaterThan(5);
    expect(pack.decidingQuestion).toMatch(/\?/);
  });

  it('has cues that vote for it (none for unknown), each with a reason', () => {
    if (regime === 'unknown') {
      expect(pack.cues).toEqual([]);
      return;
    }
    expect(pack.cues.length).toBeGreaterThan(2);
    for (const c of pack.cues) {
      expect(c.target).toBe(regime);
      expect(c.why.length).toBeGreaterThan(3);
    }
    // At least one cue names the program, statute or a form only it uses (weight 4 or more).
    expect(Math.max(...pack.cues.map((c) => c.weight))).toBeGreaterThanOrEqual(4);
  });

  it('has a rule for all 13 disclosure elements, each citing a regulation', () => {
    expect(Object.keys(pack.disclosureRules).sort()).toEqual([...DISCLOSURE_ELEMENTS].sort());
    for (const [element, rule] of Object.entries(pack.disclosureRules))
      expect(rule.citation, `${regime} ${element}`).toMatch(NAMES_A_REGULATION);
  });

  it('has finding citations that each name a regulation', () => {
    for (const [key, cite] of Object.entries(pack.citations)) {
      if (cite === null) continue; // parity does not reach Medicare
      expect(cite, `${regime} ${key}`).toMatch(NAMES_A_REGULATION);
      expect(cite).not.toMatch(/DESIGN\.md/);
    }
  });

  it('has a member filing deadline rule, verified and cited', () => {
    const filing = pack.deadlineRules.filter((r) => r.kind === 'member_appeal_filing');
    expect(filing.length).toBeGreaterThan(0);
    for (const r of pack.deadlineRules) {
      expect(r.regime).toBe(regime);
      expect(r.citation, r.id).toMatch(NAMES_A_REGULATION);
      expect(r.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has an escalation path (or says what decides it)', () => {
    expect(pack.escalation.regime).toBe(regime);
    if (regime === 'unknown') expect(pack.escalation.undecided).toBeTruthy();
    else expect(pack.escalation.steps.length).toBeGreaterThan(0);
  });
});
