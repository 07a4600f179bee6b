// Wording first met on the thirty-seventh batch of unseen letters (corpus files `b37a-*` …
// `b37d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, disclosureStatus, filingDue } from './test-fixtures/analyse.test-helper';

describe('batch 37', () => {
  it('dates an e-mail notice by its "Sent:" header, weekday and time included', () => {
    const email = [
      'From: claims-noreply@rivergate.example',
      'Sent: Mon 11/10/2025 9:02 AM',
      'Subject: Claim RG-55120874 denied',
      '',
      'Member ID: RG0041177. Claim RG-55120874 for 99214 on 10/02/2025 was denied: the member was not eligible on the date of service.',
      'You may appeal within 60 days of the date of this notice.',
    ].join('\n');
    const r = analyse(email);
    expect(r.fields.noticeDate?.value).toBe('2025-11-10');
    expect(filingDue(email)).toBe('2026-01-09');
  });

  it('reads a portal subject\'s "Auth <number>" as the reference, but no ISO date after it', () => {
    const r = analyse(
      'Subject: Auth 1104-CT-20931 -- NOT APPROVED\nMember ID 4410-2281-907\nRequest: CT abdomen (74177). Decision: Not approved.',
    );
    expect(r.fields.claimNumber?.value).toBe('1104-CT-20931');
    const dated = analyse(
      'Member ID 4410-2281-907\nAuthorization 2025-10-14 request for CT abdomen (74177) was not approved.',
    );
    expect(dated.fields.claimNumber?.value ?? null).toBeNull();
  });

  it('reads a Medicaid remittance\'s "TCN:" as the claim number', () => {
    const r = analyse(
      'MEMBER ID: MCD0099120344\nTCN: 2025-301-0077120      CLAIM TYPE: PROFESSIONAL\nCARC 29: The time limit for filing has expired.',
    );
    expect(r.fields.claimNumber?.value).toBe('2025-301-0077120');
  });

  it('anchors "from the date you receive the initial determination" on receipt', () => {
    const r = analyse(
      'Remit Date: 09/15/2025\nClaim denied (CARC 18, exact duplicate). A redetermination must be filed within 120 days from the date you receive the initial determination.',
    );
    expect(r.fields.statedDeadline?.value).toMatchObject({ days: 120, anchor: 'receipt' });
  });

  it('takes "<payer code> means:" with a hyphenated code as the code\'s meaning', () => {
    const r = analyse(
      'Claim TX-7781 was denied.\nReason code: QL-208\nQL-208 means: "Quantity billed exceeds the number of units the plan covers."',
    );
    expect(disclosureStatus(r, 'denial_code_meaning')).toBe('present');
  });

  it("reads a contractor's redetermination decision as a decided appeal: next is the QIC", () => {
    const text = [
      'MEDICARE APPEAL DECISION - REDETERMINATION',
      'Date: October 6, 2025',
      'Medicare Number: XXXXXXX7QW41',
      'This letter tells you what we decided about your appeal (redetermination) of the claim for a walker (E0143).',
      'OUR DECISION: UNFAVORABLE. Medicare will still not pay: the records do not show the walker is reasonable and necessary.',
      'If you disagree, you may ask a Qualified Independent Contractor for a reconsideration within 180 days of the date you receive this letter.',
    ].join('\n');
    const r = analyse(text);
    expect(r.determinationLevel).toBe('final_internal');
    const next = r.deadlines.find((d) => d.kind === 'medicare_reconsideration_request');
    expect(next?.due.slice(0, 10)).toBe('2026-04-04');
    expect(r.deadlines.map((d) => d.kind)).not.toContain('second_level_appeal_filing');
  });

  it('does not take the approval rule of a refused request for approval as its reason', () => {
    const text = [
      'Notice date: 09/02/2025',
      'On 08/20/2025 your doctor asked us to approve a sleep study (95810).',
      'We could not approve it because we did not receive the medical records we asked for.',
      'A sleep study needs our approval before it is done. Our policy requires office notes from the last 90 days.',
    ].join('\n');
    expect(analyse(text, { categoryModel: null }).category).toBe('missing_information');
    // A service done without asking still reads as no authorization.
    expect(
      analyse(
        'Notice date: 09/02/2025\nNo one asked us to approve the sleep study (95810) before it was done. A sleep study needs our approval before it is done.',
        { categoryModel: null },
      ).category,
    ).toBe('prior_authorization');
  });

  it('reads a row\'s code from its wrapped description cell ("placement  76942")', () => {
    const eob = [
      'EXPLANATION OF BENEFITS',
      'Ln  Svc Date  Description / Code     Billed  Not      Allowed  Plan     Rmk',
      '                                             Covered           Paid',
      '--  --------  ---------------------  ------  -------  -------  -------  -----',
      '1   10/14/25  Office visit, est      190.00     0.00   120.00    96.00  A1',
      '              99213',
      '2   10/14/25  Nerve conduction,      240.00   240.00     0.00     0.00  97',
      '              each study  95907',
      '97  The benefit for this service is included in the payment for another service.',
    ].join('\n');
    expect(analyse(eob).fields.cptHcpcs?.value).toEqual(['95907']);
  });

  it('drops the codes a partial decision lists only under what it approved', () => {
    const text = [
      'Notice date: 10/20/2025',
      'Your doctor asked for rituximab (HCPCS J9312) with infusion (96413, 96415).',
      '',
      'WHAT WE APPROVED',
      '  - Rituximab J9312, 4 doses, and infusion codes 96413 and 96415.',
      '',
      'WHAT WE DID NOT APPROVE',
      '  - The fifth dose of rituximab J9312.',
      '',
      'WHY WE DENIED PART OF YOUR REQUEST',
      'The records do not show a need for a fifth dose, so it is not medically necessary.',
    ].join('\n');
    expect(analyse(text).fields.cptHcpcs?.value).toEqual(['J9312']);
  });

  it('does not read the number after a dotted id label as a procedure code', () => {
    const r = analyse(
      'Member ID .......... KRW-0091127-01\nGroup number ....... 62019\nGROUP NO. .......... 62019\nService ............ 99213\nThis claim was denied.',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['99213']);
  });

  it('takes the claim id of the refused row of a several-claim summary grid', () => {
    const text = [
      'Claim           Patient     Svc date       Billed  Plan paid  Status',
      '--------------  ----------  ----------  --------  ---------  ------',
      'K25301-11020-4  Ana (01)    09/02/2025   $210.00    $210.00  Paid',
      'K25307-40877-1  Ana (01)    09/09/2025   $395.00      $0.00  DENIED',
      '',
      "Claim K25307-40877-1 was denied: the other parent's plan pays first.",
    ].join('\n');
    expect(analyse(text).fields.claimNumber?.value).toBe('K25307-40877-1');
  });

  it('counts a printed last day as the appeal time limit of the appeal procedure', () => {
    const r = analyse(
      'Statement date: 10/01/2025\nClaim 2 was denied: the provider is not in your network.\nIf you disagree you may file an internal appeal. To be considered, we must receive your\nappeal by March 30, 2026. Send a letter to Appeals, PO Box 11, Salem, VA 24153.',
    );
    expect(disclosureStatus(r, 'appeal_procedures_and_time_limits')).toBe('present');
  });

  it('names a lower-case "imaging guideline" with its id as the criteria relied on', () => {
    const r = analyse(
      'Auth 1020-CT-44810: not approved.\nWhy: our imaging guideline RAD-SP-04 requires six weeks of physical therapy first; none was documented.',
    );
    expect(r.fields.criteria?.value.id).toBe('RAD-SP-04');
    // Named but not offered: the letter identifies its rule without giving it.
    expect(disclosureStatus(r, 'criteria_or_guideline')).toBe('vague');
    expect(disclosureStatus(r, 'clinical_rationale')).toBe('present');
  });

  describe('a letter laid out in ruled, space-aligned tables with wrapped cells', () => {
    const TABLES = [
      'Date of this notice:  October 9, 2025',
      '',
      ' Field          Detail                Field         Detail',
      ' -------------  --------------------  ------------  -----------',
      ' Member         Dana P. Holloway      Member ID     QRT-5510288',
      '                                                    4-02',
      ' Plan           Harbor Silver 3000    Claim #       2025-0918-',
      '                (individual plan)                   771204',
      '',
      ' Ln  Date      Proc.   Service                 Billed   Plan paid  You owe',
      ' --  --------  ------  --------------------  --------  ---------  -------',
      '  1  09/18/25  99213   Office visit,           180.00     120.00    30.00',
      '                       established patient,',
      '                       low complexity',
      '                       -- PAID',
      '  2  09/18/25  0481T   Injection,              640.00       0.00   640.00',
      '                       autologous white',
      '                       blood cell',
      '                       concentrate, incl.',
      '                       harvest',
      '                       -- DENIED',
      '',
      ' Topic            What it means for you',
      ' ---------------  ------------------------------------------------',
      ' Reason           The injection is experimental/investigational',
      '                  under our medical policy.',
      ' Clinical basis   A board-certified physician reviewed the claim;',
      '                  published trials have not shown a lasting',
      '                  benefit over standard care.',
      '',
      ' Step             How                          Time limit',
      ' ---------------  ---------------------------  ----------------------',
      ' 1. Internal      Send a written appeal to     You must ask within 180',
      '    appeal        Appeals Unit, PO Box 20,     days after you receive',
      '                  Troy, MI 48083.              this notice.',
    ].join('\n');

    it('reads the refused row when its verdict closes a description wrapped over five lines', () => {
      const r = analyse(TABLES);
      expect(r.fields.cptHcpcs?.value).toEqual(['0481T']);
      expect(r.fields.deniedAmount?.value).toBe(640);
    });

    it('reads ids wrapped inside the value cell beside their label', () => {
      const r = analyse(TABLES);
      expect(r.fields.memberId?.value).toBe('QRT-55102884-02');
      expect(r.fields.claimNumber?.value).toBe('2025-0918-771204');
      expect(r.fields.memberId?.pieces).toHaveLength(2);
    });

    it('reads a window wrapped inside one cell, and the clinical basis row', () => {
      const r = analyse(TABLES);
      expect(r.fields.statedDeadline?.value).toMatchObject({ days: 180, anchor: 'receipt' });
      expect(disclosureStatus(r, 'appeal_procedures_and_time_limits')).toBe('present');
      expect(disclosureStatus(r, 'clinical_rationale')).toBe('present');
    });
  });

  it('names the NCCI edits a coding denial follows as its rule (a Medicare provision)', () => {
    const r = analyse(
      [
        'MEDICARE SUMMARY NOTICE',
        'Medicare Number XXXXXXX3QA71',
        'Ultrasonic guidance (76942)   NO   $140.00',
        'B  Medicare does not pay for this service by itself. This decision follows the Medicare National Correct Coding Initiative (NCCI) procedure-to-procedure edits.',
      ].join('\n'),
    );
    expect(r.fields.criteria?.value.vendor).toBe('CMS NCCI');
    expect(disclosureStatus(r, 'plan_provision')).toBe('present');
  });
});
