import type { LevelKind, Regime } from '@claimlane/shared-contracts';

export interface EscalationPath {
  /** What to do when the payer decides against the member. */
  afterUpheld: Array<{ levelKind: LevelKind; description: string; citation: string }>;
  /** What it means when the payer misses its own decision deadline. */
  payerLate: { guidance: string; citation: string };
}

/**
 * Next-level paths and the consequence of a late payer, per regime (docs/architecture.md §6). Text is written to
 * be shown to a billing team as-is; citations point at the governing rule.
 */
export const ESCALATION_PATHS: Record<Regime, EscalationPath> = {
  erisa_group_health: {
    afterUpheld: [
      {
        levelKind: 'internal_second',
        description: 'Second internal appeal, when the plan has two levels',
        citation: '29 CFR 2560.503-1(c)(3), (i)(2)',
      },
      {
        levelKind: 'external_review',
        description:
          'External review by an independent review organization (medical judgment denials)',
        citation: '29 CFR 2590.715-2719(d); 45 CFR 147.136(d)',
      },
    ],
    payerLate: {
      guidance:
        'The plan missed its decision deadline. Under the claims rule the claimant is deemed to have exhausted the internal process and may go to external review or file suit under ERISA 502(a); send a written notice saying so and keep proof of the dates.',
      citation: '29 CFR 2560.503-1(l); 29 CFR 2590.715-2719(b)(2)(ii)(F)',
    },
  },
  aca_individual: {
    afterUpheld: [
      {
        levelKind: 'external_review',
        description: 'External review (state or federal process)',
        citation: '45 CFR 147.136(c), (d)',
      },
    ],
    payerLate: {
      guidance:
        'The issuer missed its decision deadline: the internal process is deemed exhausted and external review may be requested now.',
      citation: '45 CFR 147.136(b)(2)(ii)(F)',
    },
  },
  medicare_ffs: {
    afterUpheld: [
      {
        levelKind: 'medicare_reconsideration',
        description:
          'Reconsideration by the Qualified Independent Contractor (QIC) within 180 days',
        citation: '42 CFR 405.960–405.962',
      },
      {
        levelKind: 'alj',
        description: 'ALJ hearing after the QIC, when the amount in controversy is met',
        citation: '42 CFR 405.1002',
      },
    ],
    payerLate: {
      guidance:
        'The contractor missed the 60-day redetermination deadline. Ask in writing for the decision; at the QIC level a missed deadline allows escalation to an ALJ.',
      citation: '42 CFR 405.950; 405.970',
    },
  },
  medicare_advantage: {
    afterUpheld: [
      {
        levelKind: 'external_review',
        description:
          'The plan must auto-forward an upheld reconsideration to the Independent Review Entity (IRE)',
        citation: '42 CFR 422.592',
      },
      {
        levelKind: 'alj',
        description: 'ALJ hearing after the IRE, when the amount in controversy is met',
        citation: '42 CFR 422.600',
      },
    ],
    payerLate: {
      guidance:
        'The plan missed its reconsideration deadline. A plan that fails to decide in time must forward the case to the Independent Review Entity; ask the plan to confirm the forwarding in writing.',
      citation: '42 CFR 422.590(g)',
    },
  },
  medicaid_managed_care: {
    afterUpheld: [
      {
        levelKind: 'state_fair_hearing',
        description: 'State fair hearing within 120 days of the appeal resolution notice',
        citation: '42 CFR 438.408(f)',
      },
    ],
    payerLate: {
      guidance:
        'The plan missed its resolution deadline. The enrollee is deemed to have exhausted the plan appeal and may request a state fair hearing now.',
      citation: '42 CFR 438.408(c)(3)',
    },
  },
  unknown: {
    afterUpheld: [
      {
        levelKind: 'other',
        description:
          'Next level depends on the plan type: confirm whether the plan is employer-sponsored, individual, Medicare or Medicaid',
        citation:
          '29 CFR 2590.715-2719(d); 45 CFR 147.136(d); 42 CFR 405.960; 42 CFR 422.592; 42 CFR 438.408(f) (by plan type)',
      },
    ],
    payerLate: {
      guidance:
        'The payer missed its decision deadline. Confirm the plan type: most regimes treat a missed deadline as exhaustion of the internal process.',
      citation: '29 CFR 2560.503-1(l); 42 CFR 438.408(c)(3)',
    },
  },
};
