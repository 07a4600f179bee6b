// Compares one Record Check result with a corpus letter's hand-checked truth, item by item, and
// projects the result to the compact "golden" form kept beside each letter. Used by the golden spec
// and the accuracy bench, so both score exactly the same way.
import type { DisclosureElement, DisclosureStatus } from '@claimlane/shared-contracts';
import { amountMatches, idMatches, setMatches } from './accuracy-metrics';
import type { RecordCheckResult } from './record-check.types';

/** Structural copy of the corpus truth (the loader's type lives in the testing lib). */
export interface Truth {
  documentKind: string;
  template?: boolean;
  category: string | null;
  regime: string;
  fields: {
    memberId?: string | null;
    claimNumber?: string | null;
    cptHcpcs?: string[];
    icd10?: string[];
    deniedAmount?: number | null;
    noticeDate?: string | null;
    serviceDates?: string[];
  };
  disclosures: Partial<Record<DisclosureElement, string>>;
  statedWindow: { days: number; anchor: 'notice' | 'receipt' } | null;
  filingDeadline: { kind: string; due: string } | { kind: string; needsDate: true } | null;
}

/** The metric groups of issue 7's table. */
export type Metric =
  | 'documentKind'
  | 'category'
  | 'regime'
  | 'disclosures'
  | 'filingDeadline'
  | 'keyFields'
  | 'statedWindow';

export interface Check {
  /** `category`, `fields.memberId`, `disclosures.external_review_info`… (the knownGaps ids). */
  item: string;
  metric: Metric;
  ok: boolean;
  expected: unknown;
  got: unknown;
}

const AS_PRESENT: Record<DisclosureStatus, string> = {
  present: 'present',
  vague: 'present',
  missing: 'missing',
  not_applicable: 'not_applicable',
};

/** Member filing kinds in the order the engine may name the next step. */
const FILING_KINDS = [
  'member_appeal_filing',
  'second_level_appeal_filing',
  'external_review_request',
  'state_fair_hearing_request',
];

const DAY = 86_400_000;
const daysApart = (a: string, b: string): number =>
  Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) /
  DAY;

export function documentKindOf(r: RecordCheckResult): string {
  return r.documentKind.value;
}

/** Deadlines that still need a date (no anchor): shown, not timed. */
function pendingKinds(r: RecordCheckResult): string[] {
  return r.pendingDeadlines.map((d) => d.kind);
}

export function scoreAgainstTruth(t: Truth, r: RecordCheckResult): Check[] {
  const out: Check[] = [];
  const add = (item: string, metric: Metric, ok: boolean, expected: unknown, got: unknown) =>
    out.push({ item, metric, ok, expected, got });

  const kind = documentKindOf(r);
  add('documentKind', 'documentKind', kind === t.documentKind, t.documentKind, kind);
  if (t.category !== null)
    add('category', 'category', r.category === t.category, t.category, r.category);
  add('regime', 'regime', r.regime === t.regime, t.regime, r.regime);

  const f = r.fields;
  const tf = t.fields;
  if ('memberId' in tf) {
    const got = f.memberId?.value ?? null;
    add(
      'fields.memberId',
      'keyFields',
      tf.memberId === null ? got === null : idMatches(tf.memberId ?? '', got),
      tf.memberId,
      got,
    );
  }
  if ('claimNumber' in tf) {
    const got = f.claimNumber?.value ?? null;
    add(
      'fields.claimNumber',
      'keyFields',
      tf.claimNumber === null ? got === null : idMatches(tf.claimNumber ?? '', got),
      tf.claimNumber,
      got,
    );
  }
  if (tf.cptHcpcs) {
    const got = f.cptHcpcs?.value ?? [];
    add('fields.cptHcpcs', 'keyFields', setMatches(tf.cptHcpcs, got), tf.cptHcpcs, got);
  }
  if (tf.icd10) {
    const got = f.icd10?.value ?? [];
    add('fields.icd10', 'keyFields', setMatches(tf.icd10, got), tf.icd10, got);
  }
  if ('deniedAmount' in tf) {
    const got = f.deniedAmount?.value ?? null;
    add(
      'fields.deniedAmount',
      'keyFields',
      tf.deniedAmount === null ? got === null : amountMatches(tf.deniedAmount ?? NaN, got),
      tf.deniedAmount,
      got,
    );
  }
  if ('noticeDate' in tf) {
    const got = f.noticeDate?.value ?? null;
    add('fields.noticeDate', 'keyFields', got === (tf.noticeDate ?? null), tf.noticeDate, got);
  }
  if (tf.serviceDates) {
    const got = f.serviceDates?.value ?? [];
    add('fields.serviceDates', 'keyFields', setMatches(tf.serviceDates, got), tf.serviceDates, got);
  }

  for (const [element, expected] of Object.entries(t.disclosures)) {
    const d = r.disclosures.find((x) => x.element === element);
    const got = d ? AS_PRESENT[d.status] : null;
    add(`disclosures.${element}`, 'disclosures', got === expected, expected, got);
  }

  if (documentKindOf(r) !== 'approval' || t.documentKind === 'approval') {
    const sw = f.statedDeadline?.value ?? null;
    const got = sw ? { days: sw.days, anchor: sw.anchor } : null;
    const ok =
      t.statedWindow === null
        ? got === null
        : got !== null && got.days === t.statedWindow.days && got.anchor === t.statedWindow.anchor;
    add('statedWindow', 'statedWindow', ok, t.statedWindow, got);
  }

  const fd = t.filingDeadline;
  if (fd === null) {
    const got = [...r.deadlines.map((d) => d.kind), ...pendingKinds(r)];
    add('filingDeadline', 'filingDeadline', got.length === 0, [], got);
  } else if ('needsDate' in fd) {
    const timed = r.deadlines.filter((d) => FILING_KINDS.includes(d.kind)).map((d) => d.due);
    const pending = pendingKinds(r).filter((k) => FILING_KINDS.includes(k));
    add(
      'filingDeadline',
      'filingDeadline',
      timed.length === 0 && pending.length > 0,
      'needs_date',
      timed.length ? timed : pending,
    );
  } else {
    const filing =
      r.deadlines.find((d) => d.kind === fd.kind) ??
      r.deadlines.find((d) => FILING_KINDS.includes(d.kind));
    const got = filing ? `${filing.kind} ${filing.due.slice(0, 10)}` : null;
    add(
      'filingDeadline',
      'filingDeadline',
      !!filing && daysApart(filing.due, fd.due) <= 7,
      `${fd.kind} ${fd.due}`,
      got,
    );
  }
  return out;
}

