// Layouts and wording first met on the eleventh batch of unseen letters (corpus files `u11a-*` …
// `u11f-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory, disclosureStatus } from './test-fixtures/analyse.test-helper';

describe('dates and windows (batch 11)', () => {
  it('reads a date in words opening the letter, the address beside it, as the notice date', () => {
    const r = analyse(
      [
        'HALDEN FEDERAL CLAIMS - Medicare Part B Contractor - PO Box 100, Dover DE 19901',
        'March 3, 2025          To: Ada Pell, 12 Birch Lane, Dover DE 19904',
        'Medicare Number: 5WQ2HT7RN48          Claim Number: 2226140387150',
        'Service: office visit (99213), 02/03/2025',
        'Medicare will not pay this claim. To appeal, ask for a redetermination within 120 days from the date you receive this letter.',
      ].join('\n'),
    );
    expect(r.fields.noticeDate?.value).toBe('2025-03-03');
  });

  it('does not read a numeric table date opening a line that way', () => {
    const r = analyse(
      'Claim detail\n03/03/2025          99213   $120.00   $0.00\nThis claim was denied.',
    );
    expect(r.fields.noticeDate?.value).not.toBe('2025-03-03');
  });

  it.each([
    [
      "The provider's window to request\nreconsideration is 90 calendar days from the date of this notice.",
      90,
    ],
    [
      'Your appeal must be received by May 1, 2025.\n(That is 120 days from the date of this notice.)',
      120,
    ],
    [
      'You may file a plan appeal within 60 calendar days of the adjudication date shown above.',
      60,
    ],
  ])('reads the window in %j', (sentence, days) => {
    const w = analyse(`Claim 51-2209 was denied.\n${sentence}`).fields.statedDeadline?.value;
    expect(w).toMatchObject({ days, anchor: 'notice' });
  });

  it('does not count a window "of that decision" from this notice', () => {
    const r = analyse(
      [
        'Date of notice: March 3, 2025',
        'Medicaid plan: the claim was denied.',
        'If the reconsideration is denied, you may file a formal provider appeal within 30 calendar days of that decision.',
      ].join('\n'),
    );
    expect(r.fields.statedDeadline?.value.days).not.toBe(30);
  });

  it('does not take a plan naming itself as deciding within N days for the member window', () => {
    const r = analyse(
      'Date of notice: March 3, 2025\nThe claim was denied.\nAcme Health will send a written decision within 30 calendar days of receipt.\nAppeals must be filed within 180 days of the date of this notice.',
    );
    expect(r.fields.statedDeadline?.value.days).toBe(180);
  });
});

describe('document kind (batch 11)', () => {
  it('reads "nothing in this request was reduced or denied" as no denial', () => {
    const r = analyse(
      'RE: Your prior authorization request has been APPROVED\nWe approved every service you asked for. Nothing in this request was reduced or denied.',
    );
    expect(r.documentKind.value).toBe('approval');
  });

  it('still reads "No payment: the claim was denied" as a denial', () => {
    expect(
      analyse('No payment: the claim was denied because it was filed late.').documentKind.value,
    ).toBe('denial');
  });
});

describe('key fields (batch 11)', () => {
  it('reads the code of a service row followed by its dates', () => {
    const r = analyse(
      'WHAT WE APPROVED\n  Service                                  Code    Visits   Approved dates\n  Treatment of speech, language, voice,    92507   24       06/08/2025 - 12/04/2025\n',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['92507']);
  });

  it('reads a claim number under its column label across a dashed rule', () => {
    const r = analyse(
      'CLAIM SUMMARY\nClaim #            DOS         Billed      Paid     Status\n-----------------  ----------  ----------  -------  --------\n26124PC0058831     04/21/2025   $1,488.00    $0.00  DENIED\n',
    );
    expect(r.fields.claimNumber?.value).toBe('26124PC0058831');
  });

  it('counts a claim-summary row and the coded lines that restate it once, and no "$0.00 DENIED"', () => {
    const r = analyse(
      [
        'Claim #            DOS         Billed      Paid     Status',
        '-----------------  ----------  ----------  -------  --------',
        '26124PC0058831     04/21/2025   $1,488.00    $0.00  DENIED',
        '',
        'Ln  Code   Units  Description                    Billed     Paid',
        '1   62323  1      Epidural injection             $1,450.00  $0.00',
        '2   J1040  1      Methylprednisolone, 80 mg         $38.00  $0.00',
      ].join('\n'),
    );
    expect(r.fields.deniedAmount?.value).toBe(1488);
  });
});

describe('category wording (batch 11)', () => {
  it.each([
    'Routine foot care is left out of Medicare by law.',
    'This service is excluded by law (Social Security Act 1862(a)(7)).',
    'Medicare never covers routine hearing exams.',
  ])('reads %j as a coverage exclusion', (reason) => {
    expect(cueCategory(reason)).toBe('eligibility_coverage');
  });
});

