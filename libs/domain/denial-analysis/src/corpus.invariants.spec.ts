// Properties every analysis must have, whatever the letter: checked over the whole corpus.
import { DISCLOSURE_ELEMENTS } from '@claimlane/shared-contracts';
import { loadLetterCorpus } from '@claimlane/testing-fixtures';
import { describe, expect, it } from 'vitest';
import { analyzeDenial } from './analyze-denial';
import { parseMoney } from './extract/eob-table';
import { findDatesIn, parseDateString } from './extract/extract-dates';
import { normaliseOcrDigits } from './text/prepare-text';

const AS_OF = '2026-12-01';
const TEXT_FIELDS = [
  'payer',
  'memberId',
  'groupNumber',
  'claimNumber',
  'patient',
  'provider',
  'statedReason',
  'planProvision',
  'planName',
  'memberName',
  'relatedClaimNumber',
] as const;

describe.each(loadLetterCorpus().map((l) => [l.file, l] as const))('%s', (_file, { text }) => {
  const r = analyzeDenial(text, { asOf: AS_OF });

  it('reports all 13 disclosures in the fixed order', () => {
    expect(r.disclosures.map((d) => d.element)).toEqual([...DISCLOSURE_ELEMENTS]);
  });

  it('points every field span at its source text', () => {
    const f = r.fields;
    // Values are read after the same-length OCR repair ("2O25" → "2025", "lnterQual" → "InterQual"),
    // some from the repaired text and some from the original: both sides are compared repaired.
    // A damaged scan is repaired as a whole ("Esquive1" → "Esquivel" only where three or more
    // words show damage), so a slice is also compared as the whole repaired text has it.
    const repaired = (s: string): string => normaliseOcrDigits(s).replace(/\s+/g, ' ').trim();
    const wholeRepaired = normaliseOcrDigits(text);
    const slice = (span: [number, number]): string => repaired(text.slice(span[0], span[1]));
    const sliceInWhole = (span: [number, number]): string =>
      repaired(wholeRepaired.slice(span[0], span[1]));
    for (const name of TEXT_FIELDS) {
      const field = f[name];
      if (!field) continue;
      // An id wrapped in a table cell is read from its pieces, joined.
      const read = (at: (span: [number, number]) => string): string =>
        field.pieces ? field.pieces.map(at).join('') : at(field.span);
      expect([read(slice), read(sliceInWhole)], name).toContain(repaired(field.value));
    }
    for (const name of ['noticeDate', 'receivedDate', 'claimReceivedDate'] as const) {
      const field = f[name];
      if (field)
        expect(
          [parseDateString(slice(field.span)), parseDateString(sliceInWhole(field.span))],
          name,
        ).toContain(field.value);
    }
    // A range's first day may print no year ("Mar 23 - Apr 9, 2025"): read it as the finder does.
    const dates = findDatesIn(normaliseOcrDigits(text));
    // A paper remittance prints a row's days as MMDD and MMDDYY ("0209 020926").
    const compact = (iso: string, s: string): boolean =>
      s === `${iso.slice(5, 7)}${iso.slice(8, 10)}` ||
      s === `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(2, 4)}`;
    for (const d of f.serviceDates?.spans ?? []) {
      const hit = dates.find((h) => h.span[0] === d[0] && h.span[1] === d[1]);
      const read =
        hit?.iso ??
        parseDateString(slice(d)) ??
        f.serviceDates?.value.find((iso) => compact(iso, slice(d)));
      expect(f.serviceDates?.value).toContain(read);
    }
    for (const name of ['billedAmount', 'deniedAmount', 'paidAmount'] as const) {
      const field = f[name];
      if (field && !field.derived) expect(parseMoney(slice(field.span)), name).toBe(field.value);
    }
    for (const c of f.cptHcpcs?.spans ?? []) expect(f.cptHcpcs?.value).toContain(slice(c));
    for (const d of r.disclosures)
      if (d.span) expect(d.span[1]).toBeLessThanOrEqual(r.input.analyzedLength);
  });

  it('picks a strongest ground only from its own findings', () => {
    for (const id of r.strongestGround?.basedOn ?? [])
      expect(r.findings.map((x) => x.id)).toContain(id);
  });

  it('never dates a deadline from the analysis day', () => {
    for (const d of r.deadlines) expect(d.anchor.date).not.toBe(AS_OF);
  });
});
