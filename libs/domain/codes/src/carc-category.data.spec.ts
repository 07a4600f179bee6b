import { describe, expect, it } from 'vitest';
import { DENIAL_CATEGORIES } from '@claimlane/shared-contracts';
import { CARC_CLASSIFICATIONS } from './carc-category.data';
import { RETIRED_CARCS } from './carc-retired.data';
import { CARC_ROWS } from './carc.data';

describe('CARC classification table', () => {
  const classified = CARC_CLASSIFICATIONS.map((c) => c.code);
  const reference = [...CARC_ROWS.map(([code]) => code), ...RETIRED_CARCS.map((r) => r.code)];

  it('classifies every reference and retired code exactly once', () => {
    expect(new Set(classified).size).toBe(classified.length);
    expect([...classified].sort()).toEqual([...reference].sort());
  });

  it('gives denials a category and routine adjustments none', () => {
    for (const c of CARC_CLASSIFICATIONS) {
      if (c.denial) expect(DENIAL_CATEGORIES, c.code).toContain(c.category);
      else expect(c.category, c.code).toBeNull();
    }
  });

  it('gives each entry a one-line reason', () => {
    for (const c of CARC_CLASSIFICATIONS) {
      expect(c.reason.trim().length, c.code).toBeGreaterThan(5);
      expect(c.reason, c.code).not.toContain('\n');
    }
  });

  it('uses every denial category somewhere', () => {
    const used = new Set(CARC_CLASSIFICATIONS.map((c) => c.category));
    for (const category of DENIAL_CATEGORIES) expect(used, category).toContain(category);
  });
});

describe('retired code supplement', () => {
  it('holds only codes absent from the active reference table', () => {
    const active = new Set(CARC_ROWS.map(([code]) => code));
    for (const r of RETIRED_CARCS) expect(active.has(r.code), r.code).toBe(false);
  });
});
