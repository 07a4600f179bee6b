import type { Cue } from '../../classify/cue.types';

/**
 * Cues for erisa_group_health notices. Weights: 5/4 = names the program or statute, 3 = a form or body only
 * this regime uses, 1-2 = supporting. "Medicare" alone votes for both Medicare regimes; the
 * MA/FFS-specific cues break the tie.
 */
export const CUES: readonly Cue<'erisa_group_health'>[] = [
  {
    id: 'erisa',
    target: 'erisa_group_health',
    weight: 4,
    hints: ['erisa', 'retirement'],
    re: /\bERISA\b|\bEmployee Retirement Income Security Act\b/i,
    why: 'names ERISA',
  },
  {
    id: 'section_502a',
    target: 'erisa_group_health',
    weight: 4,
    hints: ['502'],
    re: /\b502\s?\(a\)/,
    why: 'cites the ERISA §502(a) right to sue',
  },
  {
    id: 'employee_plan',
    target: 'erisa_group_health',
    weight: 3,
    hints: ['employee', 'employees'],
    re: /\bEmployee(?:s['’])? (?:(?:Health|Medical|Benefits?|Welfare|Dental|Group Health)(?: (?:and|&) Welfare)? )?(?:Plan|Trust|Fund)\b|\b(?:fully[- ])?insured group\b/i,
    why: 'an employer-sponsored employee benefit plan',
  },
  {
    id: 'ebsa',
    target: 'erisa_group_health',
    weight: 3,
    hints: ['ebsa', 'security'],
    re: /\bEmployee Benefits Security Administration\b|\bEBSA\b/i,
    why: 'refers the member to the DOL Employee Benefits Security Administration',
  },
  {
    id: 'spd',
    target: 'erisa_group_health',
    weight: 3,
    hints: ['spd', 'summary'],
    re: /\bSummary Plan Description\b|\bSPD\b/,
    why: 'cites a Summary Plan Description (an ERISA document)',
  },
  {
    id: 'self_funded',
    target: 'erisa_group_health',
    weight: 3,
    hints: ['self'],
    re: /\bself[- ](?:funded|insured)\b/i,
    why: 'a self-funded employer plan',
  },
  {
    id: 'plan_administrator',
    target: 'erisa_group_health',
    weight: 2,
    hints: ['administrator'],
    re: /\bplan administrator\b/i,
    why: 'refers to the plan administrator',
  },
  {
    id: 'group_health_plan',
    target: 'erisa_group_health',
    weight: 2,
    hints: ['group', 'employer'],
    re: /\bgroup health plans?\b|\bemployer(?:['’]s|s['’])? (?:group )?(?:health )?plans?\b|\bemployer-sponsored (?:group )?(?:health )?(?:plans?|coverage)\b/i,
    why: 'a group health plan',
  },
  {
    // A plan's own name ("Tessaro Logistics Group Health Plan"): capitalised, so the generic phrase
    // in boilerplate does not count twice.
    id: 'named_group_plan',
    target: 'erisa_group_health',
    weight: 3,
    hints: ['group'],
    re: /\b[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4} Group (?:(?:Health|Medical|Dental)(?: (?:and|&) Welfare)? )?(?:Benefits? )?Plan\b/,
    why: "an employer's named group health plan",
  },
  {
    id: 'cobra',
    target: 'erisa_group_health',
    weight: 2,
    hints: ['cobra'],
    re: /\bCOBRA\b/,
    why: 'mentions COBRA continuation (employer plans)',
  },
  {
    id: 'employer',
    target: 'erisa_group_health',
    weight: 1,
    hints: ['employer', 'employment'],
    re: /\bemployer\b|\bemployment ended\b/i,
    why: 'mentions the employer',
  },
  {
    id: 'dol_model_notice',
    target: 'erisa_group_health',
    weight: 3,
    hints: ['model'],
    re: /\bModel Notice of Adverse Benefit Determination\b/i,
    why: 'the DOL/HHS model notice for group health plans',
  },
  {
    id: 'group_number',
    target: 'erisa_group_health',
    weight: 1,
    hints: ['group'],
    re: /\bGroup(?: (?:Number|No\.?|#|ID))?[ \t]*:[ \t]*\w/,
    why: 'carries a group number',
  },
];
