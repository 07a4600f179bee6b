// Wording first met on the thirty-second batch of unseen letters (corpus files `b32a-*` …
// `b32d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, filingDue } from './test-fixtures/analyse.test-helper';

describe('batch 32', () => {
  describe('a final appeal decision that quotes the first denial', () => {
    const text = [
      'ORCHARD VALLEY EMPLOYEE HEALTH PLAN',
      '',
      'June 2, 2025',
      '',
      'RE: FINAL INTERNAL APPEAL DECISION - DENIAL UPHELD',
      '     Member ID:                  OVE-4410283',
      '     Appeal case number:         APL-2025-00912',
      '     Pre-service request number: PSR-2025-0311-7720',
      '     Initial denial date:        March 14, 2025',
      '',
      'We upheld our decision: the requested treatment is experimental for your condition.',
      'You may ask for an external review within 180 days after you receive this letter.',
    ].join('\n');

    it('dates the notice by this letter, not by the first denial it quotes', () => {
      expect(analyse(text).fields.noticeDate?.value).toBe('2025-06-02');
    });

    it('names the claim by the original request, not the appeal case', () => {
      expect(analyse(text).fields.claimNumber?.value).toBe('PSR-2025-0311-7720');
    });
  });

  it('takes an appeal case number when nothing else names the claim', () => {
    const r = analyse('Appeal case number: APL-2025-00912\nWe upheld the denial of your claim.');
    expect(r.fields.claimNumber?.value).toBe('APL-2025-00912');
  });

  describe('an e-mail notice', () => {
    const text =
      'From: Birchline Benefits Claims <notices@birchline.example>\nDate: Tue, 11 Mar 2025 09:12:40 -0500\nSubject: Claim 25-0302-11873 - not covered\n\nYour claim 25-0302-11873 for the 02/20/2025 visit at Elm Street Clinic was denied because your coverage under the Kestrel Foods Employee Health Plan ended on 01/31/2025. You can send a written appeal within 180 days of the date of this e-mail.';

    it('reads the Date header, weekday and all, as the notice date', () => {
      expect(analyse(text).fields.noticeDate?.value).toBe('2025-03-11');
      expect(filingDue(text)).toBe('2025-09-07');
    });

    it('reads the window counted from the e-mail', () => {
      expect(analyse(text).fields.statedDeadline?.value).toMatchObject({ days: 180 });
    });

    it('reads the date of "the visit" the claim was for', () => {
      expect(analyse(text).fields.serviceDates?.value).toEqual(['2025-02-20']);
    });
  });

  it('reads a notice of Medicare itself deciding a claim as Original Medicare', () => {
    const r = analyse(
      'MEDICARE PART B CLAIM NOTICE - Oct 2, 2025\nMedicare received a claim from Lakeview Pharmacy for your flu shot on 09/12/2025. We did not pay it because it is a duplicate of a claim already paid.',
    );
    expect(r.regime).toBe('medicare_ffs');
    expect(r.fields.serviceDates?.value).toEqual(['2025-09-12']);
  });

  it('reads a portal printout with buttons and tabs as a letter, not a blank form', () => {
    const r = analyse(
      [
        'Home | Claims | Authorizations            [Log Out]',
        '[ Summary ]  [ Services ]  [ Documents (2) ]  [ Notes ]',
        'Authorization Number ... PA25-0412-55101        Status ... DENIED',
        'Decision Reason',
        'Reason code: MN-DME-09  Clinical criteria not met',
        'The sleep study does not show the number of events our guideline requires for a CPAP machine.',
        '[View]  [ Print this page ]  [ Back to Authorizations ]',
      ].join('\n'),
    );
    expect(r.input.looksLikeTemplate).toBe(false);
    expect(r.category).toBe('medical_necessity');
  });

  it('reads an adjustment printed under its row as that row, refused for its amount', () => {
    const r = analyse(
      [
        'Remittance date: 04/02/2025',
        'LN DOS      CODE  UNT   BILLED  ALLOWED    PAID  ADJ CODES',
        '01 03/11/25 99213   1   180.00   120.00   96.00  CO-45  60.00',
        '                                                 PR-2   24.00',
        '02 03/11/25 20610   3   555.00   237.00  189.60  CO-45 133.00',
        '                                                 CO-151 185.00',
        '                                                 PR-2   47.40',
        'Line 02: units over the daily maximum were not allowed.',
      ].join('\n'),
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['20610']);
    expect(r.fields.deniedAmount?.value).toBe(185);
  });
});
