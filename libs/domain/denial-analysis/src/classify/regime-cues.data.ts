import type { Regime } from '@claimlane/shared-contracts';
import type { Cue } from './cue.types';

type DecidedRegime = Exclude<Regime, 'unknown'>;

/**
 * Cues for the legal regime that governs the notice (DESIGN.md §5). Weights as for categories:
 * 5/4 = names the program or statute, 3 = a form or body only that regime uses, 1–2 = supporting.
 * "Medicare" alone votes for both Medicare regimes; the MA/FFS-specific cues break the tie.
 */
export const REGIME_CUES: readonly Cue<DecidedRegime>[] = [
  // ERISA group health
  { id: 'erisa', target: 'erisa_group_health', weight: 4, hints: ['erisa', 'retirement'], re: /\bERISA\b|\bEmployee Retirement Income Security Act\b/i, why: 'names ERISA' },
  { id: 'section_502a', target: 'erisa_group_health', weight: 4, hints: ['502'], re: /\b502\s?\(a\)/, why: 'cites the ERISA §502(a) right to sue' },
  { id: 'employee_plan', target: 'erisa_group_health', weight: 3, hints: ['employee', 'employees'], re: /\bEmployee(?:s['’])? (?:Health|Medical|Benefits?|Welfare|Dental|Group Health) Plan\b/i, why: 'an employer-sponsored employee benefit plan' },
  { id: 'ebsa', target: 'erisa_group_health', weight: 3, hints: ['ebsa', 'security'], re: /\bEmployee Benefits Security Administration\b|\bEBSA\b/i, why: 'refers the member to the DOL Employee Benefits Security Administration' },
  { id: 'spd', target: 'erisa_group_health', weight: 3, hints: ['spd', 'summary'], re: /\bSummary Plan Description\b|\bSPD\b/, why: 'cites a Summary Plan Description (an ERISA document)' },
  { id: 'self_funded', target: 'erisa_group_health', weight: 3, hints: ['self'], re: /\bself[- ](?:funded|insured)\b/i, why: 'a self-funded employer plan' },
  { id: 'plan_administrator', target: 'erisa_group_health', weight: 2, hints: ['administrator'], re: /\bplan administrator\b/i, why: 'refers to the plan administrator' },
  { id: 'group_health_plan', target: 'erisa_group_health', weight: 2, hints: ['group', 'employer'], re: /\bgroup health plan\b|\bemployer(?:['’]s)? (?:group )?(?:health )?plan\b/i, why: 'a group health plan' },
  { id: 'cobra', target: 'erisa_group_health', weight: 2, hints: ['cobra'], re: /\bCOBRA\b/, why: 'mentions COBRA continuation (employer plans)' },
  { id: 'employer', target: 'erisa_group_health', weight: 1, hints: ['employer', 'employment'], re: /\bemployer\b|\bemployment ended\b/i, why: 'mentions the employer' },
  { id: 'dol_model_notice', target: 'erisa_group_health', weight: 3, hints: ['model'], re: /\bModel Notice of Adverse Benefit Determination\b/i, why: 'the DOL/HHS model notice for group health plans' },
  { id: 'group_number', target: 'erisa_group_health', weight: 1, hints: ['group'], re: /\bGroup(?: (?:Number|No\.?|#|ID))?[ \t]*:[ \t]*\w/, why: 'carries a group number' },
  // ACA individual (non-ERISA insured)
  { id: 'marketplace', target: 'aca_individual', weight: 4, hints: ['marketplace', 'healthcare', 'exchange', 'premium'], re: /\b(?:Health Insurance )?Marketplace\b|\bHealthCare\.gov\b|\bexchange plan\b|\bpremium tax credit\b/i, why: 'a Marketplace plan' },
  { id: 'individual_policy', target: 'aca_individual', weight: 3, hints: ['individual'], re: /\bindividual (?:policy|plan|market|health insurance|coverage)\b/i, why: 'an individually purchased policy' },
  { id: 'non_erisa', target: 'aca_individual', weight: 3, hints: ['erisa', 'governmental', 'church'], re: /\bnon-?ERISA\b|\bgovernmental plan\b|\bchurch plan\b/i, why: 'a plan outside ERISA' },
  // Medicare fee-for-service
  { id: 'mac', target: 'medicare_ffs', weight: 4, hints: ['contractor'], re: /\bMedicare Administrative Contractor\b/i, why: 'a Medicare Administrative Contractor decided' },
  { id: 'redetermination', target: 'medicare_ffs', weight: 3, hints: ['redetermination'], re: /\bredetermination\b/i, why: 'the FFS first appeal level is a redetermination' },
  { id: 'msn', target: 'medicare_ffs', weight: 4, hints: ['summary', 'original', 'cms'], re: /\bMedicare Summary Notice\b|\bOriginal Medicare\b|\bCMS-20027\b/i, why: 'an Original Medicare notice' },
  { id: 'qic', target: 'medicare_ffs', weight: 3, hints: ['qualified', 'qic'], re: /\bQualified Independent Contractor\b|\bQIC\b/, why: 'names the FFS reconsideration contractor' },
  { id: 'medicare_ffs_generic', target: 'medicare_ffs', weight: 1, hints: ['medicare'], re: /\bMedicare\b/i, why: 'mentions Medicare' },
  { id: 'beneficiary_ffs', target: 'medicare_ffs', weight: 1, hints: ['beneficiary', 'beneficiaries'], re: /\bbeneficiar(?:y|y['’]s|ies)\b/i, why: 'addresses a Medicare beneficiary' },
  // Medicare Advantage
  { id: 'medicare_advantage', target: 'medicare_advantage', weight: 5, hints: ['advantage'], re: /\bMedicare Advantage\b/i, why: 'names Medicare Advantage' },
  { id: 'ire', target: 'medicare_advantage', weight: 3, hints: ['entity'], re: /\bIndependent Review Entity\b/i, why: 'automatic forwarding to the Part C Independent Review Entity' },
  { id: 'ndmc', target: 'medicare_advantage', weight: 4, hints: ['denial'], re: /\bNotice of Denial of (?:Medical Coverage|Payment)\b/i, why: 'CMS-10003 Notice of Denial of Medical Coverage/Payment (MA plans)' },
  { id: 'ndmc_omb', target: 'medicare_advantage', weight: 3, hints: ['0938'], re: /\b0938-0829\b/, why: 'OMB number of the CMS-10003 MA denial notice' },
  { id: 'organization_determination', target: 'medicare_advantage', weight: 3, hints: ['organization'], re: /\borganization determination\b/i, why: 'an MA organization determination' },
  { id: 'ma_plan_type', target: 'medicare_advantage', weight: 1, hints: ['hmo', 'ppo', 'pffs', 'msa', 'snp'], re: /\((?:HMO|PPO|HMO-POS|PFFS|MSA|SNP|D-SNP|C-SNP|I-SNP)\)/, why: 'an HMO/PPO/SNP plan type label' },
  { id: 'medicare_ma_generic', target: 'medicare_advantage', weight: 1, hints: ['medicare'], re: /\bMedicare\b/i, why: 'mentions Medicare' },
  { id: 'beneficiary_ma', target: 'medicare_advantage', weight: 1, hints: ['beneficiary', 'beneficiaries'], re: /\bbeneficiar(?:y|y['’]s|ies)\b/i, why: 'addresses a Medicare beneficiary' },
  // Medicaid managed care
  { id: 'medicaid', target: 'medicaid_managed_care', weight: 4, hints: ['medicaid'], re: /\bMedicaid\b/i, why: 'names Medicaid' },
  { id: 'medicaid_managed_care', target: 'medicaid_managed_care', weight: 2, hints: ['managed'], re: /\bMedicaid Managed Care\b|\bmanaged care (?:organization|plan)\b/i, why: 'a Medicaid managed care plan' },
  { id: 'fair_hearing', target: 'medicaid_managed_care', weight: 3, hints: ['hearing'], re: /\b(?:state )?fair hearing\b|\bstate hearing\b/i, why: 'offers a state fair hearing (Medicaid)' },
  { id: 'mmc', target: 'medicaid_managed_care', weight: 3, hints: ['mmc', 'mltc', 'mco', 'chip'], re: /\bMMC\b|\bMLTC\b|\bMCO\b|\bCHIP\b/, why: 'a Medicaid managed care / MLTC / CHIP plan' },
  { id: 'state_program', target: 'medicaid_managed_care', weight: 4, hints: ['medi', 'masshealth', 'tenncare', 'soonercare', 'apple', 'badgercare', 'husky', 'assistance'], re: /\bMedi-Cal\b|\bMassHealth\b|\bTennCare\b|\bSoonerCare\b|\bApple Health\b|\bBadgerCare\b|\bHUSKY\b|\bMedical Assistance\b/, why: 'a state Medicaid program name' },
  { id: 'enrollee', target: 'medicaid_managed_care', weight: 1, hints: ['enrollee'], re: /\bEnrollee\b/i, why: 'addresses an enrollee' },
];
