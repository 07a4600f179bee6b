import type { RecordCheckResult } from '@claimlane/domain-denial-analysis';
import type { NewCaseParts } from '@claimlane/server-appeals';

function splitName(
  full: string | undefined,
): { firstName: string | null; lastName: string | null } | null {
  if (!full) return null;
  const parts = full
    .replace(/\(.*?\)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (!parts.length) return null;
  const last = parts.pop()!;
  return { firstName: parts.join(' ').slice(0, 100) || null, lastName: last.slice(0, 100) };
}

/** Maps a Record Check analysis onto the rows a new case consists of. */
export function caseFromAnalysis(
  a: RecordCheckResult,
  text: string,
  opts: { payerName?: string; sourceDocumentId?: string | null; title?: string; today: string },
): NewCaseParts {
  const f = a.fields;
  // A printed date after the clinic's today is a misread or a typo: the deadline engine did not count
  // from it (needs_date), and stored it would refuse every event dated today as before the denial.
  const possible = (day: string | undefined) => (day && day <= opts.today ? day : null);
  const name = splitName(f.patient?.value);
  const dates = f.serviceDates?.value ?? [];
  const payerName = (opts.payerName ?? f.payer?.value ?? 'Unknown payer').slice(0, 300);
  return {
    payerName,
    patient:
      name || f.memberId
        ? { ...(name ?? {}), memberId: f.memberId?.value.slice(0, 80) ?? null }
        : null,
    claim: {
      claimNumber: f.claimNumber?.value.slice(0, 80) ?? null,
      serviceDateFrom: dates[0] ?? null,
      serviceDateTo: dates[dates.length - 1] ?? null,
      cptHcpcs: f.cptHcpcs?.value ?? [],
      icd10: (f.icd10?.value ?? []).map((c) => c.toUpperCase()),
      billedAmount: f.billedAmount?.value ?? null,
      paidAmount: f.paidAmount?.value ?? null,
      source: 'letter',
    },
    denial: {
      category: a.category,
      regime: a.regime,
      serviceType: a.serviceType.value,
      noticeDate: possible(f.noticeDate?.value),
      receivedDate: possible(f.receivedDate?.value),
      statedReason: f.statedReason?.value.slice(0, 4000) ?? null,
      carc: a.carc,
      rarc: a.rarc,
      deniedAmount: f.deniedAmount?.value ?? null,
      letterText: text,
      analysis: a as unknown as Record<string, unknown>,
      analyzedAt: new Date(),
      sourceDocumentId: opts.sourceDocumentId ?? null,
    },
    caseFields: {
      title: (opts.title ?? `${a.category.replace(/_/g, ' ')} — ${payerName}`).slice(0, 300),
      amountAtStake: f.deniedAmount?.value ?? f.billedAmount?.value ?? null,
      level: a.determinationLevel === 'final_internal' ? 2 : 1,
    },
    initialDeadlines: a.deadlines,
    // A non-denial has none; a denial without a notice date has its windows here, untimed.
    initialPending: a.pendingDeadlines ?? [],
    findings: findingRows(a),
  };
}

export function findingRows(a: RecordCheckResult): NonNullable<NewCaseParts['findings']> {
  return a.findings.map((x) => ({
    code: x.id,
    kind: x.kind,
    severity: x.severity,
    element: x.element ?? null,
    citation: x.citation,
    explanation: x.explanation,
    spanStart: x.span?.[0] ?? null,
    spanEnd: x.span?.[1] ?? null,
  }));
}
