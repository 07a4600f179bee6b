// Accuracy of the engine over the labelled sample letters: per field, per disclosure element,
// category, regime and stated deadline. Run: `node scripts/build.mjs && node scripts/bench.mjs accuracy`.
import { DISCLOSURE_ELEMENTS, type DisclosureStatus } from '@claimlane/shared-contracts';
import { amountMatches, idMatches, setMatches, textMatches } from './accuracy-metrics';
import { analyzeDenial } from './analyze-denial';
import type { RecordCheckResult } from './record-check.types';
import { loadSampleLetters } from './sample-letters.test-helper';

type Kind = 'text' | 'id' | 'set' | 'date' | 'amount';
interface FieldSpec {
  label: string;
  kind: Kind;
  get: (r: RecordCheckResult) => string | number | string[] | null;
}

const FIELDS: readonly FieldSpec[] = [
  { label: 'payer', kind: 'text', get: (r) => r.fields.payer?.value ?? null },
  { label: 'member_id', kind: 'id', get: (r) => r.fields.memberId?.value ?? null },
  { label: 'claim_number', kind: 'id', get: (r) => r.fields.claimNumber?.value ?? null },
  { label: 'dates_of_service', kind: 'set', get: (r) => r.fields.serviceDates?.value ?? null },
  { label: 'denial_date', kind: 'date', get: (r) => r.fields.noticeDate?.value ?? null },
  { label: 'cpt_hcpcs', kind: 'set', get: (r) => r.fields.cptHcpcs?.value ?? null },
  { label: 'icd10', kind: 'set', get: (r) => r.fields.icd10?.value ?? null },
  { label: 'billed_amount', kind: 'amount', get: (r) => r.fields.billedAmount?.value ?? null },
  { label: 'denied_amount', kind: 'amount', get: (r) => r.fields.deniedAmount?.value ?? null },
  { label: 'denial_reason', kind: 'text', get: (r) => r.fields.statedReason?.value ?? null },
  { label: 'plan_provision', kind: 'text', get: (r) => r.fields.planProvision?.value ?? null },
  {
    label: 'policy_criteria_id',
    kind: 'text',
    get: (r) =>
      r.fields.criteria
        ? [r.fields.criteria.value.text, r.fields.criteria.value.name].filter(Boolean).join(' ')
        : null,
  },
];

function matches(kind: Kind, label: unknown, got: string | number | string[] | null): boolean {
  switch (kind) {
    case 'text':
      return textMatches(String(label), typeof got === 'string' ? got : null);
    case 'id':
      return idMatches(String(label), typeof got === 'string' ? got : null);
    case 'set':
      return setMatches(label as string[], Array.isArray(got) ? got : null);
    case 'date':
      return label === got;
    case 'amount':
      return amountMatches(Number(label), typeof got === 'number' ? got : null);
  }
}

/** vague counts as present (see samples.spec.ts for why). */
const AS_LABEL: Record<DisclosureStatus, string> = {
  present: 'present',
  vague: 'present',
  missing: 'missing',
  not_applicable: 'not_applicable',
};

const pct = (ok: number, n: number): string =>
  n === 0 ? '   —  ' : `${((100 * ok) / n).toFixed(1).padStart(5)}%`;
const row = (name: string, ok: number, n: number, extra = ''): string =>
  `  ${name.padEnd(38)} ${String(ok).padStart(3)}/${String(n).padEnd(3)} ${pct(ok, n)}  ${extra}`;

function main(): void {
  const samples = loadSampleLetters(__dirname);
  const results = samples.map((s) => ({
    label: s.label,
    r: analyzeDenial(s.text, { asOf: '2026-01-15' }),
  }));

  console.log(
    `Record Check accuracy over ${samples.length} labelled letters (engine ${results[0]?.r.version.engine})`,
  );
  console.log(
    '\nFields (scored where the label is non-null; "spurious" = value extracted where the label is null)',
  );
  console.log(
    "  text: ≥50% of the label's content words in the value, or ≥80% of the value's words in the label;",
  );
  console.log('  ids: letters/digits equal; lists: same set; dates/amounts: equal');
  const misses: string[] = [];
  for (const f of FIELDS) {
    let ok = 0;
    let n = 0;
    let spurious = 0;
    for (const { label, r } of results) {
      const expected = label.fields[f.label];
      const got = f.get(r);
      if (expected === null || expected === undefined) {
        if (got !== null && !(Array.isArray(got) && got.length === 0)) spurious++;
        continue;
      }
      n++;
      if (matches(f.kind, expected, got)) ok++;
      else
        misses.push(
          `${f.label} @ ${label.file}: label ${JSON.stringify(expected)} got ${JSON.stringify(got)?.slice(0, 120)}`,
        );
    }
    console.log(row(f.label, ok, n, spurious ? `spurious ${spurious}` : ''));
  }

  console.log(
    '\nDisclosures (labelled present / missing / not_applicable; vague counts as present)',
  );
  let allOk = 0;
  let allN = 0;
  for (const element of DISCLOSURE_ELEMENTS) {
    let ok = 0;
    let n = 0;
    for (const { label, r } of results) {
      const expected = label.disclosures_present.includes(element)
        ? 'present'
        : label.disclosures_missing.includes(element)
          ? 'missing'
          : (label.disclosures_not_applicable ?? []).includes(element)
            ? 'not_applicable'
            : null;
      if (expected === null) continue;
      n++;
      const got = r.disclosures.find((d) => d.element === element)?.status;
      if (got && AS_LABEL[got] === expected) ok++;
      else misses.push(`${element} @ ${label.file}: label ${expected} got ${got}`);
    }
    allOk += ok;
    allN += n;
    console.log(row(element, ok, n));
  }
  console.log(row('all disclosure labels', allOk, allN));

  console.log('\nClassification and deadline');
  const cat = results.filter(({ label, r }) => label.category === r.category).length;
  const reg = results.filter(({ label, r }) => label.regime === r.regime).length;
  const days = results.filter(
    ({ label, r }) => (r.fields.statedDeadline?.value.days ?? null) === label.appeal_deadline_days,
  ).length;
  console.log(row('category', cat, results.length));
  console.log(row('regime', reg, results.length));
  console.log(row('appeal_deadline_days (stated window)', days, results.length));
  for (const { label, r } of results) {
    if (label.category !== r.category)
      misses.push(`category @ ${label.file}: label ${label.category} got ${r.category}`);
    if (label.regime !== r.regime)
      misses.push(`regime @ ${label.file}: label ${label.regime} got ${r.regime}`);
  }

  console.log(
    misses.length ? `\nMisses:\n${misses.map((m) => `  - ${m}`).join('\n')}` : '\nNo misses.',
  );
}

main();