/** The compact, stable view of a result kept as `golden` in each expected file. */
export function goldenProjection(r: RecordCheckResult): Record<string, unknown> {
  const f = r.fields;
  return {
    documentKind: r.documentKind.value,
    documentKindConfidence: r.documentKind.confidence,
    category: r.category,
    categoryDecidedBy: r.categoryEvidence.decidedBy,
    categoryScore: r.categoryEvidence.score,
    categoryConfidence: r.categoryEvidence.confidence ?? null,
    categoryEvidenceKind: r.categoryEvidence.evidenceKind ?? null,
    regime: r.regime,
    regimeDecidedBy: r.regimeEvidence.decidedBy,
    regimeScore: r.regimeEvidence.score,
    regimeConfidence: r.regimeEvidence.confidence ?? null,
    regimeEvidenceKind: r.regimeEvidence.evidenceKind ?? null,
    serviceType: r.serviceType.value,
    determinationLevel: r.determinationLevel,
    fields: {
      payer: f.payer?.value ?? null,
      memberId: f.memberId?.value ?? null,
      claimNumber: f.claimNumber?.value ?? null,
      cptHcpcs: f.cptHcpcs?.value ?? [],
      icd10: f.icd10?.value ?? [],
      billedAmount: f.billedAmount?.value ?? null,
      deniedAmount: f.deniedAmount?.value ?? null,
      noticeDate: f.noticeDate?.value ?? null,
      serviceDates: f.serviceDates?.value ?? [],
      statedDeadline: f.statedDeadline
        ? {
            days: f.statedDeadline.value.days,
            anchor: f.statedDeadline.value.anchor,
            purpose: f.statedDeadline.value.purpose,
          }
        : null,
    },
    carc: r.carc,
    rarc: r.rarc,
    disclosures: Object.fromEntries(r.disclosures.map((d) => [d.element, d.status])),
    deadlines: r.deadlines.map((d) => `${d.kind} ${d.due} ${d.rule}`),
    pendingDeadlines: r.pendingDeadlines.map((d) => `${d.kind} ${d.status} ${d.rule}`),
    findings: r.findings.map((x) => `${x.severity} ${x.kind}${x.element ? ` ${x.element}` : ''}`),
    nextQuestions: r.nextQuestions.map((q) => q.id),
    strongestGround: r.strongestGround?.ground ?? null,
    questionsForUser: r.questionsForUser.map((q) => q.decides),
  };
}
