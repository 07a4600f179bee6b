import {
  DISCLOSURE_ELEMENTS,
  type DisclosureElement,
  type DisclosureStatus,
} from '@claimlane/shared-contracts';
import { describe, expect, it } from 'vitest';
import { analyzeDenial } from './analyze-denial';
import { parseMoney } from './extract/eob-table';
import { parseDateString } from './extract/extract-dates';
import type { RecordCheckResult } from './record-check.types';
import { loadSampleLetters, sampleLetterFiles } from './sample-letters.test-helper';

/**
 * Every labelled sample letter, end to end.
 *
 * Disclosure rule: the labels have three states; the engine has four. `vague` means the notice
 * addresses the element (a field, a sentence) but not adequately. The labels' notes define
 * "present" as "the template has a field or paragraph for the item", so `vague` compares as
 * present; the inadequacy still surfaces as a `vague_disclosure` finding. Conversely a missing
 * time limit makes appeal procedures `missing` even if a review is mentioned (c07's label).
 *
 * Judgement calls flagged "arguable" in the notes (c01 denial_code_meaning, c07 regime, c09
 * external_review_info, c11's strict reading) are asserted as labelled: the engine agrees with
 * each label, so no alternative is accepted here.
 */
const LABELLED_AS: Record<'present' | 'missing' | 'not_applicable', readonly DisclosureStatus[]> = {
  present: ['present', 'vague'],
  missing: ['missing'],
  not_applicable: ['not_applicable'],
};

const samples = loadSampleLetters();
// A fixed "today" after every sample's notice date, so deadlines are computed the same way on any day.
const AS_OF = '2026-01-15';

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

function statusOf(r: RecordCheckResult, e: DisclosureElement): DisclosureStatus {
  const d = r.disclosures.find((x) => x.element === e);
  if (!d) throw new Error(`no disclosure ${e}`);
  return d.status;
}

function stripNote(v: unknown): unknown {
  return typeof v === 'string' ? v.replace(/\s*\([^)]*\)\s*$/, '') : v;
}

describe('sample letters', () => {
  it('has a label for every letter file', () => {
    expect(samples.map((s) => s.label.file).sort()).toEqual(sampleLetterFiles());
  });

  describe.each(samples.map((s) => [s.label.file, s] as const))('%s', (_file, { label, text }) => {
    const r = analyzeDenial(text, { asOf: AS_OF });

    it('classifies category and regime as labelled', () => {
      expect(r.category).toBe(label.category);
      expect(r.regime).toBe(label.regime);
    });

    it('reports all 13 disclosures in the fixed order', () => {
      expect(r.disclosures.map((d) => d.element)).toEqual([...DISCLOSURE_ELEMENTS]);
    });

    it.each([
      ...label.disclosures_present.map((e) => [e, 'present'] as const),
      ...label.disclosures_missing.map((e) => [e, 'missing'] as const),
      ...(label.disclosures_not_applicable ?? []).map((e) => [e, 'not_applicable'] as const),
    ])('disclosure %s is %s', (element, expected) => {
      expect(LABELLED_AS[expected]).toContain(statusOf(r, element));
    });

    it('finds the member filing window the letter states', () => {
      const days = label.appeal_deadline_days;
      if (days === null) {
        expect(r.fields.statedDeadline).toBeNull();
        expect(r.deadlines.some((d) => d.stated !== undefined)).toBe(false);
        return;
      }
      expect(r.fields.statedDeadline?.value.days).toBe(days);
      // The member's next filing: the plan appeal, or the fair hearing after a final determination.
      const filing = r.deadlines.find(
        (d) =>
          [
            'member_appeal_filing',
            'state_fair_hearing_request',
            'second_level_appeal_filing',
          ].includes(d.kind) && d.stated,
      );
      expect(filing?.stated?.days).toBe(days);
    });

    it('extracts the exactly comparable labelled fields', () => {
      const f = label.fields;
      const arr = (v: unknown): unknown => (v === null ? [] : v);
      const checks: Array<[string, unknown, unknown]> = [
        ['member_id', stripNote(f.member_id ?? null), r.fields.memberId?.value ?? null],
        ['claim_number', f.claim_number ?? null, r.fields.claimNumber?.value ?? null],
        ['dates_of_service', arr(f.dates_of_service ?? null), r.fields.serviceDates?.value ?? []],
        ['denial_date', f.denial_date ?? null, r.fields.noticeDate?.value ?? null],
        ['cpt_hcpcs', arr(f.cpt_hcpcs ?? null), r.fields.cptHcpcs?.value ?? []],
        ['icd10', arr(f.icd10 ?? null), r.fields.icd10?.value ?? []],
        ['billed_amount', f.billed_amount ?? null, r.fields.billedAmount?.value ?? null],
        ['denied_amount', f.denied_amount ?? null, r.fields.deniedAmount?.value ?? null],
      ];
      if ('paid_amount' in f)
        checks.push(['paid_amount', f.paid_amount ?? null, r.fields.paidAmount?.value ?? null]);
      for (const [name, expected, actual] of checks) expect(actual, name).toEqual(expected);
    });

    it('points every field span at its source text', () => {
      const f = r.fields;
      const slice = (span: [number, number]): string =>
        text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
      for (const name of TEXT_FIELDS) {
        const field = f[name];
        if (field) expect(slice(field.span), name).toBe(field.value);
      }
      for (const name of ['noticeDate', 'receivedDate', 'claimReceivedDate'] as const) {
        const field = f[name];
        if (field) expect(parseDateString(slice(field.span)), name).toBe(field.value);
      }
      for (const d of f.serviceDates?.spans ?? [])
        expect(f.serviceDates?.value).toContain(parseDateString(slice(d)));
      for (const name of ['billedAmount', 'deniedAmount', 'paidAmount'] as const) {
        const field = f[name];
        if (field && !field.derived) expect(parseMoney(slice(field.span)), name).toBe(field.value);
      }
      for (const c of f.cptHcpcs?.spans ?? []) expect(f.cptHcpcs?.value).toContain(slice(c));
      for (const c of f.icd10?.spans ?? [])
        expect(f.icd10?.value).toContain(slice(c).replace(/^([A-Z]\d[0-9A-Z])(?=[0-9A-Z])/, '$1.'));
      for (const d of r.disclosures)
        if (d.span) expect(d.span[1]).toBeLessThanOrEqual(r.input.analyzedLength);
    });

    it('never reads past an [EXCERPT ENDS HERE] marker', () => {
      const marker = text.indexOf('[EXCERPT ENDS HERE');
      expect(r.input.excerptMarkerRemoved).toBe(marker !== -1);
      if (marker !== -1) expect(r.input.analyzedLength).toBe(text.lastIndexOf('\n', marker) + 1);
    });

    it('asks for the claim file and picks a ground from its findings', () => {
      expect(r.nextQuestions.map((q) => q.id)).toContain('claim_file');
      if (r.strongestGround && r.strongestGround.basedOn.length > 0)
        for (const id of r.strongestGround.basedOn)
          expect(r.findings.map((x) => x.id)).toContain(id);
    });
  });
});
