import { describe, expect, it } from 'vitest';
import { REGIMES } from '@claimlane/shared-contracts';
import { isIsoDate } from '../calendar/iso-date';
import { DEADLINE_RULES, ruleKey } from './deadline.rules';

describe('deadline rule table', () => {
  it('has unique id@version keys and the fields an auditor needs', () => {
    const keys = DEADLINE_RULES.map(ruleKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of DEADLINE_RULES) {
      expect(r.version, ruleKey(r)).toMatch(/^\d{4}-\d{2}$/);
      expect(isIsoDate(r.lastVerified), ruleKey(r)).toBe(true);
      expect(r.citation.length, ruleKey(r)).toBeGreaterThan(5);
      expect(r.label.length, ruleKey(r)).toBeGreaterThan(5);
      expect(r.notes.length, ruleKey(r)).toBeGreaterThan(5);
      expect(r.amount, ruleKey(r)).toBeGreaterThan(0);
      if (r.effectiveFrom !== null) expect(isIsoDate(r.effectiveFrom)).toBe(true);
      if (r.effectiveUntil !== null) expect(isIsoDate(r.effectiveUntil)).toBe(true);
    }
  });

  it('gives every regime a member filing rule', () => {
    for (const regime of REGIMES) {
      expect(
        DEADLINE_RULES.some((r) => r.regime === regime && r.kind === 'member_appeal_filing'),
        regime,
      ).toBe(true);
    }
  });

  it('keeps one anchor per regime and kind, so versions and variants count from the same event', () => {
    const anchors = new Map<string, string>();
    for (const r of DEADLINE_RULES) {
      const key = `${r.regime}/${r.kind}`;
      expect(anchors.get(key) ?? r.anchor, key).toBe(r.anchor);
      anchors.set(key, r.anchor);
    }
  });

  it('never lets two versions of one rule be in force on the same day', () => {
    const byId = new Map<string, typeof DEADLINE_RULES>();
    for (const r of DEADLINE_RULES) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    for (const [id, versions] of byId) {
      const sorted = [...versions].sort((a, b) =>
        (a.effectiveFrom ?? '') < (b.effectiveFrom ?? '') ? -1 : 1,
      );
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        const next = sorted[i];
        expect(prev?.effectiveUntil, id).not.toBeNull();
        expect((prev?.effectiveUntil ?? '') < (next?.effectiveFrom ?? ''), id).toBe(true);
      }
    }
  });

  it('keeps the Medicare Advantage 60-day version for notices dated through 2024', () => {
    const ma = DEADLINE_RULES.filter((r) => r.id === 'medicare_advantage.member_appeal_filing');
    expect(ma.map((r) => [r.version, r.amount, r.effectiveFrom, r.effectiveUntil])).toEqual([
      ['2025-01', 65, '2025-01-01', null],
      ['1998-07', 60, null, '2024-12-31'],
    ]);
  });
});
