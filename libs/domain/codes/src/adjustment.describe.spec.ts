import { describe, expect, it } from 'vitest';
import { ADJUSTMENT_GROUPS } from './adjustment-groups.data';
import { adjustmentGroup, describeAdjustment } from './adjustment.describe';

describe('adjustment groups', () => {
  it('lists CO, PR, OA, PI and CR with meanings', () => {
    expect(ADJUSTMENT_GROUPS.map((g) => g.code)).toEqual(['CO', 'PR', 'OA', 'PI', 'CR']);
    expect(adjustmentGroup('co')?.name).toBe('Contractual Obligations');
    expect(adjustmentGroup('PR')?.name).toBe('Patient Responsibility');
    expect(adjustmentGroup('OA')?.name).toBe('Other Adjustments');
    expect(adjustmentGroup('PI')?.name).toBe('Payer Initiated Reductions');
    expect(adjustmentGroup('CR')?.name).toBe('Corrections and Reversals');
    expect(adjustmentGroup('ZZ')).toBeNull();
  });
});

describe('describeAdjustment', () => {
  it('describes a contractual bundling denial', () => {
    const d = describeAdjustment('CO', '97');
    expect(d.group).toBe('CO');
    expect(d.patientMayBeBilled).toBe(false);
    expect(d.carc).toMatchObject({ code: '97', denial: true, category: 'coding_billing' });
    expect(d.text).toMatch(/^CO-97 \(Contractual Obligations\): The benefit for this service/);
  });

  it('describes patient cost sharing as billable to the patient', () => {
    const d = describeAdjustment('pr', '1');
    expect(d.patientMayBeBilled).toBe(true);
    expect(d.carc.denial).toBe(false);
    expect(d.text).toBe('PR-1 (Patient Responsibility): Deductible Amount');
  });

  it('flags retired codes (CO-A2 in lfh_managed-care.835)', () => {
    expect(describeAdjustment('CO', 'A2').text).toBe(
      'CO-A2 (Contractual Obligations): Contractual adjustment. [retired code]',
    );
  });

  it('never throws on unknown group or code', () => {
    const d = describeAdjustment('XX', '999');
    expect(d.group).toBeNull();
    expect(d.groupMeaning).toBe('unknown group code');
    expect(d.patientMayBeBilled).toBeNull();
    expect(d.carc.known).toBe(false);
    expect(d.text).toBe('XX-999 (unknown group code): unknown code');
  });

  it('describes the remittance sample adjustments', () => {
    // pyx12_835_mult_loops.edi: a fully denied Medicaid claim, CO-16 plus OA-A7.
    expect(describeAdjustment('CO', '16').carc.category).toBe('missing_information');
    expect(describeAdjustment('OA', 'A7').carc).toMatchObject({ known: true, retired: true });
    expect(describeAdjustment('CO', '45').carc.denial).toBe(false);
  });
});
