import type { Regime } from '@claimlane/shared-contracts';
import { DEADLINE_RULES, type DeadlineKind, type DeadlineRule } from '@claimlane/domain-deadlines';
import { REGIME_CITATIONS, type RegimeCitations } from '@claimlane/domain-denial-analysis';
import { ESCALATION_PATHS } from '@claimlane/domain-appeal-process';

/** What a letter cites a rule for. Templates name a key; the text always comes from rule data. */
export const CITATION_KEYS = [
  'notice',
  'claimFile',
  'reviewer',
  'parity',
  'criteria',
  'clinical',
  'codes',
  'externalReview',
  'memberAppealFiling',
  'payerAppealDecision',
  'externalReviewRequest',
  'payerLate',
  'nextLevel',
] as const;
export type CitationKey = (typeof CITATION_KEYS)[number];

export interface Citation {
  key: CitationKey;
  regime: Regime;
  text: string;
  /** Where the text came from: `deadline-rule:<id>@<version>`, `regime-citations:<field>`, `escalation:<path>`. */
  source: string;
}

const FROM_REGIME_TABLE: Array<Exclude<keyof RegimeCitations, never>> = [
  'notice',
  'claimFile',
  'reviewer',
  'parity',
  'criteria',
  'clinical',
  'codes',
  'externalReview',
];

const FROM_DEADLINES: Partial<Record<CitationKey, DeadlineKind[]>> = {
  memberAppealFiling: ['member_appeal_filing'],
  payerAppealDecision: ['payer_appeal_decision'],
  externalReviewRequest: [
    'external_review_request',
    'medicare_reconsideration_request',
    'state_fair_hearing_request',
  ],
};

function firstRule(regime: Regime, kinds: DeadlineKind[]): DeadlineRule | undefined {
  for (const kind of kinds) {
    // The currently effective version: no end date, else the latest.
    const rules = DEADLINE_RULES.filter((r) => r.regime === regime && r.kind === kind);
    const current = rules.find((r) => r.effectiveUntil === null) ?? rules[rules.length - 1];
    if (current) return current;
  }
  return undefined;
}

function build(regime: Regime): Map<CitationKey, Citation> {
  const out = new Map<CitationKey, Citation>();
  const table = REGIME_CITATIONS[regime];
  for (const field of FROM_REGIME_TABLE) {
    const text = table[field];
    if (text) out.set(field, { key: field, regime, text, source: `regime-citations:${field}` });
  }
  for (const [key, kinds] of Object.entries(FROM_DEADLINES) as Array<
    [CitationKey, DeadlineKind[]]
  >) {
    const rule = firstRule(regime, kinds);
    if (rule)
      out.set(key, {
        key,
        regime,
        text: rule.citation,
        source: `deadline-rule:${rule.id}@${rule.version}`,
      });
  }
  const path = ESCALATION_PATHS[regime];
  out.set('payerLate', {
    key: 'payerLate',
    regime,
    text: path.payerLate.citation,
    source: 'escalation:payerLate',
  });
  const next = path.afterUpheld[0];
  // Only a regulation can be cited to a payer; an internal pointer never reaches a letter.
  if (next && /CFR|U\.S\.C\./.test(next.citation))
    out.set('nextLevel', {
      key: 'nextLevel',
      regime,
      text: next.citation,
      source: 'escalation:afterUpheld[0]',
    });
  return out;
}

const CATALOG = new Map<Regime, Map<CitationKey, Citation>>();

/** The regime's citation for a purpose, or null where the regime has none (e.g. parity for Medicare). */
export function citationFor(regime: Regime, key: CitationKey): Citation | null {
  let m = CATALOG.get(regime);
  if (!m) {
    m = build(regime);
    CATALOG.set(regime, m);
  }
  return m.get(key) ?? null;
}

/** Every citation a letter of this regime may carry. */
export function regimeCitations(regime: Regime): Citation[] {
  return CITATION_KEYS.map((k) => citationFor(regime, k)).filter((c): c is Citation => c !== null);
}
