// Layouts and wording first met on the tenth batch of unseen letters (corpus files `u10a-*` …
// `u10f-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory, filingDue } from './test-fixtures/analyse.test-helper';

describe('notice date in a wide label column (batch 10)', () => {
  it.each([
    ['Date:                      October 2, 2025', '2025-10-02'],
    ['Date:\t\t\t\t10/02/2025', '2025-10-02'],
    ['Notice date:                       2025-10-02', '2025-10-02'],
  ])('reads %j as the notice date', (line, iso) => {
    const r = analyse(
      `Important: This notice explains your right to appeal our decision. Read it\ncarefully.\n\n          NOTICE OF DENIAL OF MEDICAL COVERAGE\n\n${line}\nMember number:             QX-40218\nRequest received:          September 28, 2025\n\nWe denied your request for a knee MRI.`,
    );
    expect(r.fields.noticeDate?.value).toBe(iso);
  });

  it('counts the Medicare Advantage window from that date', () => {
    expect(
      filingDue(
        'Important: read this notice carefully.\n\nNOTICE OF DENIAL OF MEDICAL COVERAGE\nDate:                      October 2, 2025\nRequest received:          September 28, 2025\nYour Medicare Advantage plan denied the MRI. You must ask for a reconsideration within 65 days of the date of this notice.',
      ),
    ).toBe('2025-12-06');
  });
});

describe('appeal windows (batch 10)', () => {
  it.each([
    'Within 180 days from the date the member receives notice of this determination',
    'within 180 days after the patient receives this letter',
    'within 180 days of the date the enrollee received the notice',
  ])('reads %j as a window counted from receipt', (line) => {
    const w = analyse(`Claim 55-100 was denied.\nTime limit:\t${line}.`).fields.statedDeadline
      ?.value;
    expect(w).toMatchObject({ days: 180, anchor: 'receipt' });
  });

  it.each([
    'Decision time:\tPost-service appeals are decided within 60 days of receipt.',
    'We will send you our decision within 30 days of receipt.',
    'Appeals are resolved within 30 days from the date of this notice request.',
  ])('does not take the plan clock %j as the member window', (line) => {
    const r = analyse(
      `Date of notice: March 2, 2025\nThe claim was denied.\n${line}\nAppeals must be filed within 180 days of the date of this notice.`,
    );
    expect(r.fields.statedDeadline?.value).toMatchObject({ days: 180 });
  });

  it('still reads a member action after a comma ("is decided, ask within 10 days")', () => {
    const w = analyse(
      'The service was denied.\nTo keep your services while your appeal is decided, ask within 10 days of this notice.',
    ).fields.statedDeadline?.value;
    expect(w).toMatchObject({ days: 10, anchor: 'notice' });
  });
});

describe('a statement of a paid claim (batch 10)', () => {
  const paidEob = [
    'EXPLANATION OF BENEFITS - THIS IS NOT A BILL',
    'Statement date: 04/21/2025',
    'Ln  Service date  Code    Billed    Allowed   Plan paid   Your share',
    '1   03/30/2025    99203   $285.00   $167.60   $127.60     $40.00',
    '2   03/30/2025    73562   $164.00    $71.85    $57.48     $14.37',
    'Payment amount:    $185.08',
  ];

  it('reads a paid claim with no word of refusal as a payment notice, with no deadline', () => {
    const r = analyse(paidEob.join('\n'));
    expect(r.documentKind.value).toBe('payment_notice');
    expect(r.documentKind.decidingQuestion).not.toBeNull();
    expect(r.deadlines.filter((d) => d.kind === 'member_appeal_filing')).toEqual([]);
  });

  it('keeps the denial reading when any line says what was not paid', () => {
    const r = analyse([...paidEob, 'The crown difference is not paid by the plan.'].join('\n'));
    expect(r.documentKind.value).not.toBe('payment_notice');
  });
});

describe('category wording (batch 10)', () => {
  it.each([
    [
      'The repeat study is therefore not supported as reasonable and necessary.',
      'medical_necessity',
    ],
    [
      'This item was not considered reasonable and necessary for your condition.',
      'medical_necessity',
    ],
  ])('reads %j as %s', (reason, category) => {
    expect(cueCategory(reason)).toBe(category);
  });
});