describe('Medicare Summary Notice disclosures (left-out family review)', () => {
  const msn = (lines: string[]) =>
    analyse(
      [
        'MEDICARE SUMMARY NOTICE for people with Medicare Part B',
        'Notice date: March 3, 2025',
        'Medicare Number: XXXX-XXX-KT52',
        "Claim number 26131-0829-41576. Medicare won't pay for this test (82306): not reasonable and necessary.",
        ...lines,
      ].join('\n'),
    );
  const status = disclosureStatus;

  it.each([
    'Include any records that show you use oxygen while moving around.',
    'Send this notice and any papers that support your appeal (for example, a note from your doctor) to the contractor.',
    'Explain in writing why you disagree, or attach a letter from your doctor.',
  ])('reads %j as saying what would help', (line) => {
    expect(status(msn([line]), 'additional_information_needed')).toBe('present');
  });

  it('keeps a bare "send any papers" vague', () => {
    expect(
      status(
        msn(['Send this page and any papers to the address below.']),
        'additional_information_needed',
      ),
    ).not.toBe('present');
  });

  it.each([
    'Your appeal must be received by:  September 8, 2025.',
    'YOU MUST FILE YOUR APPEAL BY: OCTOBER 6, 2025',
  ])('reads the file-by date %j with how to file as the appeal time limit', (line) => {
    expect(
      status(
        msn([line, 'Explain in writing why you disagree and send it to the contractor.']),
        'appeal_procedures_and_time_limits',
      ),
    ).toBe('present');
  });

  it.each([
    'Medicare considers this care not reasonable and necessary under Section 1862(a)(1)(A) of the Social Security Act.',
    'Medicare rules for this type of equipment (42 CFR 410.38) require the order before delivery.',
  ])('reads the law in %j as the provision relied on', (line) => {
    expect(status(msn([line]), 'plan_provision')).toBe('present');
  });
});

describe('key fields (left-out family review)', () => {
  it('reads the date opening a Medicare Summary Notice claim block as its date of service', () => {
    const r = analyse(
      [
        'MEDICARE SUMMARY NOTICE',
        'Date of This Notice ......... February 17, 2025',
        '',
        'Your Claims for Part B (Medical Insurance)',
        'January 14, 2025',
        'Westgate Imaging Center, (563) 555-0144',
        'Claim number: 26-01-4800-37101',
        'Bone density study (77080)   NO   $248.00   $0.00',
      ].join('\n'),
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-01-14']);
    expect(r.fields.noticeDate?.value).toBe('2025-02-17');
  });

  it('keeps a business letter date followed by its claim line as the letter date', () => {
    const r = analyse('March 3, 2025\n\nRe: Claim number 26-01-4800-37101\nThe claim was denied.');
    expect(r.fields.noticeDate?.value).toBe('2025-03-03');
    expect(r.fields.serviceDates?.value ?? []).toEqual([]);
  });

  it.each([
    [
      'Requested service                                       Code    Qty\n------------------------------------------------------  -----   ---\nNew patient evaluation, pediatric epileptologist        99205    1\nElectroencephalogram (EEG), awake and drowsy            95816    1',
      ['99205', '95816'],
    ],
    [
      '+-------+-----------------------------------+-------------+\n| Code  | Item requested                    | Decision    |\n+-------+-----------------------------------+-------------+\n| E0627 | Seat lift mechanism, electric,    | NOT COVERED |\n|       | incorporated into a lift chair    |             |',
      ['E0627'],
    ],
    ['  Service ............. Personal care attendant services, T1019', ['T1019']],
    ['We got a request for a cranial remolding helmet (code S1040, custom orthosis).', ['S1040']],
  ])('reads the codes of %j', (block, codes) => {
    expect(analyse(`The request was denied.\n${block}\n`).fields.cptHcpcs?.value).toEqual(codes);
  });

  it('does not read a ZIP code after "code" as a procedure', () => {
    expect(
      analyse('The claim was denied. Mail it to zip code 43215.').fields.cptHcpcs?.value ?? [],
    ).toEqual([]);
  });
});

describe('ids and blank forms (left-out family review)', () => {
  it.each([
    ['| Member number:     RSA 4082 7731 K', 'RSA 4082 7731 K'],
    ['| Member number ....... HLM 4402 8817 0                  |', 'HLM 4402 8817 0'],
  ])('keeps the check character of a grouped id: %j', (line, id) => {
    expect(analyse(`The claim was denied.\n${line}\n`).fields.memberId?.value).toBe(id);
  });

  it('does not read the tail of an asterisk-masked id; the full one printed later wins', () => {
    const r = analyse(
      'Member number:   *******3317\nWe denied your request.\n  - Your member number:  M8830043317\n',
    );
    expect(r.fields.memberId?.value).toBe('M8830043317');
  });

  it('shows an element a blank form leaves a slot for as vague, not missing', () => {
    const r = analyse(
      [
        'NOTICE OF ADVERSE BENEFIT DETERMINATION',
        'Member: [Member name]     Claim: [Claim number]',
        'We denied [describe service] because [state the specific reason].',
        'Plan provision: [Policy section and title, e.g., Part IV].',
        'Help with your appeal: [State Consumer Assistance Program name], [Phone].',
      ].join('\n'),
    );
    const status = (e: string) => disclosureStatus(r, e);
    expect(status('plan_provision')).toBe('vague');
    expect(status('consumer_assistance_contact')).toBe('vague');
  });
});
