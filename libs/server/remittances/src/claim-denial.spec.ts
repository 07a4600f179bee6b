import { describe, expect, it } from 'vitest';
import { parse835 } from '@claimlane/domain-x12';
import { corpusRemittance } from '@claimlane/testing-fixtures';
import { denialOf } from './claim-denial';

const claims = (name: string) => parse835(corpusRemittance(name).bytes).claims;

describe('denialOf', () => {
  it('does not take a secondary claim whose line carries the prior payer (OA-23) for a denial', () => {
    const secondary = claims('isa-trimmed-4010-pended.835').find((c) => c.claimId === 'BFP-2202')!;
    expect(secondary.adjustments.map((a) => `${a.group}-${a.carc}`)).toContain('OA-23');
    expect(denialOf(secondary)).toBeNull();
  });

  it('does not take a pended claim (CLP02 5, OA-133) for a denial', () => {
    const pended = claims('isa-trimmed-4010-pended.835').find((c) => c.claimId === 'BFP-2201')!;
    expect(denialOf(pended)).toBeNull();
  });

  it('still finds a fully denied claim and its denied amount', () => {
    const [denied] = claims('medicaid-denied-lq.835');
    expect(denialOf(denied!)).toMatchObject({
      category: 'missing_information',
      deniedAmount: 1042.2,
      regime: 'medicaid_managed_care',
    });
  });
});
