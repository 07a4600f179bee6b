// Wording first met on the twenty-eighth batch of unseen letters (corpus files `b28a-*` …
// `b28d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import {
  analyse,
  cueCategory,
  disclosureStatus,
  filingDue,
} from './test-fixtures/analyse.test-helper';

describe('batch 28', () => {
  const HEAD =
    'Date of notice: 04/02/2025\nMember ID: QRT-2219-04\nWe reviewed the request for a lumbar MRI. The records do not show six weeks of therapy, so it is denied.\nThis plan is governed by ERISA.\n';
  const APPEAL =
    '\nHOW TO APPEAL\nYour written appeal must be received within 180 days after the date you receive this letter.';

  it.each([
    'WHAT CAN BE SENT TO RECONSIDER\nTherapy notes showing six weeks of treatment. The ordering office may also ask for a peer-to-peer call with the reviewer by calling 1-877-555-0100 within 14 days of this notice.',
    'If the reviewer did not have some records, please send them with your appeal. Your doctor may also ask for a telephone discussion with our reviewer by calling 1-888-555-0100 within 14 days of this letter.',
  ])('does not take a call with the reviewer for the appeal window: %s', (talk) => {
    expect(filingDue(`${HEAD}${talk}${APPEAL}`)).toBe('2025-09-29');
  });

  it('reads a bare Date label in a boxed two-column header as the notice date', () => {
    const r = analyse(
      'SUMMIT MEDICARE ADVANTAGE (HMO)\n+----------+\n| NOTICE OF DENIAL OF PAYMENT   |\n+--------------------------+--------------------------+\n| Date                     | 07/22/2025               |\n| Member number            | SPM882041573             |\n+--------------------------+--------------------------+\nWe have denied payment for the CPAP supplies you received on 06/02/2025.',
    );
    expect(r.fields.noticeDate?.value).toBe('2025-07-22');
  });

  it.each([
    'Decision code RX-4: retro request outside window.',
    'The authorization request reached us after the date the service was performed.',
    'Your plan requires that planned outpatient surgery be approved before it happens, and we could not review it in advance.',
  ])('reads approval asked for after the service as prior authorization: %s', (reason) => {
    expect(cueCategory(reason)).toBe('prior_authorization');
  });

  it.each([
    ['Member ID:          BWH 5508-1942', 'BWH 5508-1942'],
    ['Identification No.: HMI 0049372-00', 'HMI 0049372-00'],
  ])('reads the member id of "%s"', (line, id) => {
    const r = analyse(
      `Date of notice: May 6, 2025\n${line}\nWe did not approve the nursing visits.`,
    );
    expect(r.fields.memberId?.value).toBe(id);
  });

  it.each([
    ['  06/03/2024  99214     I10, R00.2     $214.00    $0.00    CO-29', ['I10', 'R00.2']],
    ['Diagnoses on the claim: M17.11; E11; Z79.4', ['M17.11', 'E11', 'Z79.4']],
  ])('reads three-character codes in a list with a dotted code: %s', (line, codes) => {
    const r = analyse(`Notice date: 07/01/2024\nThe claim was filed too late.\n${line}\n`);
    expect([...(r.fields.icd10?.value ?? [])].sort()).toEqual([...codes].sort());
  });

  it.each([
    ['Re: Request #DME-25-066120, Camille Ostrowski, power wheelchair', 'DME-25-066120'],
    ['Case # ............... CV2510-06-77413', 'CV2510-06-77413'],
  ])('reads the request number of "%s"', (line, id) => {
    const r = analyse(`Notice date: 04/02/2025\n${line}\nDecision: Denied. It is investigational.`);
    expect(r.fields.claimNumber?.value).toBe(id);
  });

  it.each([
    ['        Requested service .. 72148  MRI lumbar spine without contrast', '72148'],
    ['Service asked:   93656 - Comprehensive electrophysiologic evaluation', '93656'],
  ])('reads the code on a service label line: %s', (line, code) => {
    const r = analyse(`Notice date: 04/02/2025\n${line}\nWe did not approve this request.`);
    expect(r.fields.cptHcpcs?.value).toEqual([code]);
  });

  it('reads a wrapped parenthesised list that names each service before its code', () => {
    const r = analyse(
      'Notice date: 02/20/2026\nWhat was asked for:\n   12 more physical therapy visits (therapeutic exercise\n   97110, neuromuscular re-education 97112, manual therapy 97140) at Valley Rehab.\nWe denied the visits because your progress has plateaued.',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['97110', '97112', '97140']);
  });

  it('does not read a lone number named in parentheses as a code', () => {
    const r = analyse(
      'Notice date: 02/20/2026\nSend your appeal to us (Appeals Unit 45401).\nWe denied the visits because your progress has plateaued.',
    );
    expect(r.fields.cptHcpcs?.value ?? []).toEqual([]);
  });

  const BOX = (cell: string) =>
    `Decision Date: 02/14/2025\nWe are not approving this request.\n| Line | Procedure                                  | DOS        | Decision |\n+------+--------------------------------------------+------------+----------+\n| 1    | ${cell.padEnd(42)} | 02/03/2025 | DENIED   |\n|      | medial OR lateral                          |            |          |\n`;

  it('reads a code opening a cell under a Procedure column', () => {
    expect(analyse(BOX('29881 Arthroscopy knee w/ meniscectomy,')).fields.cptHcpcs?.value).toEqual([
      '29881',
    ]);
  });

  it('reads no code from a Procedure cell that only names the service', () => {
    expect(analyse(BOX('Arthroscopy knee 2 sides')).fields.cptHcpcs?.value ?? []).toEqual([]);
  });

  it('reads the refused claim of a summary notice whose later claims sit under a provider line', () => {
    const r = analyse(
      [
        'MEDICARE SUMMARY NOTICE          Notice date: April 12, 2025',
        'Medicare Number XXXX-XXX-1234',
        '',
        'Lakeview Family Practice, 12 Oak St, Dayton, OH 45402',
        'Claim number 05-25051-118-33910',
        'Service                        Service   Service  Amount     Medicare  Medicare  Maximum',
        '                               Approved? Date     Charged    Approved  Paid      You May Be Billed',
        'Office visit (99214)           Yes       02/11/25 $210.00    $128.45   $100.71   $25.69',
        '',
        'Page 3 of 4',
        'Valley Vein Center, 7400 Far Hills Ave, Dayton, OH 45459',
        'Claim number 05-25087-306-55164',
        'Duplex scan of leg veins,      No        03/20/25 $412.00    $0.00     $0.00     $0.00',
        '  both sides (93970)',
        '',
        'Medicare will not cover the scan: it is not reasonable and necessary for your condition.',
      ].join('\n'),
    );
    expect(r.fields.claimNumber?.value).toBe('05-25087-306-55164');
    expect(r.fields.cptHcpcs?.value).toEqual(['93970']);
    expect(r.fields.deniedAmount?.value).toBe(412);
  });

  it.each([
    ['  Period:            05/05/2025 to 08/02/2025', ['2025-05-05', '2025-08-02']],
    ['  Dates requested:    05/01/2025 through 10/31/2025', ['2025-05-01', '2025-10-31']],
    ['  Approved service period: 12/03/2025 - 03/02/2026', ['2025-12-03', '2026-03-02']],
  ])('reads a labelled period as the service dates: %s', (line, dates) => {
    const r = analyse(
      `Date of notice: April 20, 2025\nWe did not approve all of the nursing hours asked for.\n${line}\n`,
    );
    expect(r.fields.serviceDates?.value).toEqual(dates);
  });

  it('does not read a coverage or benefit period as service dates', () => {
    const r = analyse(
      'Date of notice: April 20, 2025\nWe did not approve the nursing hours.\n  Coverage period: 01/01/2025 - 12/31/2025\n  Benefit period: 01/01/2025 - 12/31/2025\n',
    );
    expect(r.fields.serviceDates?.value ?? []).toEqual([]);
  });

  it('reads the number after an "Authorization / Ref #" label', () => {
    const r = analyse(
      ' | Authorization / Ref #                | AR2502107734                  |\n | Decision Date                        | 02/14/2025                    |\nThe request reached us after the service, so we are not approving it.',
    );
    expect(r.fields.claimNumber?.value).toBe('AR2502107734');
  });

  it.each([
    ['Re: Request #DME-25-066120, C. Ostrowski, K0899 stair-climbing power chair', ['K0899']],
    ['Re: Claim 44120, member 55321, power chair', []],
  ])('reads a named HCPCS code on a subject line only: %s', (line, codes) => {
    const r = analyse(`Notice date: 04/02/2025\n${line}\nDecision: Denied as investigational.`);
    expect(r.fields.cptHcpcs?.value ?? []).toEqual(codes);
  });

  it.each([
    'What can change this decision\nWe will look at the claim again if you can show that it was sent to us on time. Acceptable proof includes a clearinghouse acceptance report.',
    'COULD THIS CHANGE?\nIf you think the lab was in our network, send us a note with a copy of any paper you were given. We will review the claim again.',
    'If this was a separate visit, file a redetermination and include the notes for both encounters, with a modifier or explanation that shows they were distinct.',
  ])('reads what would have the claim looked at again: %s', (text) => {
    const r = analyse(
      `Notice date: 03/03/2025\nMember ID: QRT-2219-04\nClaim 2025-0101 for 03/01/2025 was not paid: the provider is out of network.\n${text}`,
    );
    expect(disclosureStatus(r, 'additional_information_needed')).toBe('present');
  });

  it.each([
    'Help: The New Mexico Office of Superintendent of Insurance, Managed Health Care Bureau, can help with appeals: 1-855-555-0427.',
    'You can contact the Oregon Division of Financial Regulation, Consumer Advocacy Section, for free help with appeals.',
  ])('reads a state insurance regulator as the consumer assistance contact: %s', (text) => {
    const r = analyse(
      `Notice date: 03/03/2025\nThis individual and family plan did not approve the knee surgery: it was not medically necessary.\n${text}`,
    );
    expect(disclosureStatus(r, 'consumer_assistance_contact')).toBe('present');
  });

  it('reads a code explained after a parenthetical note as the code with its meaning', () => {
    const r = analyse(
      'Date of notice: May 6, 2025\nWe did not approve all of the nursing hours.\nReason code SN-2 (shown on your provider\'s notice) means: "Skilled hours asked for are more than the documented skilled need."',
    );
    expect(disclosureStatus(r, 'denial_code_meaning')).toBe('present');
  });

  it.each([
    [
      "MEDICARE SUMMARY NOTICE  Notice date: 04/12/2025\nA  Medicare will not cover this test because it is not reasonable and necessary. Under the Medicare contractor's Local\n   Coverage Determination for Non-Invasive Peripheral Venous Studies, a scan is covered when there are signs of a clot.",
      'Non-Invasive Peripheral Venous Studies',
    ],
    [
      'Notice date: 03/03/2025\nThis Medicaid plan denied it. The stair-climbing feature is unproven; our Technology Assessment Policy TA-114 lists it as investigational.',
      'TA-114',
    ],
  ])('names the rule applied: %s', (text, named) => {
    const r = analyse(text);
    expect(disclosureStatus(r, 'criteria_or_guideline')).toBe('present');
    expect(r.fields.criteria?.value.text).toContain(named);
  });

  it.each([
    'The only condition listed on this claim was leg cramps at night, and no swelling was reported, so the test was not supported.',
    "A plan doctor reviewed the records. Dr. Alvarado's note from 04/17/2025 says you were having trouble with mask leaks.",
    'The download for 03/01/2025 through 05/30/2025 shows the device was used 4 or more hours on 41% of nights.',
  ])('reads the clinical facts applied to the patient as the rationale: %s', (text) => {
    const r = analyse(
      `Notice date: 07/22/2025\nMedicare Advantage plan. We have denied payment for the CPAP supplies: the coverage rule is not met.\n${text}`,
    );
    expect(disclosureStatus(r, 'clinical_rationale')).toBe('present');
  });

  it('reads a "Plan payment" column as what the plan paid, so the refused claim is the denied one', () => {
    const r = analyse(
      [
        'Date: 07/02/2025',
        'We processed two claims. Another plan pays first.',
        '  Claim No.          Date of    Codes     Charged    Plan     Result',
        '                     service                         payment',
        '  HM25-0118-30577    01/09/25   99214     $214.00    $158.36  Paid (see EOB)',
        '  HM25-0627-41902    06/11/25   99213     $402.00    $0.00    Not paid - code C07',
      ].join('\n'),
    );
    expect(r.fields.deniedAmount?.value).toBe(402);
    expect(r.fields.serviceDates?.value).toEqual(['2025-06-11']);
  });
});
