import type { AdjustmentGroupCode } from './code.types';

export interface AdjustmentGroup {
  code: AdjustmentGroupCode;
  name: string;
  meaning: string;
  /** Whether the provider may bill the patient for an amount adjusted under this group. */
  patientMayBeBilled: boolean;
}

export const ADJUSTMENT_GROUPS: readonly AdjustmentGroup[] = [
  {
    code: 'CO',
    name: 'Contractual Obligations',
    meaning:
      'Adjustment under a contract or regulation; the provider writes it off and may not bill the patient.',
    patientMayBeBilled: false,
  },
  {
    code: 'PR',
    name: 'Patient Responsibility',
    meaning:
      'Amount the patient owes (deductible, coinsurance, copay, or a non-covered service the patient accepted).',
    patientMayBeBilled: true,
  },
  {
    code: 'OA',
    name: 'Other Adjustments',
    meaning:
      'Neither CO nor PR applies (e.g. duplicates, the impact of a prior payer); not billable to the patient.',
    patientMayBeBilled: false,
  },
  {
    code: 'PI',
    name: 'Payer Initiated Reductions',
    meaning:
      'Payer reduction it deems not the patient’s responsibility, without a supporting contract.',
    patientMayBeBilled: false,
  },
  {
    code: 'CR',
    name: 'Corrections and Reversals',
    meaning:
      'Correction or reversal of a prior claim adjudication (004010 only; removed in 005010).',
    patientMayBeBilled: false,
  },
];