describe('key fields (batch 10)', () => {
  it.each([
    [
      'Diagnoses on the claim:\n    K21.9    Reflux disease\n    I10      Essential hypertension',
      ['I10', 'K21.9'],
    ],
    [
      'DIAGNOSES:   1) I10    Essential hypertension\n             2) R00.2  Palpitations',
      ['I10', 'R00.2'],
    ],
  ])('reads a three-character code in a list of dotted ones: %j', (list, codes) => {
    const r = analyse(`The claim was denied.\n${list}\nCall us with questions.`);
    expect([...(r.fields.icd10?.value ?? [])].sort()).toEqual(codes);
  });

  it('does not take a code-shaped word under a diagnosis in a label block for one', () => {
    const r = analyse('The claim was denied.\nDx:  K21.9\nLab: A1C ordered\n');
    expect(r.fields.icd10?.value).toEqual(['K21.9']);
  });

  it('reads every row of a code list that follows "these procedure codes:"', () => {
    const r = analyse(
      'The request was denied.\nYour therapist asked for visits billed with these procedure codes:\n\n  97110  Therapeutic exercise, each 15 minutes\n  97140  Manual therapy techniques\n  97530  Therapeutic activities\n',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['97110', '97140', '97530']);
  });

  it('reads the code of a service row with a units column before its decision', () => {
    const r = analyse(
      'We denied the request listed below.\n  Service requested                              Code    Units  Decision\n  MRI, lumbar spine, without contrast material   72148     1    Denied\n',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['72148']);
  });

  it.each([
    ['Member ID (Medicaid):      7734021956', 'memberId', '7734021956'],
    ['CLAIM CONTROL NUMBER (ICN):  0226211407350', 'claimNumber', '0226211407350'],
  ] as const)('reads a label with a note in parentheses: %j', (line, field, value) => {
    expect(analyse(`The claim was denied.\n${line}\n`).fields[field]?.value).toBe(value);
  });

  it("prefers the dependant's member id to the subscriber's", () => {
    const r = analyse(
      'The claim was denied.\nNORA KRZYZANIAK         Subscriber ID: HPC448170\nPatient: Leo Krzyzaniak  Member ID:   HPC448170-02\n',
    );
    expect(r.fields.memberId?.value).toBe('HPC448170-02');
  });
});

describe('amounts and tables (batch 10)', () => {
  it('reads an amount whose label carries a note in parentheses', () => {
    const r = analyse(
      'We paid part of your stay and denied the rest.\n  Amount the plan paid (14 days, 04/02 through 04/15):            $7,173.60\n  Amount NOT paid - denied (12 days, 04/16 through 04/27):        $8,376.00\n',
    );
    expect(r.fields.deniedAmount?.value).toBe(8376);
    expect(r.documentKind.value).toBe('partial_denial');
  });

  it('does not read a combined total labelled with a bare group code as the denied amount', () => {
    const r = analyse(
      'Claim 2210 was processed.\n    CONTRACTUAL/DENIED (CO): 1,838.20     PATIENT RESP (PR): 20.00\n',
    );
    expect(r.fields.deniedAmount?.value).not.toBe(1838.2);
  });

  it('reads a three-line header whose row-label column is named on its last line', () => {
    const r = analyse(
      [
        'Your Claims & Costs This Period',
        'Claim Number: 21261040573386',
        '',
        '                                  Service   Amount    Medicare-          Maximum  See',
        '                                  Approved? Supplier  Approved  Medicare You May Notes',
        'Items Provided                              Charged   Amount    Paid     Be Billed Below',
        '--------------------------------- --------- --------- --------- -------- --------- -----',
        'Walker, folding, wheeled          Yes        $158.00   $121.36   $97.09   $24.27   A',
        '  (E0143)',
        'Hospital bed, semi-electric       NO         $412.00     $0.00    $0.00    $0.00   B',
        '  (E0260-RR)',
        '',
        'B  Medicare will not pay for this item because the supplier did not have a written order.',
      ].join('\n'),
    );
    expect(r.fields.deniedAmount?.value).toBe(412);
    expect(r.documentKind.value).toBe('partial_denial');
  });
});
