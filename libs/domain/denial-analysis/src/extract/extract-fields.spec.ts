import { describe, expect, it } from 'vitest';
import type { Field } from '../record-check.types';
import { prepareText } from '../text/prepare-text';
import { extractAppealInstructions, extractStatedDeadline } from './extract-appeal';
import { extractCriteria } from './extract-criteria';
import { extractFields } from './extract-fields';
import { extractIdentifiers } from './extract-identifiers';
import { extractParties } from './extract-parties';
import { extractProvision } from './extract-provision';
import { extractReason } from './extract-reason';

/** A text field's value is its source slice with whitespace collapsed. */
function expectSpan(text: string, f: Field<string> | null, value: string): void {
  expect(f?.value).toBe(value);
  expect(
    text
      .slice(...f!.span)
      .replace(/\s+/g, ' ')
      .trim(),
  ).toBe(value);
}

describe('identifiers', () => {
  it('prefers Member ID over plan member number, and reads claim and group numbers', () => {
    const text =
      'Medicaid ID: 209845517733\nPlan member number: RCHP-55120-8\nClaim Number: 25-0212-88431-00\nGroup: 00771-HOL';
    const ids = extractIdentifiers(prepareText(text));
    expectSpan(text, ids.memberId, '209845517733');
    expectSpan(text, ids.claimNumber, '25-0212-88431-00');
    expectSpan(text, ids.groupNumber, '00771-HOL');
  });

  it('reads a bare "ID:" after a name column, and a policy number as a last resort', () => {
    expect(
      extractIdentifiers(prepareText('Member: Lydia Sorensen        ID: PMB-7720145-01')).memberId
        ?.value,
    ).toBe('PMB-7720145-01');
    expect(extractIdentifiers(prepareText('**Policy Number:** 111222333444')).memberId?.value).toBe(
      '111222333444',
    );
    expect(extractIdentifiers(prepareText('Provider ID: 99887766')).memberId).toBeNull();
  });

  it('reads the claim a duplicate points to separately from the claim number', () => {
    const ids = extractIdentifiers(
      prepareText(
        'Claim ID: SPH-2409-114882\nThis visit was already paid on claim SPH-2409-110457 on 09/20/2024.',
      ),
    );
    expect(ids.claimNumber?.value).toBe('SPH-2409-114882');
    expect(ids.relatedClaimNumber?.value).toBe('SPH-2409-110457');
  });

  it('never takes a placeholder or an empty label as a value', () => {
    const ids = extractIdentifiers(
      prepareText(
        'Enrollee Number: [ID number or CIN]\nClaim #:\nMember ID Number:\nBeneficiary name:',
      ),
    );
    expect([ids.memberId, ids.claimNumber]).toEqual([null, null]);
  });
});

describe('parties', () => {
  it('takes the payer from the letterhead and the plan from "administrator for"', () => {
    const text =
      'EXPLANATION OF BENEFITS - THIS IS NOT A BILL\nPrairie Mutual Benefit Services | Administrator for the Dakota Regional Hospital System Employee Health Plan\n';
    const p = extractParties(prepareText(text));
    expectSpan(text, p.payer, 'Prairie Mutual Benefit Services');
    expectSpan(text, p.planName, 'Dakota Regional Hospital System Employee Health Plan');
  });

  it('skips titles, addresses and form labels in the letterhead', () => {
    const p = extractParties(
      prepareText(
        'Model Notice of Adverse Benefit Determination\nName of Plan\nAddress\nTelephone/Fax\nPO Box 1, Town, PA 17106\n',
      ),
    );
    expect(p.payer).toBeNull();
    expect(
      extractParties(prepareText('SOUTHERN PINES HEALTH (Medicaid Managed Care)\n')).payer?.value,
    ).toBe('SOUTHERN PINES HEALTH');
  });

  it('reads patient, member and provider labels, and a child named in the text', () => {
    const text =
      'Member: Keisha L. Montgomery       Medicaid ID: 1\nRequesting provider: Dr. Victor Anand, Lakeshore Pediatric Neurology (not in our network)\nfor your child, Jaylen Montgomery, for staring spells';
    const p = extractParties(prepareText(text));
    expectSpan(text, p.patient, 'Jaylen Montgomery');
    expectSpan(text, p.memberName, 'Keisha L. Montgomery');
    expectSpan(text, p.provider, 'Dr. Victor Anand, Lakeshore Pediatric Neurology');
  });

  it('reads the reviewer by name and credentials, or by role', () => {
    const named = extractParties(
      prepareText(
        'This decision was made by Dr. Alan Pierce, a physician with expertise in physical medicine.',
      ),
    ).reviewer;
    expect(named?.value).toEqual({
      name: 'Dr. Alan Pierce',
      credentials: 'physician with expertise in physical medicine',
    });
    const role = extractParties(
      prepareText('Our physician reviewer, a board-certified physiatrist, reviewed the notes.'),
    ).reviewer;
    expect(role?.value).toEqual({ name: null, credentials: 'board-certified physiatrist' });
  });
});

