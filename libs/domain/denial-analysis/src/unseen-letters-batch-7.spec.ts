// Wording and layouts first met on the seventh batch of unseen letters (corpus files `u7a-*` /
// `u7b-*`, scored before any change). Short invented lines, so a fix that only fits those letters
// fails here.
import { describe, expect, it } from 'vitest';
import { analyse } from './test-fixtures/analyse.test-helper';
import { extractStatedDeadline } from './extract/extract-appeal';
import { prepareText } from './text/prepare-text';

const window = (text: string) => extractStatedDeadline(prepareText(text)).statedDeadline?.value;

describe('windows (a deadline must never be later than the letter says)', () => {
  it.each([
    'Reconsideration requests must be received within 90 days of the remit date shown above.',
    'Appeals must be received within 90 days.',
    'You may appeal within 90 days of the processing date.',
  ])('counts %j from the notice date', (line) => {
    expect(window(line)).toMatchObject({ days: 90, anchor: 'notice' });
  });

  it("does not take the plan's own answer time or a claim-filing rule for the appeal window", () => {
    expect(window('We will decide your appeal within 30 days.')).toBeUndefined();
    expect(window('Claims must be received within 90 days of the service date.')).toBeUndefined();
  });

  it('calendars a stated 90-day window before the 180-day default of an individual plan', () => {
    const r = analyse(
      [
        'Marketplace Silver 3000 (individual plan)   Remit date: 11/07/2025',
        'Claim 2025-7711 denied: received after the timely filing limit.',
        'Reconsideration requests must be received within 90 days of the remit date shown above.',
      ].join('\n'),
    );
    expect(r.deadlines.find((d) => d.kind === 'member_appeal_filing')?.due.slice(0, 10)).toBe(
      '2026-02-05',
    );
  });

  it('reads "Date on this letter:" as the letter date', () => {
    expect(
      analyse('Date on this letter:     December 3, 2025\nYour request was denied.').fields
        .noticeDate?.value,
    ).toBe('2025-12-03');
  });
});

describe('category wording (batch 7)', () => {
  it.each([
    [
      'Reason: your HMO plan needs a referral from your primary care physician. We had no PCP referral on file for this date.',
      'prior_authorization',
    ],
    [
      'Reason: the plan requires approval first. Our records show that approval was not requested before the service.',
      'prior_authorization',
    ],
    [
      'Reason: the request does not meet the LCD L33822 requirements. You can order test strips without prior approval.',
      'medical_necessity',
    ],
    [
      'Reason: the notes do not describe collapse of the nasal valve, and the records do not connect the shape of the nose to your breathing.',
      'medical_necessity',
    ],
    [
      'Reason: infusions should be given in the lowest-cost setting that is safe for the patient (our Site of Care policy).',
      'medical_necessity',
    ],
    [
      'Reason: for retirees who are eligible for Medicare, Medicare pays first and this plan pays second.',
      'coordination_of_benefits',
    ],
    [
      'Reason: the ordering provider on this claim is not enrolled with the program.',
      'coding_billing',
    ],
    [
      'Reason: Level of service changed to match documentation. We paid it as code 99283.',
      'coding_billing',
    ],
    [
      'Reason: the requested itemized bill was not received within the allowed time.',
      'missing_information',
    ],
    [
      'Reason: you chose the Medicare hospice benefit, and while you are in hospice the plan cannot pay for care related to your illness.',
      'eligibility_coverage',
    ],
  ])('reads %j as %s', (reason, category) => {
    expect(analyse(`Claim 64-0021 was not paid.\n${reason}`).category).toBe(category);
  });
});

describe('document kind and disclosures (batch 7)', () => {
  it.each([
    [
      '  Procedure                 Code    Decision',
      '  Septoplasty               30520   APPROVED',
      '  Rhinoplasty, primary      30410   NOT APPROVED',
    ].join('\n'),
    'The claim has been processed, but part of the charge was not allowed. Reason: the level was changed.',
    'PART 1 - WHAT WE APPROVED\nThe drug is approved.\nPART 2 - WHAT WE DID NOT APPROVE\nThe hospital site is not approved.',
  ])('reads %j as a partial denial', (text) => {
    expect(analyse(text).documentKind.value).toBe('partial_denial');
  });

  it('shows criteria a coding denial quotes anyway, and none it does not owe', () => {
    const status = (text: string) =>
      analyse(text).disclosures.find((d) => d.element === 'criteria_or_guideline')?.status;
    const base =
      'Member ID: QF-55120 Claim 71-0092\nReason: Level of service changed to match documentation.';
    expect(
      status(
        `${base}\nWe applied our Medical Policy MP-214, "Emergency Department Levels", which you may request free of charge.`,
      ),
    ).toBe('present');
    expect(status(base)).toBe('not_applicable');
  });
});

