import type { Cue } from '../../classify/cue.types';

/**
 * Cues for medicare_advantage notices. Weights: 5/4 = names the program or statute, 3 = a form or body only
 * this regime uses, 1-2 = supporting. "Medicare" alone votes for both Medicare regimes; the
 * MA/FFS-specific cues break the tie.
 */
export const CUES: readonly Cue<'medicare_advantage'>[] = [
  {
    id: 'medicare_advantage',
    target: 'medicare_advantage',
    weight: 5,
    hints: ['advantage'],
    re: /\bMedicare Advantage\b/i,
    why: 'names Medicare Advantage',
  },
  {
    id: 'ire',
    target: 'medicare_advantage',
    weight: 3,
    hints: ['entity'],
    re: /\bIndependent Review Entity\b/i,
    why: 'automatic forwarding to the Part C Independent Review Entity',
  },
  {
    id: 'ndmc',
    target: 'medicare_advantage',
    weight: 4,
    hints: ['denial'],
    re: /\bNotice of Denial of (?:Medical Coverage|Payment)\b/i,
    why: 'CMS-10003 Notice of Denial of Medical Coverage/Payment (MA plans)',
  },
  {
    id: 'ndmc_omb',
    target: 'medicare_advantage',
    weight: 3,
    hints: ['0938'],
    re: /\b0938-0829\b/,
    why: 'OMB number of the CMS-10003 MA denial notice',
  },
  {
    // The disclaimer CMS requires of every MA plan's materials: "… is a PPO plan with a Medicare
    // contract. Enrollment … depends on contract renewal."
    id: 'medicare_contract',
    target: 'medicare_advantage',
    weight: 4,
    hints: ['contract'],
    re: /\bplan with a Medicare contract\b|\bdepends on contract renewal\b/i,
    why: 'the MA plan disclaimer ("a plan with a Medicare contract")',
  },
  {
    // A plan named "… Advantage (HMO-POS)": the plan-type label after an "Advantage" name.
    id: 'advantage_plan_name',
    target: 'medicare_advantage',
    weight: 4,
    hints: ['advantage'],
    re: /\bAdvantage\b[^\n(]{0,20}\((?:HMO|PPO|HMO-POS|PFFS|MSA|SNP|D-SNP|C-SNP|I-SNP)\)/i,
    why: 'a plan named "… Advantage (HMO/PPO)"',
  },
  {
    id: 'organization_determination',
    target: 'medicare_advantage',
    weight: 3,
    hints: ['organization'],
    re: /\borganization determination\b/i,
    why: 'an MA organization determination',
  },
  {
    id: 'ma_plan_type',
    target: 'medicare_advantage',
    weight: 1,
    hints: ['hmo', 'ppo', 'pffs', 'msa', 'snp'],
    re: /\((?:HMO|PPO|HMO-POS|PFFS|MSA|SNP|D-SNP|C-SNP|I-SNP)\)/,
    why: 'an HMO/PPO/SNP plan type label',
  },
  {
    id: 'medicare_ma_generic',
    target: 'medicare_advantage',
    weight: 1,
    hints: ['medicare'],
    re: /\bMedicare\b/i,
    why: 'mentions Medicare',
  },
  {
    id: 'beneficiary_ma',
    target: 'medicare_advantage',
    weight: 1,
    hints: ['beneficiary', 'beneficiaries'],
    re: /\bbeneficiar(?:y|y['’]s|ies)\b/i,
    why: 'addresses a Medicare beneficiary',
  },
];
