import type {
  CueHit,
  Field,
  Finding,
  RecordCheckResult,
  Span,
} from '@claimlane/domain-denial-analysis';
import type { ComputedDeadline, PendingDeadline } from '@claimlane/domain-deadlines';
import type { DisclosureStatus } from '@claimlane/shared-contracts';
import { renderTable } from './text-table';
import { REPORT_WIDTH, heading, labelled, money, wrapParagraphs, wrapText } from './text-wrap';

/** The four states a disclosure can be in, as the report prints them. */
export const STATUS_LABEL: Record<DisclosureStatus, string> = {
  present: 'present',
  vague: 'vague',
  missing: 'missing',
  not_applicable: 'n.a.',
};

export const SEVERITY_ORDER: ReadonlyArray<Finding['severity']> = ['high', 'medium', 'low'];

export const LETTER_START = '----- request letter: paste from the next line -----';
export const LETTER_END = '----- end of request letter -----';

const QUOTE_MAX = 70;

/** The letter's own words behind a conclusion, so the reader can check it against the page. */
function quote(text: string, span: Span | null | undefined): string {
  if (!span) return '';
  const s = text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
  if (s === '') return '';
  return `"${s.length > QUOTE_MAX ? s.slice(0, QUOTE_MAX - 1) + '…' : s}"`;
}

function cueLines(text: string, cues: readonly CueHit[]): string[] {
  return cues.flatMap((c) =>
    wrapText(
      `${c.why} (${c.cue}, ${c.weight > 0 ? '+' : ''}${c.weight} for ${c.target})${c.span ? ': ' + quote(text, c.span) : ''}`,
      REPORT_WIDTH,
      '      ',
      '    - ',
    ),
  );
}

function classificationSection(r: RecordCheckResult, text: string): string[] {
  const out: string[] = [...heading('Category and regime')];
  out.push(
    ...labelled('Category', `${r.category} (decided by ${r.categoryEvidence.decidedBy})`, 13),
  );
  out.push(...labelled('', r.categoryEvidence.reason, 13));
  if (r.categoryEvidence.runnerUp) {
    const ru = r.categoryEvidence.runnerUp;
    out.push(...labelled('', `runner-up: ${ru.category} (score ${ru.score})`, 13));
  }
  if (r.categoryEvidence.cues.length) {
    out.push('  Evidence:');
    out.push(...cueLines(text, r.categoryEvidence.cues));
  }
  out.push('');
  out.push(...labelled('Regime', `${r.regime} (decided by ${r.regimeEvidence.decidedBy})`, 13));
  out.push(...labelled('', r.regimeEvidence.reason, 13));
  if (r.regimeEvidence.runnerUp) {
    const ru = r.regimeEvidence.runnerUp;
    out.push(...labelled('', `runner-up: ${ru.regime} (score ${ru.score})`, 13));
  }
  if (r.regimeEvidence.decidingQuestion) {
    out.push(...labelled('', `To decide it: ${r.regimeEvidence.decidingQuestion}`, 13));
  }
  if (r.regimeEvidence.cues.length) {
    out.push('  Evidence:');
    out.push(...cueLines(text, r.regimeEvidence.cues));
  }
  out.push('');
  out.push(
    ...labelled(
      'Service type',
      `${r.serviceType.value ?? 'not determined'} (decided by ${r.serviceType.decidedBy})`,
      13,
    ),
  );
  out.push(
    ...labelled(
      'Decision',
      r.determinationLevel === 'final_internal'
        ? 'final internal decision (the next step is external review or a hearing)'
        : 'initial decision (the next step is an internal appeal)',
      13,
    ),
  );
  return out;
}

type FieldKey = keyof RecordCheckResult['fields'];

