import type { CriteriaReference, Field, Span } from '../record-check.types';
import { sentenceEnd, sentenceStart } from '../text/paragraphs';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { collapse, tightenSpan } from '../text/text-utils';

interface VendorRule {
  vendor: string;
  words: readonly string[];
  re: RegExp;
}

// Commercial criteria sets and CMS coverage sources a reviewer may apply. The id group (1), when
// present, is the guideline number.
const VENDORS: readonly VendorRule[] = [
  {
    vendor: 'InterQual',
    // Fax OCR reads the capital I as a lower-case l or a 1.
    words: ['interqual', 'lnterqual'],
    re: /\b[Il1]nterQual\b(?:®)?(?:[ \t]+(?:(?:criteria|Level of Care|LOC)\b|(?:\d{4}[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,4}))?/g,
  },
  {
    vendor: 'MCG',
    words: ['mcg', 'milliman'],
    re: /\b(?:MCG(?: Care Guidelines| Health)?|Milliman Care Guidelines)\b(?:[ \t]+(?:guidelines?|criteria))?(?:[ \t]*\(?((?:[A-Z]{1,3}-)?[A-Z]{1,4}-?\d{2,4}(?:\.\d+)?)\)?)?/g,
  },
  { vendor: 'Milliman', words: ['milliman'], re: /\bMilliman\b(?! Care Guidelines)/g },
  {
    vendor: 'eviCore',
    words: ['evicore'],
    re: /\beviCore(?: healthcare)?\b(?:[^.\n]{0,60}?\bguidelines?\b)?/gi,
  },
  {
    vendor: 'Carelon/AIM',
    words: ['carelon', 'aim'],
    re: /\b(?:Carelon(?: Medical Benefits Management)?|AIM Specialty Health)\b(?:[^.\n]{0,40}?\bguidelines?\b)?/g,
  },
  {
    vendor: 'Hayes',
    words: ['hayes'],
    re: /\bHayes(?:,? Inc\.?)?[ \t]+(?:Technology Assessment|Directory|rating|report)\b/g,
  },
  {
    vendor: 'CMS NCD',
    words: ['ncd', 'national'],
    re: /\b(?:National Coverage Determination|NCD)\b[ \t]*(?:\(NCD\)[ \t]*)?(?:#|No\.?)?[ \t]*(\d{1,3}(?:\.\d{1,3}){1,2})/g,
  },
  {
    vendor: 'CMS LCD',
    words: ['lcd', 'local'],
    re: /\b(?:Local Coverage Determination|LCD)\b[ \t]*(?:\(LCD\)[ \t]*)?(?:#|No\.?)?[ \t]*(L\d{5})/g,
  },
  // The title first, the number after it: 'The LCD used was "Routine Foot Care" (L99207).'
  {
    vendor: 'CMS LCD',
    words: ['lcd', 'local'],
    re: /\b(?:Local Coverage Determination|LCD)\b(?:[ \t\n]+[a-z]+){0,3}[ \t\n]*(?:"[^"\n]{3,100}"|“[^”\n]{3,100}”)[ \t\n]*\((L\d{5})\)/g,
  },
  // Named by its title alone: "the Medicare contractor's Local Coverage Determination for
  // Non-Invasive Peripheral Venous Studies".
  {
    vendor: 'CMS LCD',
    words: ['local'],
    re: /\bLocal[ \t\n]+Coverage[ \t\n]+Determination(?:[ \t]*\(LCD\))?,?[ \t\n]+(?:for|on|titled|called)[ \t\n]+["“]?([A-Z][\w-]*(?:[ \t\n]+(?:[A-Z][\w-]*|and|of|for|the|with|in|or|to)){0,9}[ \t\n]*(?<![ \t\n]))/g,
  },
  {
    vendor: 'CMS NCD',
    words: ['national'],
    re: /\bNational[ \t\n]+Coverage[ \t\n]+Determination(?:[ \t]*\(NCD\))?,?[ \t\n]+(?:for|on|titled|called)[ \t\n]+["“]?([A-Z][\w-]*(?:[ \t\n]+(?:[A-Z][\w-]*|and|of|for|the|with|in|or|to)){0,9}[ \t\n]*(?<![ \t\n]))/g,
  },
  // CMS's coding edits: "the Medicare National Correct Coding Initiative (NCCI)
  // procedure-to-procedure edits".
  {
    vendor: 'CMS NCCI',
    words: ['ncci', 'correct'],
    re: /\b(?:(?:Medicare[ \t\n]+)?National[ \t\n]+Correct[ \t\n]+Coding[ \t\n]+Initiative(?:[ \t]*\(NCCI\))?|NCCI)\b(?:[ \t\n]+(?:procedure-to-procedure|PTP|medically[ \t\n]+unlikely|MUE)(?:[ \t\n]*\((?:PTP|MUE)\))?)?(?:[ \t\n]+edits?)?/g,
  },
  {
    vendor: 'CMS manual',
    words: ['manual'],
    re: /\bMedicare[ \t\n]+(?:Benefit[ \t\n]+Policy|Claims[ \t\n]+Processing|Program[ \t\n]+Integrity|National[ \t\n]+Coverage[ \t\n]+Determinations)[ \t\n]+Manual\b(?:,?[ \t\n]*((?:Chapter|Ch\.)[ \t]*\d+(?:,?[ \t\n]*(?:Section|§)[ \t]*[\d.]+)?))?/g,
  },
];

// The payer's own policy: "Keystone Medical Policy RAD-204 "Advanced Imaging of the Spine"", "our
// imaging guideline IMG-KN-07".
const PAYER_POLICY =
  /\b((?:[A-Z][\w&'’-]*[ \t]+){0,3})(?:[Mm]edical|[Cc]linical|[Cc]overage|[Rr]eimbursement|[Pp]ayment|Utilization Management|UM|[Dd]rug|[Ii]maging|[Tt]esting|[Ll]aboratory|[Tt]herapy|Medical Necessity|[Aa]dministrative|(?:Claims?[ \t\n]+)?Editing|[Cc]oding|Technology[ \t\n]+Assessment)[ \t\n]+(?:[Pp]olicy|[Gg]uideline|[Cc]riteria)\b(?:[ \t]+(?:No\.|Number|#))?[ \t:]*\s?((?:[A-Z]{1,8}[-.]?){0,3}\d[\w.-]{0,15})?(?:[ \t\n]*(?:"([^"\n]{3,100})"|“([^”\n]{3,100})”))?/g;

const GENERIC_CRITERIA =
  /\b(?:medical necessity criteria|clinical (?:criteria|guidelines?|polic(?:y|ies))|coverage (?:criteria|guidelines?)|internal (?:rules?|guidelines?|protocols?|criteria)|(?:our|the plan's|plan) (?:criteria|guidelines)|(?:guidelines?|criteria) (?:we used|used to|applied)|medical polic(?:y|ies)|level of care guidelines?|step therapy (?:program|criteria|requirements?)|criteria [A-Z]{2,6}-\d{1,4}|(?:local|national) coverage (?:rules?|determinations?|decisions?|polic(?:y|ies)))\b/i;

const FREE_OFFER =
  /\bfree of charge\b|\bfree (?:cop(?:y|ies)|explanation)\b|\bat no (?:cost|charge)\b|\bwithout charge\b|\bfree\b[^.\n]{0,40}\bcop(?:y|ies)\b/gi;
const ON_REQUEST =
  /\b(?:you (?:may|can|have the right to)(?: also)? (?:request|ask for|get|receive|obtain)|(?:available|provided) (?:to you )?(?:up)?on request|upon request|on request)\b/gi;
const ENCLOSED =
  /\b(?:enclosed|attached)\b[^.\n]{0,80}\b(?:criteria|guidelines?|medical policy|clinical policy)\b|\b(?:criteria|guidelines?|medical policy)\b[^.\n]{0,40}\b(?:is|are) (?:enclosed|attached)\b/i;

export interface Offer {
  span: Span;
  free: boolean;
  documents: boolean;
  criteria: boolean;
  clinical: boolean;
  codes: boolean;
  reviewer: boolean;
}

export interface CriteriaExtraction {
  criteria: Field<CriteriaReference> | null;
  /** Criteria referred to without a name ("our clinical criteria"). */
  genericMention: Span | null;
  /** Sentences offering copies / explanations on request. */
  offers: Offer[];
  enclosed: boolean;
}

function collectNamed(p: PreparedText): Array<{ ref: CriteriaReference; span: Span }> {
  const out: Array<{ ref: CriteriaReference; span: Span }> = [];
  for (const { vendor, re, words } of VENDORS) {
    if (!hasAny(p, words)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(p.masked); m; m = re.exec(p.masked)) {
      const span = tightenSpan(p.original, m.index, m.index + m[0].length);
      out.push({
        ref: {
          text: collapse(p.original.slice(span[0], span[1])),
          name: null,
          id: m[1] ? collapse(m[1]) : null,
          vendor,
        },
        span,
      });
    }
  }
  PAYER_POLICY.lastIndex = hasAny(p, ['policy', 'guideline', 'criteria']) ? 0 : p.masked.length;
  for (let m = PAYER_POLICY.exec(p.masked); m; m = PAYER_POLICY.exec(p.masked)) {
    const id = m[2] ?? null;
    const rawTitle = m[3] ?? m[4] ?? null;
    const title = rawTitle ? rawTitle.replace(/[.,;:]+$/, '') : null;
    // Unnumbered, untitled "medical policy" is a generic mention, handled below.
    if (!id && !title) continue;
    const end = id
      ? m.index + m[0].indexOf(id, (m[1] ?? '').length) + id.length
      : m.index + m[0].length;
    const span = tightenSpan(p.original, m.index, end);
    out.push({
      ref: { text: collapse(p.original.slice(span[0], span[1])), name: title, id, vendor: null },
      span,
    });
  }
  out.sort((a, b) => a.span[0] - b.span[0]);
  return out;
}

function collectOffers(p: PreparedText): Offer[] {
  const offers: Offer[] = [];
  const seen = new Set<number>();
  const scan = (re: RegExp, free: boolean, words: readonly string[]): void => {
    re.lastIndex = hasAny(p, words) ? 0 : p.masked.length;
    for (let m = re.exec(p.masked); m; m = re.exec(p.masked)) {
      const s = sentenceStart(p, m.index);
      if (seen.has(s)) {
        if (free) {
          const o = offers.find((x) => x.span[0] === s);
          if (o) o.free = true;
        }
        continue;
      }
      seen.add(s);
      const e = sentenceEnd(p, m.index);
      const sentence = p.masked.slice(s, e).toLowerCase();
      offers.push({
        span: tightenSpan(p.original, s, e, true),
        free,
        documents:
          /\b(?:documents|records|papers|claim file|case file|information relevant)\b/.test(
            sentence,
          ),
        // "the policy" after a named medical policy is that policy.
        criteria:
          /\b(?:criteria|guidelines?|medical policy|clinical policy|protocols?|rules?|(?:coding|claim|payment) edits?|(?:the|this|that) polic(?:y|ies))\b/.test(
            sentence,
          ) || /\bpolicy [a-z]{0,8}-?\d/.test(sentence),
        clinical:
          /\b(?:clinical|scientific) (?:judgment|rationale|basis|explanation)\b|\bexplanation of the (?:clinical|scientific)\b/.test(
            sentence,
          ),
        codes:
          /\bdiagnosis\b[^.]{0,40}\b(?:treatment|procedure)?\s*codes?\b|\bcodes? and (?:their|its) meanings?\b/.test(
            sentence,
          ),
        reviewer: /\b(?:reviewer|identity of the|medical experts?|credentials)\b/.test(sentence),
      });
    }
  };
  scan(FREE_OFFER, true, ['free', 'cost', 'charge']);
  scan(ON_REQUEST, false, ['request', 'ask', 'get', 'receive', 'obtain']);
  offers.sort((a, b) => a.span[0] - b.span[0]);
  return offers;
}

export function extractCriteria(p: PreparedText): CriteriaExtraction {
  const named = collectNamed(p);
  const first = named[0];
  const criteria: Field<CriteriaReference> | null = first
    ? {
        value: first.ref,
        span: first.span,
        confidence: first.ref.vendor ? 0.85 : 0.8,
        spans: named.map((n) => n.span),
      }
    : null;
  const g = hasAny(p, [
    'criteria',
    'guideline',
    'guidelines',
    'policy',
    'policies',
    'protocol',
    'protocols',
    'rule',
    'rules',
    'determination',
    'determinations',
    'decision',
    'decisions',
  ])
    ? GENERIC_CRITERIA.exec(p.masked)
    : null;
  return {
    criteria,
    genericMention: g ? [g.index, g.index + g[0].length] : null,
    offers: collectOffers(p),
    enclosed: hasAny(p, ['enclosed', 'attached']) && ENCLOSED.test(p.masked),
  };
}
