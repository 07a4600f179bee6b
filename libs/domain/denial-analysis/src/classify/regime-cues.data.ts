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
  { id: 'erisa', target: 'erisa_group_health', weight: 4, hint: '', re: /\bERISA\b|\bEmployee Retirement Income Security Act\b/i, why: 'names ERISA' },
  { id: 'section_502a', target: 'erisa_group_health', weight: 4, hint: '502', re: /\b502\s?\(a\)/, why: 'cites the ERISA §502(a) right to sue' },
  { id: 'employee_plan', target: 'erisa_group_health', weight: 3, hint: 'employee', re: /\bEmployee(?:s['’])? (?:Health|Medical|Benefits?|Welfare|Dental|Group Health) Plan\b/i, why: 'an employer-sponsored employee benefit plan' },
  { id: 'ebsa', target: 'erisa_group_health', weight: 3, hint: '', re: /\bEmployee Benefits Security Administration\b|\bEBSA\b/i, why: 'refers the member to the DOL Employee Benefits Security Administration' },
  { id: 'spd', target: 'erisa_group_health', weight: 3, hint: '', re: /\bSummary Plan Description\b|\bSPD\b/, why: 'cites a Summary Plan Description (an ERISA document)' },
  { id: 'self_funded', target: 'erisa_group_health', weight: 3, hint: 'self', re: /\bself[- ](?:funded|insured)\b/i, why: 'a self-funded employer plan' },
  { id: 'plan_administrator', target: 'erisa_group_health', weight: 2, hint: 'plan administrator', re: /\bplan administrator\b/i, why: 'refers to the plan administrator' },
  { id: 'group_health_plan', target: 'erisa_group_health', weight: 2, hint: 'group', re: /\bgroup health plan\b|\bemployer(?:['’]s)? (?:group )?(?:health )?plan\b/i, why: 'a group health plan' },
  { id: 'cobra', target: 'erisa_group_health', weight: 2, hint: 'cobra', re: /\bCOBRA\b/, why: 'mentions COBRA continuation (employer plans)' },
  { id: 'employer', target: 'erisa_group_health', weight: 1, hint: 'employ', re: /\bemployer\b|\bemployment ended\b/i, why: 'mentions the employer' },
  { id: 'dol_model_notice', target: 'erisa_group_health', weight: 3, hint: 'model notice', re: /\bModel Notice of Adverse Benefit Determination\b/i, why: 'the DOL/HHS model notice for group health plans' },
  { id: 'group_number', target: 'erisa_group_health', weight: 1, hint: 'group', re: /^[^\n]{0,60}\bGroup(?: (?:Number|No\.?|#|ID))?\s*:\s*\w/im, why: 'carries a group number' },
  // ACA individual (non-ERISA insured)
  { id: 'marketplace', target: 'aca_individual', weight: 4, hint: '', re: /\b(?:Health Insurance )?Marketplace\b|\bHealthCare\.gov\b|\bexchange plan\b|\bpremium tax credit\b/i, why: 'a Marketplace plan' },
  { id: 'individual_policy', target: 'aca_individual', weight: 3, hint: 'individual', re: /\bindividual (?:policy|plan|market|health insurance|coverage)\b/i, why: 'an individually purchased policy' },
  { id: 'non_erisa', target: 'aca_individual', weight: 3, hint: '', re: /\bnon-?ERISA\b|\bgovernmental plan\b|\bchurch plan\b/i, why: 'a plan outside ERISA' },
  // Medicare fee-for-service
  { id: 'mac', target: 'medicare_ffs', weight: 4, hint: 'administrative contractor', re: /\bMedicare Administrative Contractor\b/i, why: 'a Medicare Administrative Contractor decided' },
  { id: 'redetermination', target: 'medicare_ffs', weight: 3, hint: 'redetermination', re: /\bredetermination\b/i, why: 'the FFS first appeal level is a redetermination' },
  { id: 'msn', target: 'medicare_ffs', weight: 4, hint: '', re: /\bMedicare Summary Notice\b|\bOriginal Medicare\b|\bCMS-20027\b/i, why: 'an Original Medicare notice' },
  { id: 'qic', target: 'medicare_ffs', weight: 3, hint: '', re: /\bQualified Independent Contractor\b|\bQIC\b/, why: 'names the FFS reconsideration contractor' },
  { id: 'medicare_ffs_generic', target: 'medicare_ffs', weight: 1, hint: 'medicare', re: /\bMedicare\b/i, why: 'mentions Medicare' },
  { id: 'beneficiary_ffs', target: 'medicare_ffs', weight: 1, hint: 'beneficiar', re: /\bbeneficiar(?:y|y['’]s|ies)\b/i, why: 'addresses a Medicare beneficiary' },
  // Medicare Advantage
  { id: 'medicare_advantage', target: 'medicare_advantage', weight: 5, hint: 'advantage', re: /\bMedicare Advantage\b/i, why: 'names Medicare Advantage' },
  { id: 'ire', target: 'medicare_advantage', weight: 3, hint: 'independent review entity', re: /\bIndependent Review Entity\b/i, why: 'automatic forwarding to the Part C Independent Review Entity' },
  { id: 'ndmc', target: 'medicare_advantage', weight: 4, hint: 'notice of denial of', re: /\bNotice of Denial of (?:Medical Coverage|Payment)\b/i, why: 'CMS-10003 Notice of Denial of Medical Coverage/Payment (MA plans)' },
  { id: 'ndmc_omb', target: 'medicare_advantage', weight: 3, hint: '0938-0829', re: /\b0938-0829\b/, why: 'OMB number of the CMS-10003 MA denial notice' },
  { id: 'organization_determination', target: 'medicare_advantage', weight: 3, hint: 'organization determination', re: /\borganization determination\b/i, why: 'an MA organization determination' },
  { id: 'ma_plan_type', target: 'medicare_advantage', weight: 1, hint: '(', re: /\((?:HMO|PPO|HMO-POS|PFFS|MSA|SNP|D-SNP|C-SNP|I-SNP)\)/, why: 'an HMO/PPO/SNP plan type label' },
  { id: 'medicare_ma_generic', target: 'medicare_advantage', weight: 1, hint: 'medicare', re: /\bMedicare\b/i, why: 'mentions Medicare' },
  { id: 'beneficiary_ma', target: 'medicare_advantage', weight: 1, hint: 'beneficiar', re: /\bbeneficiar(?:y|y['’]s|ies)\b/i, why: 'addresses a Medicare beneficiary' },
  // Medicaid managed care
  { id: 'medicaid', target: 'medicaid_managed_care', weight: 4, hint: 'medicaid', re: /\bMedicaid\b/i, why: 'names Medicaid' },
  { id: 'medicaid_managed_care', target: 'medicaid_managed_care', weight: 2, hint: 'managed care', re: /\bMedicaid Managed Care\b|\bmanaged care (?:organization|plan)\b/i, why: 'a Medicaid managed care plan' },
  { id: 'fair_hearing', target: 'medicaid_managed_care', weight: 3, hint: 'hearing', re: /\b(?:state )?fair hearing\b|\bstate hearing\b/i, why: 'offers a state fair hearing (Medicaid)' },
  { id: 'mmc', target: 'medicaid_managed_care', weight: 3, hint: '', re: /\bMMC\b|\bMLTC\b|\bMCO\b|\bCHIP\b/, why: 'a Medicaid managed care / MLTC / CHIP plan' },
  { id: 'state_program', target: 'medicaid_managed_care', weight: 4, hint: '', re: /\bMedi-Cal\b|\bMassHealth\b|\bTennCare\b|\bSoonerCare\b|\bApple Health\b|\bBadgerCare\b|\bHUSKY\b|\bMedical Assistance\b/, why: 'a state Medicaid program name' },
  { id: 'enrollee', target: 'medicaid_managed_care', weight: 1, hint: 'enrollee', re: /\bEnrollee\b/i, why: 'addresses an enrollee' },
];