describe('reason, provision and criteria', () => {
  it('reads a headed reason and rejects a blank or instructional one', () => {
    const text =
      'Why did we deny your request?\nWe denied the admission because you can walk 150 feet.\n\nNext';
    expectSpan(
      text,
      extractReason(prepareText(text), [], []).statedReason,
      'We denied the admission because you can walk 150 feet.',
    );
    const blank = extractReason(
      prepareText(
        'Reason for Denial:\nAmt.\nCharged\nExplanation of Basis for Determination:\nIf more explanation applies, include that information here.',
      ),
      [],
      [],
    );
    expect(blank.statedReason).toBeNull();
    expect(blank.headingEmpty).toBe(true);
  });

  it('chains a plan citation across documents and titles', () => {
    const text =
      'Under your Member Handbook,\nSection 7 "Using Network Providers," and Ohio Administrative Code 5160-26-03, we cover';
    const r = extractProvision(prepareText(text));
    expectSpan(
      text,
      r.planProvision,
      'Member Handbook, Section 7 "Using Network Providers," and Ohio Administrative Code 5160-26-03',
    );
    expect(r.specific).toBe(true);
  });

  it('does not take an ERISA section for a plan provision; notes a generic plan reference', () => {
    const r = extractProvision(
      prepareText(
        'You may sue under Section 502(a) of ERISA. This is not covered under the terms of your plan.',
      ),
    );
    expect(r.planProvision).toBeNull();
    expect(r.genericMention).not.toBeNull();
  });

  it.each([
    [
      'Keystone Medical Policy RAD-204 "Advanced Imaging of the Spine" requires',
      {
        text: 'Keystone Medical Policy RAD-204',
        id: 'RAD-204',
        name: 'Advanced Imaging of the Spine',
        vendor: null,
      },
    ],
    ['We applied InterQual criteria for acute care.', { vendor: 'InterQual' }],
    ['per MCG guideline A-0123 (ORG)', { vendor: 'MCG' }],
    ['See National Coverage Determination 240.4 for CPAP.', { vendor: 'CMS NCD', id: '240.4' }],
    ['LCD L33718 applies.', { vendor: 'CMS LCD', id: 'L33718' }],
    ['eviCore healthcare Spine Imaging Guidelines were used.', { vendor: 'eviCore' }],
  ])('names the criteria in %j', (text, expected) => {
    expect(extractCriteria(prepareText(text)).criteria?.value).toMatchObject(expected);
  });

  it('records free-of-charge offers and what they cover', () => {
    const c = extractCriteria(
      prepareText(
        'You may request, free of charge, copies of all documents relevant to your claim, including Medical Policy RAD-204. You may request our guidelines.',
      ),
    );
    expect(c.offers.map((o) => [o.free, o.documents, o.criteria])).toEqual([
      [true, true, true],
      [false, false, true],
    ]);
  });
});

describe('appeal instructions and stated deadlines', () => {
  it.each([
    [
      'You may file a written appeal within 180 days of the date you receive this notice.',
      180,
      'receipt',
      'plan_appeal',
    ],
    [
      'ask for an appeal within 60 calendar days from the date\nof this notice.',
      60,
      'notice',
      'plan_appeal',
    ],
    ['within sixty (60) days after the date of this letter', 60, 'notice', 'plan_appeal'],
    ['within one hundred eighty days of receipt of this notice', 180, 'receipt', 'plan_appeal'],
    ['you can ask for a Fair Hearing by [Date+120].', 120, 'notice', 'state_fair_hearing'],
  ])('%j → %i days from %s', (text, days, anchor, purpose) => {
    expect(extractStatedDeadline(prepareText(text)).statedDeadline?.value).toMatchObject({
      days,
      anchor,
      purpose,
    });
  });

  it('reads business days and skips a window counted from a later decision', () => {
    const text =
      'Appeal within 30 business days of this notice. A state hearing may be asked within 120 days of the date of our appeal decision notice.';
    const d = extractStatedDeadline(prepareText(text));
    expect(d.statedDeadline?.value).toMatchObject({ days: 30, dayType: 'business' });
    expect(d.all.find((w) => w.fromLaterEvent)?.value.days).toBe(120);
  });

  it('does not read a payer clock ("we will decide within 72 hours / 30 days") as the member window', () => {
    expect(
      extractStatedDeadline(
        prepareText('We will decide within 30 days. Expedited appeals within 72 hours.'),
      ).statedDeadline,
    ).toBeNull();
  });

  it('reads address, fax and phone from the appeal section only', () => {
    const text =
      'Acme Health | Fax 1-717-555-0199\nYOUR RIGHT TO APPEAL\nMail or fax your written request to Sunbelt Appeals &\nGrievances, PO Box 90210, Tampa, FL 33601; fax 1-813-555-0177. Or call 1-877-555-0166.';
    expect(extractAppealInstructions(prepareText(text))?.value).toEqual({
      address: 'Sunbelt Appeals & Grievances, PO Box 90210, Tampa, FL 33601',
      fax: '1-813-555-0177',
      phone: '1-877-555-0166',
      portal: null,
    });
  });
});

describe('extractFields', () => {
  it('returns null fields, not placeholders, for a blank form', () => {
    const f = extractFields(
      prepareText(
        'Patient Name: [Name]\nClaim #: <claim>\nDate of Service: __________\nProvider: [provider]\nAmount billed: $[amount]',
      ),
    ).fields;
    expect([f.patient, f.claimNumber, f.serviceDates, f.provider, f.billedAmount]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
