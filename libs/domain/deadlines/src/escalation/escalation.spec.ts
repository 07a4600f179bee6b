import { LEVEL_KINDS, REGIMES } from '@claimlane/shared-contracts';
import { describe, expect, it } from 'vitest';
import { canEscalate, escalationOptions } from './escalation';
import { ESCALATION_PATHS } from './escalation-paths.data';

const REGULATION = /\b\d+ (?:CFR|U\.S\.C\.) \d/;

describe('escalation paths', () => {
  it('every regime has a path; every step names a regulation, a verified date and a known level', () => {
    for (const regime of REGIMES) {
      const path = ESCALATION_PATHS[regime];
      expect(path.regime).toBe(regime);
      if (regime === 'unknown') {
        expect(path.steps).toEqual([]);
        expect(path.undecided).toMatch(/plan type/);
        continue;
      }
      expect(path.steps.length, regime).toBeGreaterThan(0);
      expect(path.steps.some((s) => s.from === path.firstLevel)).toBe(true);
      for (const s of path.steps) {
        expect(s.citation, `${regime} ${s.to}`).toMatch(REGULATION);
        expect(s.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(LEVEL_KINDS).toContain(s.from);
        expect(LEVEL_KINDS).toContain(s.to);
      }
    }
  });

  it('refuses an MA case to ALJ right after submission, and allows the IRE once upheld', () => {
    expect(canEscalate('medicare_advantage', 'internal_first', 'alj', {}).allowed).toBe(false);
    expect(
      canEscalate('medicare_advantage', 'internal_first', 'external_review', {}),
    ).toMatchObject({ allowed: false, reason: expect.stringMatching(/decision_upheld/) });
    expect(
      canEscalate('medicare_advantage', 'internal_first', 'external_review', {
        decisionUpheld: true,
      }),
    ).toMatchObject({ allowed: true, citation: '42 CFR 422.590, 422.592' });
    // ALJ after the IRE still needs the amount in controversy.
    expect(
      canEscalate('medicare_advantage', 'external_review', 'alj', { decisionUpheld: true }).allowed,
    ).toBe(false);
    expect(
      canEscalate('medicare_advantage', 'external_review', 'alj', {
        decisionUpheld: true,
        amountInControversyMet: true,
      }).allowed,
    ).toBe(true);
  });

  it('refuses an ERISA case to a state fair hearing; allows external review on deemed exhaustion', () => {
    expect(
      canEscalate('erisa_group_health', 'internal_first', 'state_fair_hearing', {
        decisionUpheld: true,
      }),
    ).toMatchObject({ allowed: false, citation: null });
    expect(
      canEscalate('erisa_group_health', 'internal_first', 'external_review', {
        payerClockExpired: true,
      }).allowed,
    ).toBe(true);
  });

  it('Medicaid goes to the state fair hearing; unknown regimes cannot escalate until decided', () => {
    expect(
      escalationOptions('medicaid_managed_care', 'internal_first', { decisionUpheld: true }).map(
        (o) => [o.step.to, o.allowed],
      ),
    ).toEqual([['state_fair_hearing', true]]);
    expect(
      canEscalate('unknown', 'internal_first', 'external_review', { decisionUpheld: true }),
    ).toMatchObject({ allowed: false, reason: expect.stringMatching(/plan type/) });
  });
});