describe('provider enrolment and payment statements (batch 7)', () => {
  it('reads a doctor "listed on the claim as ordering these scans" who is not enrolled as coding', () => {
    const r = analyse(
      'Claim 88-1002 not paid.\nOR4 Ordering / referring provider edit. The doctor listed on the claim as ordering these scans is not enrolled with the program.',
    );
    expect(r.category).toBe('coding_billing');
  });

  it('reads "this notice tells you what your plan paid" as a payment notice with no deadline', () => {
    const r = analyse(
      'THIS IS NOT A BILL. This notice tells you what your plan paid for drugs and vaccines you got in October 2026.\n  Plan paid   $238.87\n  You paid      $0.00',
    );
    expect(r.documentKind.value).toBe('payment_notice');
    expect(r.deadlines).toEqual([]);
    expect(r.pendingDeadlines).toEqual([]);
  });
});

describe('Medicare Summary Notice disclosures', () => {
  const msn = [
    'Medicare Summary Notice                                   June 12, 2025',
    'Claim Number: 25-2211-00417-1',
    '03/10/25 Walker, folding (E0135)   NO   $88.00   $0.00   $0.00   $88.00   A',
    '',
    'Notes for Claims Above',
    'A  The information your supplier sent doesn’t show that you need a walker in the',
    '   home. This is based on the local coverage rules for walkers.',
  ].join('\n');
  const status = (element: string) =>
    analyse(msn).disclosures.find((d) => d.element === element)?.status;

  it("reads the notes legend as each code's meaning and the local coverage rules as the criteria", () => {
    expect(status('denial_code_meaning')).toBe('present');
    expect(['present', 'vague']).toContain(status('criteria_or_guideline'));
  });

  it('reads "the information your supplier sent doesn’t show" as the clinical rationale', () => {
    expect(status('clinical_rationale')).toBe('present');
  });
});

it('reads every claim of a summary notice that lists several, each under its own header', () => {
  const text = [
    'Claim number 26040338120',
    'Service          Code    Approved?  Provider    Medicare    Medicare   Max you may',
    '                                    charged     approved    paid       be billed',
    '02/09/2026       99214   Yes         $185.00     $128.40    $102.72       $25.68',
    'Total for this claim                 $185.00     $128.40    $102.72       $25.68',
    '',
    'Claim number 26091440038250',
    'Service          Code    Approved?  Provider    Medicare    Medicare   Max you may',
    '                                    charged     approved    paid       be billed',
    '02/09/2026       93229   No        $1,150.00      $0.00      $0.00     $1,150.00',
    '03/10/2026       93228   No           $62.00      $0.00      $0.00        $62.00',
  ].join('\n');
  const f = analyse(text).fields;
  expect(f.serviceLines.map((l) => l.code)).toEqual(['99214', '93229', '93228']);
  expect(f.deniedAmount?.value).toBe(1212);
});

it('takes the state rule a Medicaid decision rests on as its plan provision, not the appeal rules', () => {
  const status = (text: string) =>
    analyse(text).disclosures.find((d) => d.element === 'plan_provision')?.status;
  const notice = [
    'NOTICE OF ADVERSE BENEFIT DETERMINATION',
    'Medicaid ID: 100493827615',
    'Reason: your attendant care hours are reduced from 40 to 32 hours a week after your reassessment.',
  ];
  expect(
    status(
      [...notice, 'This decision follows Kansas Administrative Regulation K.A.R. 30-5-308.'].join(
        '\n',
      ),
    ),
  ).toBe('present');
  expect(
    status(
      [
        ...notice,
        '',
        'YOUR RIGHT TO APPEAL',
        'You may appeal under 42 CFR 438.402 within 60 days.',
      ].join('\n'),
    ),
  ).toBe('missing');
});
