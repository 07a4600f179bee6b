// Wording first met on the thirty-fifth batch of unseen letters (corpus files `b35a-*` …
// `b35d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, disclosureStatus } from './test-fixtures/analyse.test-helper';

describe('batch 35', () => {
  it('dates a letter by the date alone under its signature', () => {
    const r = analyse(
      [
        'RE: Notice of Adverse Benefit Determination',
        'Claim Ref. No.:  26-0331-88213-ST',
        'We are unable to pay this claim because no prior authorization was obtained.',
        'Sincerely,',
        '',
        'Marguerite Osei',
        'Claims Review Specialist',
        'April 21, 2025',
        '',
        'cc: Greystone Ambulatory Surgery Center',
      ].join('\n'),
    );
    expect(r.fields.noticeDate?.value).toBe('2025-04-21');
    expect(r.fields.claimNumber?.value).toBe('26-0331-88213-ST');
  });

  it('takes no date far below the closing for the letter date', () => {
    const lines = ['Claim #: 26-0411-7781', 'We denied the claim.', 'Sincerely,'];
    for (let i = 0; i < 40; i++) lines.push(`Line ${i} of the enclosure`);
    lines.push('March 3, 2025');
    expect(analyse(lines.join('\n')).fields.noticeDate).toBeNull();
  });

  it('counts a window "from the date of that notice" from the notice, not from another paper', () => {
    const r = analyse(
      'Decision date: 07/01/2025\nA written notice of this decision was mailed to the member on 07/01/2025. The member may request a plan reconsideration within 65 calendar days from the date of that notice.',
    );
    expect(r.fields.statedDeadline?.value).toMatchObject({ days: 65, anchor: 'notice' });
    const other = analyse(
      'Notice date: 03/01/2025\nThe claim was denied. It would have been timely if filed within 90 days of that remittance date.',
    );
    expect(other.fields.statedDeadline).toBeNull();
  });

  it('reads "your plan does not cover experimental or investigational services" as the ground', () => {
    const r = analyse(
      'Claim #: 26-0411-7781\nWe cannot approve HIPEC. Your plan considers HIPEC for this use to be investigational, and your plan does not cover experimental or investigational services. The guidelines used are attached. HIPEC is not covered for this diagnosis.',
      { categoryModel: null },
    );
    expect(r.category).toBe('experimental_investigational');
  });

  it('reads "We approved part of the request and did not approve the rest" as a partial denial', () => {
    const r = analyse(
      'Reference number: UM-2026-0414-3381\nWe reviewed the request to continue private duty nursing. We approved part of the request and did not approve the rest.',
    );
    expect(r.documentKind.value).toBe('partial_denial');
  });

  it.each([
    [
      'WHY: We denied this claim. We asked the clinic for the visit notes and the referral form and never got them.',
      'present',
    ],
    ['WHY: We denied this claim. Appeal in writing within 180 days of receipt.', 'missing'],
  ])('a decision sentence followed by its reason: %s', (line, status) => {
    const r = analyse(`Claim: 26093R004471\nMember #: BSH0048813207\n${line}`);
    expect(disclosureStatus(r, 'specific_reason')).toBe(status);
  });
});
