import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare-text';
import { extractAdjustmentCodes, extractIcd10, extractProcedureCodes } from './extract-codes';
import { parseEobTable } from './eob-table';

function procedures(text: string): string[] {
  const p = prepareText(text);
  const t = parseEobTable(p);
  return extractProcedureCodes(p, t.codes, t.modifiers).codes.map((c) => c.value);
}
const icd = (text: string): string[] =>
  extractIcd10(prepareText(text), new Set()).map((c) => c.value);

describe('CPT / HCPCS codes', () => {
  it('reads codes after a CPT/HCPCS keyword, including lists', () => {
    expect(procedures('MRI lumbar spine (CPT 72148)')).toEqual(['72148']);
    expect(procedures('consultation (CPT 99244) and EEG (CPT 95816)')).toEqual(['99244', '95816']);
    expect(procedures('CPT codes: 99213, 99214 and 0042T')).toEqual(['99213', '99214', '0042T']);
    expect(procedures('HCPCS E0601 CPAP device')).toEqual(['E0601']);
  });

  it('reads codes opening the items of a parenthesised list, never an address', () => {
    expect(
      procedures('Billed: $612.40 (A0428 ambulance, basic life support; A0425 mileage)'),
    ).toEqual(['A0428', 'A0425']);
    expect(procedures('Therapy billed (97110 exercises, 97140 manual therapy)')).toEqual([
      '97110',
      '97140',
    ]);
    expect(procedures('Mail appeals to our office (12345 Main Street, Suite 4)')).toEqual([]);
    expect(procedures('as noted (see page 2 of the policy)')).toEqual([]);
  });

  it('reads every code on a "Service:" line', () => {
    expect(procedures('Service: Urgent care visit (S9083); rapid strep test (87880)')).toEqual([
      'S9083',
      '87880',
    ]);
    expect(procedures('Service: 99213 Office visit')).toEqual(['99213']);
  });

  it('reads codes and modifiers from an EOB grid', () => {
    const text =
      'Line  DOS       Code      Billed   Paid\n1     05/13/24  99214-25  $245.00  $0.00\n2     05/13/24  J3301 x40 $96.00   $17.28\n';
    const p = prepareText(text);
    const t = parseEobTable(p);
    const r = extractProcedureCodes(p, t.codes, t.modifiers);
    expect(r.codes.map((c) => c.value)).toEqual(['99214', 'J3301']);
    expect(r.modifiers.map((m) => m.value)).toEqual(['25']);
    expect(text.slice(...r.modifiers[0]!.span)).toBe('25');
  });

  it('does not read ZIP codes, PO boxes, phone numbers, amounts or policy numbers', () => {
    const text = [
      'PO Box 44120, Harrisburg, PA 17106 | 1-800-555-0142 | Fax 1-717-555-0199',
      'Lancaster, PA 17601-2345',
      'Amount billed: $12,345.00 and 54321.00',
      'Policy Number: 12345',
      'Service: office visit at 1200 Main St, Columbus, OH 43215',
    ].join('\n');
    expect(procedures(text)).toEqual([]);
  });
});

describe('ICD-10-CM codes', () => {
  it('reads dotted codes anywhere and validates their shape', () => {
    expect(icd('Diagnosis: M54.16 (Radiculopathy); also Z96.642 and R40.4')).toEqual([
      'M54.16',
      'Z96.642',
      'R40.4',
    ]);
  });

  it('reads undotted codes only after a diagnosis label and writes them dotted', () => {
    expect(icd('Diagnosis: M5416')).toEqual(['M54.16']);
    expect(icd('Dx: J020')).toEqual(['J02.0']);
    expect(icd('Member ID M5416')).toEqual([]);
  });

  it('rejects shapes that are not ICD-10 codes', () => {
    expect(icd('Section 6.2, Ch.1, version 1.2.3, A1.2, MA12.345678')).toEqual([]);
  });
});

describe('adjustment codes', () => {
  const codes = (text: string): string[] =>
    extractAdjustmentCodes(prepareText(text)).carc.map((c) => c.code);

  it('reads group-prefixed, labelled and "Reason: N - meaning" CARCs', () => {
    expect(codes('Remark: CO-97 and PR-2')).toEqual(['CO-97', 'PR-2']);
    expect(codes('CARC 27: Expenses incurred after coverage terminated.')).toEqual(['27']);
    expect(codes('Reason: 18 - Exact duplicate claim/service.')).toEqual(['18']);
  });

  it('ignores a number after "Reason:" whose words do not match the CARC', () => {
    expect(codes('Reason: 18 - your request arrived late')).toEqual([]);
  });

  it('ignores unknown codes and Colorado ZIP codes', () => {
    expect(codes('CO-999 and Denver, CO 80202')).toEqual([]);
  });

  it('marks a code as explained only when its meaning follows', () => {
    const r = extractAdjustmentCodes(
      prepareText('1  $245.00  CO-97\nCO-97  The benefit for this service is included in another.'),
    );
    expect(r.explained).toHaveLength(1);
    expect(r.carc[0]?.category).toBe('coding_billing');
  });

  it('reads RARCs only in a remark/adjustment context', () => {
    const withContext = extractAdjustmentCodes(prepareText('Remark codes: N115 M15')).rarc.map(
      (c) => c.code,
    );
    expect(withContext).toEqual(['N115', 'M15']);
    expect(extractAdjustmentCodes(prepareText('Room N115 on floor M15')).rarc).toEqual([]);
  });
});
