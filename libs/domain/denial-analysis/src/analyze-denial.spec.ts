import { DISCLOSURE_ELEMENTS } from '@claimlane/shared-contracts';
import { describe, expect, it } from 'vitest';
import { analyzeDenial } from './analyze-denial';
import { ENGINE_VERSION, RULES_VERSION } from './engine-version';
import { loadLetterCorpus } from '@claimlane/testing-fixtures';

/** Deterministic pseudo-random bytes (no Math.random: the test must be reproducible). */
function junk(length: number, seed = 7): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out.push(String.fromCharCode(s % 256));
  }
  return out.join('');
}

describe('analyzeDenial', () => {
  it('returns a complete, all-unknown result for empty text', () => {
    const r = analyzeDenial('');
    expect(r.category).toBe('other');
    expect(r.regime).toBe('unknown');
    expect(r.regimeEvidence.decidingQuestion).toMatch(/ERISA/);
    expect(
      Object.entries(r.fields).filter(
        ([, v]) => v !== null && !(Array.isArray(v) && v.length === 0),
      ),
    ).toEqual([]);
    expect(r.disclosures.map((d) => d.element)).toEqual([...DISCLOSURE_ELEMENTS]);
    expect(
      r.disclosures.every((d) => d.status === 'missing' || d.status === 'not_applicable'),
    ).toBe(true);
    expect(r.carc).toEqual([]);
    expect(r.nextQuestions.map((q) => q.id)).toContain('claim_file');
    expect(r.version).toEqual({ engine: ENGINE_VERSION, rules: RULES_VERSION });
  });

  it('survives 200 KB of random bytes and returns well-formed output', () => {
    const text = junk(200_000);
    const r = analyzeDenial(text);
    expect(r.input.length).toBe(200_000);
    expect(r.disclosures).toHaveLength(13);
    for (const f of r.findings) if (f.span) expect(f.span[1]).toBeLessThanOrEqual(text.length);
  }, 10_000);

  it('stays linear on adversarial repetition (brackets, spaces, digits, labels)', () => {
    const pieces = [
      '[',
      ' '.repeat(5000),
      '1'.repeat(5000),
      'Provider:'.repeat(2000),
      'Section 1.'.repeat(2000),
      '$1,'.repeat(3000),
      'a '.repeat(20000),
    ];
    for (const p of pieces) expect(analyzeDenial(p).disclosures).toHaveLength(13);
  }, 10_000);

  it('is deterministic and JSON-serializable', () => {
    for (const { text } of loadLetterCorpus()) {
      const a = analyzeDenial(text, { asOf: '2026-01-15' });
      const b = analyzeDenial(text, { asOf: '2026-01-15' });
      expect(JSON.parse(JSON.stringify(a))).toEqual(b);
    }
  });

  it('treats non-string input as empty text instead of throwing', () => {
    expect(analyzeDenial(undefined as unknown as string).regime).toBe('unknown');
  });

  it('lets known facts override what the letter says', () => {
    const text =
      'Notice date: 03/14/2025\nReason: not medically necessary.\nAppeal within 180 days of receipt of this notice.';
    const r = analyzeDenial(text, {
      facts: { regime: 'aca_individual', noticeDate: 'April 1, 2025', serviceType: 'urgent' },
    });
    expect(r.regime).toBe('aca_individual');
    expect(r.regimeEvidence.decidedBy).toBe('facts');
    expect(r.serviceType).toMatchObject({ value: 'urgent', decidedBy: 'facts' });
    const filing = r.deadlines.find((d) => d.kind === 'member_appeal_filing');
    expect(filing?.anchor.date).toBe('2025-04-01');
    expect(r.fields.noticeDate?.value).toBe('2025-03-14');
  });

  it('reads CRLF letters the same as LF letters', () => {
    const lf =
      'Member ID: ABC12345\nClaim Number: 77-1\nDate of Service: 01/02/2025\nReason: not medically necessary.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = analyzeDenial(lf);
    const b = analyzeDenial(crlf);
    expect([
      b.fields.memberId?.value,
      b.fields.claimNumber?.value,
      b.fields.serviceDates?.value,
    ]).toEqual([
      a.fields.memberId?.value,
      a.fields.claimNumber?.value,
      a.fields.serviceDates?.value,
    ]);
  });

  it('computes deadlines from the letter: the stated window and its anchor', () => {
    const r = analyzeDenial(
      'Notice date: 01/10/2025\nA Medicaid Managed Care Plan.\nAsk for an appeal within 60 calendar days from the date of this notice. State fair hearing available.',
    );
    const filing = r.deadlines.find((d) => d.kind === 'member_appeal_filing');
    expect(filing).toMatchObject({
      due: '2025-03-11',
      anchor: { event: 'notice_date', date: '2025-01-10' },
      dayType: 'calendar',
    });
    expect(filing?.stated?.days).toBe(60);
    expect(filing?.citation).toContain('438.402');
  });

  it('anchors a final adverse determination’s stated hearing window on the notice', () => {
    const r = analyzeDenial(
      'FINAL ADVERSE DETERMINATION\nDate: 02/14/2025\nYou asked for a Plan Appeal. You can ask for a Fair Hearing by [Date+120]. Medicaid MMC plan.',
      {},
    );
    expect(r.determinationLevel).toBe('final_internal');
    expect(r.deadlines.find((d) => d.kind === 'state_fair_hearing_request')).toMatchObject({
      due: '2025-06-14',
      stated: { days: 120 },
    });
  });
});
