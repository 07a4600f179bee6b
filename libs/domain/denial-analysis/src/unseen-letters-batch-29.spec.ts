// Wording first met on the twenty-ninth batch of unseen letters (corpus files `b29a-*` …
// `b29d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import {
  analyse,
  cueCategory,
  disclosureStatus,
  filingDue,
} from './test-fixtures/analyse.test-helper';

describe('batch 29', () => {
  it('reads the scope of an approval as no refusal', () => {
    const r = analyse(
      'NOTICE OF APPROVED SERVICE\nDate of this notice: 03/06/2025\nGood news. We approved the request your provider sent us for a power wheelchair.\n  AUTHORIZED PERIOD:  03/10/2025 through 09/09/2025\nItems delivered after 09/09/2025 are not covered under this approval; your supplier would need to ask again.',
    );
    expect(r.documentKind.value).toBe('approval');
    expect(r.deadlines).toEqual([]);
  });

  it('still reads a service the approval leaves out as refused', () => {
    const r = analyse(
      'Date of this notice: 03/06/2025\nWe approved the power wheelchair. The seat elevator is not covered under your plan.',
    );
    expect(r.documentKind.value).not.toBe('approval');
  });

  it('reads the date a text message opens with, before its colon, as the notice date', () => {
    expect(
      filingDue(
        "Keystone Senior Advantage (HMO) 06/03/2025: Your doctor's request for a CT (74177) was NOT approved.\nTo appeal, call us or write to us within 65 days of this notice's date.",
      ),
    ).toBe('2025-08-07');
  });

  it.each([
    'The records show you were getting help with bathing, dressing and taking your pills. That kind of daily help is personal care that someone without professional training can safely give.',
    'You needed help with walking and eating only; a person without nursing training can provide that.',
  ])('reads personal care any caregiver can give as medical necessity: %s', (reason) => {
    expect(cueCategory(reason)).toBe('medical_necessity');
  });

  it("does not let a template's preparer instructions decide the category", () => {
    const r = analyse(
      [
        'PREPARER TEMPLATE - NOTICE OF ADVERSE BENEFIT DETERMINATION',
        'PREPARER INSTRUCTIONS (delete this box before mailing)',
        '  - Replace every item in [square brackets].',
        '  - If the decision relied on medical judgment (necessity, level of care, experimental',
        '    status), complete Section 4.',
        '----------------------------------------',
        'Date of notice: [Month DD, YYYY]',
        'Participant ID: [Member ID]',
        'Claim / reference number: [Claim No.]',
        '',
        'WHY WE DENIED YOUR CLAIM',
        '[State the specific reason for the denial in plain language.]',
      ].join('\n'),
    );
    expect(r.category).toBe('other');
  });

  it("reads the code that opens a boxed row's continuation line", () => {
    const r = analyse(
      [
        'Statement date: 05/27/2025',
        '| Claim       | Provider / service             | Date   |   Billed |  Allowed | Plan paid | You owe  |',
        '+-------------+--------------------------------+--------+----------+----------+-----------+----------+',
        '| 2505-020917 | Summit Medical Transport LLC   |04/22/25|  $640.00 |    $0.00 |     $0.00 |  $640.00 |',
        '|             | A0428 Ambulance, basic life    |        |          |          |           |          |',
        '+-------------+--------------------------------+--------+----------+----------+-----------+----------+',
        "The ambulance company is not in your plan's network.",
      ].join('\n'),
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['A0428']);
  });

  it('reads a bare Reference label on a long id as the request number', () => {
    const r = analyse(
      'Date: 11/04/2025\nReference: UM-2025-1104-08823\nWe cannot approve the surgery.',
    );
    expect(r.fields.claimNumber?.value).toBe('UM-2025-1104-08823');
    expect(
      analyse('Date: 11/04/2025\nReference: 42 CFR 405\nWe cannot approve it.').fields.claimNumber,
    ).toBeNull();
  });

  it('reads admit and discharge dates as the dates of the stay', () => {
    const r = analyse(
      'Decision date: 03/12/2025\n Admit date      03/09/2025          Discharge date   03/10/2025\nThe inpatient stay is denied; observation care fits her needs.',
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-03-09', '2025-03-10']);
  });

  it('keeps the claim number a corrected-claim instruction quotes as "the original claim"', () => {
    const r = analyse(
      'Remit date: 07/11/2025\nClaim no.:         CBA-25-1860-03374\nLine 02 (20610-TC) is denied: CO-4, the procedure code is inconsistent with the modifier.\nSend a corrected claim (frequency code 7, with the original claim number CBA-25-1860-03374 in box 22).',
    );
    expect(r.fields.claimNumber?.value).toBe('CBA-25-1860-03374');
  });

  it('still sets aside the claim a duplicate denial points to', () => {
    const r = analyse(
      'Remit date: 07/11/2025\nClaim no.: CBA-25-1860-03374\nThis service duplicates claim CBA-25-1700-00001, which we paid.',
    );
    expect(r.fields.claimNumber?.value).toBe('CBA-25-1860-03374');
  });

  it('reads a Part A notice that did not approve part of a stay as a partial denial of that part', () => {
    const r = analyse(
      [
        'MEDICARE SUMMARY NOTICE    Date of This Notice: May 19, 2025',
        '   Did Medicare approve all claims?          NO',
        '   We did not approve part of 1 claim.',
        ' Dates / Service                    Benefit  Amount     Non-      Maximum',
        '                                    Days     Facility   Covered   You May',
        '                                    Used     Charged    Charges   Be Billed',
        ' Mar 3 - Mar 22, 2025               20       $15,980.00 $0.00     $0.00',
        ' Mar 23 - Apr 9, 2025               0        $14,382.00 $14,382.00 $14,382.00',
        '',
        'Medicare Part A covers a nursing home stay only while you need skilled care every day, so Medicare will not pay for them.',
      ].join('\n'),
    );
    expect(r.documentKind.value).toBe('partial_denial');
    expect(r.fields.deniedAmount?.value).toBe(14382);
  });

  it.each([
    'Decision code UM-47 on this letter means "program participation requirement not met".',
    'Reason code on this decision: CP-03, which means "the records sent do not show insulin use three times a day".',
    'STATUS CODE LOC-01: The inpatient level of care is not approved.',
  ])('reads a payer code with its meaning: %s', (line) => {
    const r = analyse(`Notice date: 04/22/2025\nWe did not approve the request.\n${line}`);
    expect(disclosureStatus(r, 'denial_code_meaning')).toBe('present');
  });

  it.each([
    'You can ask for free copies of the policy and the codes on this request with what they mean.',
    'If you want a free copy of the assessment, the policy we used, or the codes on this notice and what they mean, call us.',
  ])('reads an offer of the codes and their meanings: %s', (line) => {
    const r = analyse(
      `Notice date: 05/28/2025\nThis Medicaid plan did not approve the visit: the doctor is out of network.\n${line}`,
    );
    expect(disclosureStatus(r, 'diagnosis_treatment_codes_available')).toBe('present');
  });

  it.each([
    'WHAT INFORMATION COULD CHANGE THIS DECISION\nIf you appeal, it would help to send a letter from her therapist.',
    "When that plan has processed it, send us (or have the provider send us) a copy of that plan's explanation of benefits.",
    'If the attending physician has records showing an expected stay over two midnights, upload them with a reconsideration request.',
    'If no authorization was obtained, a retro request with the order, the office notes and the imaging report may be sent through the portal.',
  ])('reads what would have the claim looked at again: %s', (text) => {
    const r = analyse(
      `Notice date: 03/12/2025\nClaim 25-118-004472 for 03/01/2025 was denied: another plan pays first.\n${text}`,
    );
    expect(disclosureStatus(r, 'additional_information_needed')).toBe('present');
  });
});