/** Contract fields are always listed (a gap is itself informative); extra ones only when found. */
const FACT_ROWS: ReadonlyArray<{ key: FieldKey; label: string; always: boolean }> = [
  { key: 'payer', label: 'Payer', always: true },
  { key: 'planName', label: 'Plan', always: false },
  { key: 'memberId', label: 'Member ID', always: true },
  { key: 'groupNumber', label: 'Group number', always: true },
  { key: 'claimNumber', label: 'Claim number', always: true },
  { key: 'relatedClaimNumber', label: 'Related claim', always: false },
  { key: 'patient', label: 'Patient', always: true },
  { key: 'memberName', label: 'Member', always: false },
  { key: 'provider', label: 'Provider', always: true },
  { key: 'serviceDates', label: 'Service dates', always: true },
  { key: 'noticeDate', label: 'Notice date', always: true },
  { key: 'receivedDate', label: 'Received date', always: false },
  { key: 'claimReceivedDate', label: 'Claim received', always: false },
  { key: 'cptHcpcs', label: 'CPT/HCPCS', always: true },
  { key: 'modifiers', label: 'Modifiers', always: false },
  { key: 'icd10', label: 'ICD-10-CM', always: true },
  { key: 'billedAmount', label: 'Billed', always: true },
  { key: 'allowedAmount', label: 'Allowed', always: false },
  { key: 'deniedAmount', label: 'Denied', always: true },
  { key: 'paidAmount', label: 'Paid', always: true },
  { key: 'patientResponsibility', label: 'Patient owes', always: false },
  { key: 'statedReason', label: 'Stated reason', always: true },
  { key: 'planProvision', label: 'Plan provision', always: true },
  { key: 'criteria', label: 'Criteria', always: true },
  { key: 'reviewer', label: 'Reviewer', always: false },
  { key: 'appealInstructions', label: 'Appeal to', always: false },
  { key: 'statedDeadline', label: 'Stated deadline', always: false },
  { key: 'state', label: 'State', always: false },
];

const MONEY_FIELDS = new Set<FieldKey>([
  'billedAmount',
  'allowedAmount',
  'deniedAmount',
  'paidAmount',
  'patientResponsibility',
]);

/** One readable value for any field shape the engine returns. */
export function fieldValue(key: FieldKey, field: Field<unknown>): string {
  const v = field.value;
  if (MONEY_FIELDS.has(key) && typeof v === 'number') return money(v);
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (key === 'criteria') {
      return [
        o.text,
        o.name && o.name !== o.text ? `"${String(o.name)}"` : null,
        o.vendor ? `(vendor: ${String(o.vendor)})` : null,
      ]
        .filter(Boolean)
        .join(' ');
    }
    if (key === 'statedDeadline') return String(o.text ?? `${String(o.days)} days`);
    return Object.entries(o)
      .filter(([, x]) => x !== null && x !== undefined && x !== '')
      .map(([k, x]) => `${k}: ${String(x)}`)
      .join('; ');
  }
  return '';
}

function factsSection(r: RecordCheckResult): string[] {
  const rows: string[][] = [];
  for (const { key, label, always } of FACT_ROWS) {
    const f = r.fields[key] as Field<unknown> | null | undefined;
    if (!f) {
      if (always) rows.push([label, '(not found)', '']);
      continue;
    }
    const value = fieldValue(key, f) + (f.derived ? ` (computed: ${f.derived})` : '');
    rows.push([label, value, f.confidence.toFixed(2)]);
  }
  if (r.fields.planTypeHints.length) {
    rows.push([
      'Plan type hints',
      r.fields.planTypeHints.map((h) => `${h.hint} ("${h.cue}")`).join('; '),
      '',
    ]);
  }
  const out = [...heading('Key facts')];
  out.push(
    ...renderTable(
      [
        { header: 'Fact', noWrap: true },
        { header: 'Value' },
        { header: 'Conf.', align: 'right', noWrap: true },
      ],
      rows,
      REPORT_WIDTH,
      '  ',
    ),
  );
  if (r.fields.serviceLines.length) {
    out.push('', '  Service lines:');
    out.push(
      ...renderTable(
        [
          { header: 'Date', noWrap: true },
          { header: 'Code', noWrap: true },
          { header: 'Billed', align: 'right', noWrap: true },
          { header: 'Allowed', align: 'right', noWrap: true },
          { header: 'Paid', align: 'right', noWrap: true },
          { header: 'Adjustments' },
        ],
        r.fields.serviceLines.map((l) => [
          l.date ?? '-',
          [l.code ?? '-', ...l.modifiers].join('-'),
          money(l.amounts.billed),
          money(l.amounts.allowed),
          money(l.amounts.paid),
          l.adjustmentCodes.join(', '),
        ]),
        REPORT_WIDTH,
        '  ',
      ),
    );
  }
  return out;
}

