// Wording and layouts first met on the fourth batch of unseen letters (corpus files `u4a-*` /
// `u4b-*`, scored before any change). Short invented lines, so a fix that only fits those letters
// fails here.
import { describe, expect, it } from 'vitest';
import { analyse } from './test-fixtures/analyse.test-helper';
import { extractStatedDeadline } from './extract/extract-appeal';
import { findPlaceholders } from './text/placeholders';
import { prepareText } from './text/prepare-text';

const window = (text: string) => extractStatedDeadline(prepareText(text)).statedDeadline?.value;

describe('windows that are not appeal windows (a wrong date is the worst bug)', () => {
  it('does not take a peer-to-peer call window or a send-the-EOB window for the appeal window', () => {
    const text = [
      'Talk with our physician reviewer (peer-to-peer)',
      'The attending physician may discuss this decision with the reviewing',
      'physician. Call 1-877-555-0159 within 5 business days of the date of this letter.',
      '',
      'Please send the primary EOB within 90 days of the date of this letter.',
      '',
      'Appeal rights: an appeal must be received within sixty (60) calendar days of the date of this letter.',
    ].join('\n');
    expect(window(text)).toMatchObject({ days: 60, anchor: 'notice' });
  });

  it('reads a window named as a field of an export', () => {
    expect(window('HDR,timely_filing_limit_days,180\nAPL,appeal_window_days,90\n')).toMatchObject({
      days: 90,
      anchor: 'notice',
    });
  });

  it.each([
    ['within 65 days from the date this notice was issued', 'notice'],
    ['within 60 calendar days from the date mailed shown at the top of this notice', 'notice'],
    ['within 180 days from when you get this letter', 'receipt'],
  ])('reads the anchor of "%s"', (line, anchor) => {
    expect(window(`Your appeal must be received ${line}.`)?.anchor).toBe(anchor);
  });
});

describe('category wording (batch 4)', () => {
  it.each([
    [
      'Reason: The trip did not meet medical necessity requirements for ambulance transport. Trips are covered only when other transport would endanger your health.',
      'medical_necessity',
    ],
    [
      "Reason: The bite score on this request is below the program's qualifying number of 26 points.",
      'medical_necessity',
    ],
    ['Claim 25-7781 for 97110 on 03/04/2025 denied - see remark N115.', 'medical_necessity'],
    [
      'Reason: the plan pays for one pair of lenses every 12 months. Next eligible: 02/10/2026.',
      'eligibility_coverage',
    ],
    [
      "Agent: claim 88-1123 came back unpaid since Brookside Urgent Care isn't one of our contracted EPO providers.",
      'out_of_network',
    ],
  ])('%s -> %s', (text, expected) => {
    expect(analyse(text).category).toBe(expected);
  });
});

describe('plan type and bracketed data (batch 4)', () => {
  it('keeps a bracketed line of real data (pipes, long ids) readable, a placeholder blank', () => {
    const text =
      '[Secure chat summary | Willowmere Health Marketplace Silver EPO (individual plan) | Member ID WMH-60218845]\n[Member Name]\n';
    expect(findPlaceholders(text)).toHaveLength(1);
    expect(analyse(text).regime).toBe('aca_individual');
  });

  it('reads an employee benefits trust as an employer plan and OCR\'d "Farnily Plans" as ACA', () => {
    expect(
      analyse('BLUE HERON ENGINEERING EMPLOYEE BENEFITS TRUST - MEDICAL PLAN\nGroup: BHE-EMP-07\n')
        .regime,
    ).toBe('erisa_group_health');
    expect(analyse('SUMMIT HEALTH\nlndividual & Farnily Plans - 0n/Off Exchange\n').regime).toBe(
      'aca_individual',
    );
  });
});

describe('large print and chat layouts (batch 4)', () => {
  it('reads values printed on the line below their label, and dates under a capitals label', () => {
    const r = analyse(
      'A MEDICARE ADVANTAGE PLAN\n\nMEMBER NUMBER:\nSGY 4471 0932 16\n\nCLAIM NUMBER:\n25-214-LAB-07731\n\nIT IS FOR BLOOD\nTESTS DONE ON\nJULY 30, 2025.\n',
    );
    expect(r.fields.memberId?.value).toBe('SGY 4471 0932 16');
    expect(r.fields.claimNumber?.value).toBe('25-214-LAB-07731');
    expect(r.fields.serviceDates?.value).toEqual(['2025-07-30']);
  });

  it('keeps no label for a date that only wraps in prose', () => {
    const r = analyse(
      'Your disability index was 38 percent at your first visit on\n04/21/2025 and 36 percent later.\n',
    );
    expect(r.fields.serviceDates?.value ?? []).toEqual([]);
  });

  it('reads "came back unpaid since …" as the stated reason', () => {
    const r = analyse(
      "Agent (Dana): claim 88-1123 came back unpaid since Brookside Urgent Care isn't one of our contracted EPO providers.",
    );
    expect(r.fields.statedReason?.value).toMatch(/unpaid since Brookside/);
  });
});

describe('codes and claim ids (batch 4)', () => {
  it('reads "Claim 25-7781 for 97110 on 03/04/2025": the code and its date of service', () => {
    const r = analyse('Claim 25-7781 for 97110 on 03/04/2025 denied - see remark N115.');
    expect(r.fields.cptHcpcs?.value).toEqual(['97110']);
    expect(r.fields.serviceDates?.value).toEqual(['2025-03-04']);
  });

  it('never takes "Code on claim: 93306-26" for the claim number', () => {
    const r = analyse(
      'Re:   Claim 2025-298-61704, your echocardiogram reading\n   Code on claim: 93306-26  (echocardiography)\n',
    );
    expect(r.fields.claimNumber?.value).toBe('2025-298-61704');
  });

  it('reads a code in a "| Service billed: |" grid row', () => {
    expect(
      analyse('| Service billed:                | 72148 - Magnetic resonance imaging, lumbar  |\n')
        .fields.cptHcpcs?.value,
    ).toEqual(['72148']);
  });
});
