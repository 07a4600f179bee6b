import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse835 } from '@claimlane/domain-x12';
import {
  CLAIM_KEYS,
  expectedProjection,
  sampleRemittances,
} from './remittance-samples.test-helper';
import { projectRemittance } from './remittance-projection';

const samples = sampleRemittances();

describe.each(samples)('835 JSON projection of $label.file', ({ label, path }) => {
  const parsed = parse835(readFileSync(path));
  const projection = projectRemittance(parsed.claims);

  it('matches the hand-read labels', () => {
    expect(projection).toEqual(expectedProjection(label));
  });

  it('has exactly the contract keys, in contract order', () => {
    expect(Object.keys(projection)).toEqual(['claims']);
    for (const claim of projection.claims) {
      expect(Object.keys(claim)).toEqual(CLAIM_KEYS);
      for (const a of claim.adjustments) {
        const keys = ['group', 'carc', 'amount', 'level'];
        // A service line whose SVC01 carries no code (kept, with a warning) has no procedure.
        const withProcedure = a.level === 'service' && a.procedure !== undefined;
        expect(Object.keys(a)).toEqual(withProcedure ? [...keys, 'procedure'] : keys);
      }
    }
  });

  it('leaves out what the parser knows beyond the contract (names, member ids)', () => {
    const json = JSON.stringify(projection);
    for (const c of parsed.claims) {
      if (c.patient?.last) expect(json).not.toContain(c.patient.last);
      if (c.patient?.id) expect(json).not.toContain(c.patient.id);
    }
  });
});

it('covers every labelled remittance', () => {
  expect(samples.length).toBeGreaterThanOrEqual(3);
});