function codesSection(r: RecordCheckResult): string[] {
  if (!r.carcDetails.length && !r.rarcDetails.length) return [];
  const out = [...heading('Denial codes in the letter')];
  const rows = [...r.carcDetails, ...r.rarcDetails].map((c) => [
    c.code,
    c.description + (c.denial ? ` [denial${c.category ? ': ' + c.category : ''}]` : ''),
  ]);
  out.push(
    ...renderTable(
      [{ header: 'Code', noWrap: true }, { header: 'Meaning' }],
      rows,
      REPORT_WIDTH,
      '  ',
    ),
  );
  return out;
}

function disclosuresSection(r: RecordCheckResult): string[] {
  const counts = new Map<DisclosureStatus, number>();
  for (const d of r.disclosures) counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
  const out = [...heading('Required disclosures')];
  out.push(
    '  ' +
      (Object.keys(STATUS_LABEL) as DisclosureStatus[])
        .map((s) => `${STATUS_LABEL[s]} ${counts.get(s) ?? 0}`)
        .join(', '),
    '',
  );
  out.push(
    ...renderTable(
      [
        { header: 'Element', noWrap: true },
        { header: 'Status', noWrap: true },
        { header: 'Citation' },
      ],
      r.disclosures.map((d) => [d.element, STATUS_LABEL[d.status], d.citation]),
      REPORT_WIDTH,
      '  ',
    ),
  );
  // Explanations only where there is something to act on or a reason it does not apply; a table
  // column for them would squeeze the citations into unreadable slivers.
  const notes = r.disclosures.filter((d) => d.status !== 'present');
  if (notes.length) {
    out.push('', '  Why:');
    for (const d of notes) {
      out.push(
        ...wrapText(
          `${d.element} (${STATUS_LABEL[d.status]}): ${d.explanation}`,
          REPORT_WIDTH,
          '      ',
          '    - ',
        ),
      );
    }
  }
  return out;
}

function findingsSection(r: RecordCheckResult): string[] {
  const out = [...heading(`Findings (${r.findings.length})`)];
  if (!r.findings.length) return [...out, '  No procedural weaknesses found.'];
  for (const severity of SEVERITY_ORDER) {
    const group = r.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(`  ${severity.toUpperCase()} (${group.length})`);
    for (const f of group) {
      out.push(...wrapText(`${f.kind}: ${f.explanation}`, REPORT_WIDTH, '      ', '    - '));
      out.push(...wrapText(`Citation: ${f.citation}`, REPORT_WIDTH, '      ', '      '));
    }
  }
  return out;
}

