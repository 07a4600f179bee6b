// Wording first met on the twenty-seventh batch of unseen letters (corpus files `u27a-*` …
// `u27d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory, disclosureStatus } from './test-fixtures/analyse.test-helper';

describe('batch 27', () => {
  it.each([
    'The lab that ran this test is not contracted with your plan.',
    'Dr. Ames is not contracted with your Bronze 60 plan, so this visit was not paid.',
  ])('reads a provider not contracted with the plan as out of network: %s', (reason) => {
    expect(cueCategory(reason)).toBe('out_of_network');
  });

  const FINAL =
    'Notice date: 08/22/2025\nClaim 25-1122: your appeal is denied and the denial of the inpatient days is upheld; the records do not show acute inpatient care was needed.\nThis plan is governed by ERISA.\n';

  it('takes a window in months, with where to send, as the time limit of a final decision', () => {
    const r = analyse(
      `${FINAL}External review: you must make your request in writing within four (4) months after the date you receive this letter. Send it to Plan Appeals, PO Box 1, Dayton, OH 45401.`,
    );
    expect(disclosureStatus(r, 'appeal_procedures_and_time_limits')).toBe('present');
  });

  it('does not take a months window that runs from a decision still to come', () => {
    const r = analyse(
      `${FINAL}If we uphold our decision on appeal, you may ask in writing for an external review within 4 months after you receive our final decision.`,
    );
    expect(disclosureStatus(r, 'appeal_procedures_and_time_limits')).not.toBe('present');
  });

  it('reads "a reduction of 10 hours each week" as a partial denial', () => {
    const r = analyse(
      'Date of this notice: May 16, 2025\nMedicaid ID: 44120987\nYou now get 28 hours each week of home health aide services. Starting 06/02/2025 we will approve 18 hours each week. This is a reduction of 10 hours each week.\nYou can ask for an appeal within 60 days of the date of this notice.',
    );
    expect(r.documentKind.value).toBe('partial_denial');
  });
});