function deadlineLines(d: ComputedDeadline): string[] {
  const out = wrapText(`${d.kind}: ${d.label}`, REPORT_WIDTH, '    ', '  - ');
  const row = (label: string, value: string) => out.push(...labelled(label, value, 12, '    '));
  row(
    'Due',
    d.due +
      (d.unextendedDue ? ` (without the weekend/holiday roll-forward: ${d.unextendedDue})` : ''),
  );
  if (d.stated) {
    row(
      'Letter says',
      `${d.stated.days} days from ${d.stated.anchor}, which gives ${d.stated.due}`,
    );
  }
  if (d.regulatory) row('Regulation', `${d.regulatory.days} days, which gives ${d.regulatory.due}`);
  row(
    'Counting',
    `${d.amount} ${(d.unit ?? d.dayType).replace(/_/g, ' ')}${d.party ? ` (${d.party}'s clock)` : ''}`,
  );
  row('Anchor', `${d.anchor.event} ${d.anchor.date}`);
  row('Rule', d.rule);
  row('Citation', d.citation);
  if (d.extension) {
    row(
      'Extension',
      `${d.extension.amount} more days to ${d.extension.due} ${d.extension.applied ? '(taken)' : '(if taken)'}: ${d.extension.condition} [${d.extension.citation}]`,
    );
  }
  if (d.assumptions.length) {
    out.push('    Assumptions:');
    for (const a of d.assumptions) out.push(...wrapText(a, REPORT_WIDTH, '        ', '      - '));
  }
  return out;
}

/** A deadline that applies but has no date to count from: shown with its rule, never timed. */
function pendingLines(d: PendingDeadline): string[] {
  // Whatever the rule counts from, the notice date times it (receipt is presumed from it).
  const out = [
    `  ${d.kind}: needs the notice date (${d.amount} ${d.unit.replace('_', ' ')}, not timed)`,
  ];
  out.push(...wrapText(d.label, REPORT_WIDTH, '    '));
  out.push(...wrapText(`Rule ${d.rule}; ${d.citation}`, REPORT_WIDTH, '    '));
  if (d.stated)
    out.push(`    The letter states ${d.stated.days} days from the ${d.stated.anchor}.`);
  out.push(...wrapText(`To time it: ${d.question} (or pass --notice-date)`, REPORT_WIDTH, '    '));
  return out;
}

function deadlinesSection(r: RecordCheckResult): string[] {
  const pending = r.pendingDeadlines ?? [];
  const out = [...heading(`Deadlines (${r.deadlines.length + pending.length})`)];
  if (!r.deadlines.length && !pending.length) {
    return [
      ...out,
      r.documentKind && !['denial', 'partial_denial'].includes(r.documentKind.value)
        ? `  None: this is not an adverse determination (${r.documentKind.value.replace(/_/g, ' ')}).`
        : '  None computed: the letter gives no date to count from (pass --notice-date).',
    ];
  }
  const sorted = [...r.deadlines].sort((a, b) => a.due.localeCompare(b.due));
  sorted.forEach((d, i) => {
    if (i) out.push('');
    out.push(...deadlineLines(d));
  });
  pending.forEach((d, i) => {
    if (i || sorted.length) out.push('');
    out.push(...pendingLines(d));
  });
  return out;
}

function groundSection(r: RecordCheckResult): string[] {
  const out = [...heading('Strongest ground')];
  if (!r.strongestGround) return [...out, '  None: no finding gives a ground to lead with.'];
  out.push(`  ${r.strongestGround.ground}`);
  out.push(...wrapText(r.strongestGround.reason, REPORT_WIDTH, '  '));
  return out;
}

function questionsSection(r: RecordCheckResult): string[] {
  const out = [...heading('Next written questions')];
  if (!r.nextQuestions.length)
    return [...out, '  None: the letter answers what the rules require.'];
  const sorted = [...r.nextQuestions].sort((a, b) => a.priority - b.priority);
  sorted.forEach((q, i) => {
    const n = `  ${i + 1}. `;
    out.push(...wrapText(q.text, REPORT_WIDTH, ' '.repeat(n.length), n));
    out.push(...wrapText(`Basis: ${q.basis}`, REPORT_WIDTH, ' '.repeat(n.length)));
  });
  return out;
}

function letterSection(r: RecordCheckResult): string[] {
  if (!r.letter.trim()) return [];
  return [
    ...heading('Request letter'),
    LETTER_START,
    ...wrapParagraphs(r.letter, REPORT_WIDTH),
    LETTER_END,
  ];
}

function inputNotes(r: RecordCheckResult): string[] {
  const notes: string[] = [];
  if (r.input.excerptMarkerRemoved) {
    notes.push(
      `Analysed the first ${r.input.analyzedLength} of ${r.input.length} characters (an excerpt marker ends the text).`,
    );
  }
  if (r.input.looksLikeTemplate) {
    notes.push(
      `This reads as a blank form or template (${r.input.placeholderCount} unfilled placeholders).`,
    );
  } else if (r.input.placeholderCount) {
    notes.push(`${r.input.placeholderCount} unfilled placeholder(s) in the letter.`);
  }
  return notes.flatMap((n) => wrapText(n, REPORT_WIDTH, '  ', 'Note: '));
}

/**
 * The readable Record Check report: plain text, at most 100 columns, no colour. `text` is the letter
 * the analysis ran on (spans point into it) so evidence can be quoted. The result is PHI: callers
 * write it to stdout only.
 */
export function formatLetterReport(r: RecordCheckResult, text: string): string {
  const kind = r.documentKind;
  const lines = [
    `RECORD CHECK: ${r.category} / ${r.regime}`,
    `engine ${r.version.engine}, rules ${r.version.rules}`,
    ...(kind
      ? wrapText(
          `Document: ${kind.value.replace(/_/g, ' ')} (${kind.reason}; confidence ${kind.confidence})`,
          REPORT_WIDTH,
          '  ',
        )
      : []),
    '='.repeat(REPORT_WIDTH),
    ...inputNotes(r),
    ...classificationSection(r, text),
    ...factsSection(r),
    ...codesSection(r),
    ...disclosuresSection(r),
    ...findingsSection(r),
    ...deadlinesSection(r),
    ...groundSection(r),
    ...questionsSection(r),
    ...letterSection(r),
  ];
  return lines.join('\n') + '\n';
}
