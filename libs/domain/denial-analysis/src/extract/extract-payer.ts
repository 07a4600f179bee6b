import type { Field, Span } from '../record-check.types';
import { type PreparedText, hasAny, lineBounds } from '../text/prepare-text';
import { collapse, textField, tightenSpan } from '../text/text-utils';

const ORG_WORD =
  /\b(?:health|healthcare|plans?|insurance|assurance|benefits?|administrators?|mutual|care|medical|life|blue|cross|shield|services?|solutions|groups?|company|corp(?:oration)?|inc|llc|l\.l\.c|hmo|ppo|advantage|medicaid|medicare|networks?|trust|fund|alliance|cigna|aetna|humana|anthem|unitedhealthcare|kaiser|molina|centene|wellcare|ambetter|oscar)\b/i;
const TITLE_LINE =
  /\b(?:notice|explanation of benefits|not a bill|important|omb|approval|control no|expiration|revised|model|template|denial|adverse|determination|statement|page \d|dear|re:)\b/i;
const ADDRESS_LINE =
  /\b(?:P\.?\s?O\.?\s+Box|Suite|Street|St\.|Ave\.?|Avenue|Road|Rd\.|Drive|Blvd|Way|Lane|Park Dr)\b|\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b|\b\d{3}[-.)\s]\s?\d{3}[-.]\d{4}\b|www\.|https?:|@/i;
const FORM_LABEL_LINE = /^(?:name of|address|telephone|website|e-?mail|fax|phone)\b|:\s*$/i;
const PLAN_TYPE_PAREN = /\s*\((?:[^()]*\b(?:Medicaid|Medicare|Managed Care|CHIP)\b[^()]*)\)\s*$/i;

function cleanLine(p: PreparedText, ls: number, le: number): Span {
  return tightenSpan(p.original, ls, le);
}

const PAYER_LABEL =
  /^[ \t*]*(?:payer|insurer|insurance company|health plan|plan name|carrier|issuer|claims administrator)[ \t*]*:[ \t*]*([^\n]{3,80})$/im;
const SPONSORED_PLAN = /\b(?:claims )?administrator for (?:the )?|\bon behalf of (?:the )?/gi;

/** The payer is the letterhead: the first organisation-looking line among the first few lines. */
export function extractPayer(p: PreparedText): {
  payer: Field<string> | null;
  planName: Field<string> | null;
} {
  let planName: Field<string> | null = null;
  SPONSORED_PLAN.lastIndex = 0;
  const sponsor = hasAny(p, ['administrator', 'behalf'])
    ? SPONSORED_PLAN.exec(p.masked.slice(0, 1500))
    : null;
  if (sponsor) {
    const s = sponsor.index + sponsor[0].length;
    const nl = p.masked.indexOf('\n', s);
    const lineEnd = nl === -1 ? Math.min(p.analyzedLength, s + 120) : nl;
    const bar = p.masked.slice(s, lineEnd).search(/\s\|\s|\s{2,}/);
    planName = textField(p.original, s, bar === -1 ? lineEnd : s + bar, 0.8);
  }
  const labelled = PAYER_LABEL.exec(p.masked.slice(0, 3000));
  if (labelled && /[A-Za-z]{3}/.test(labelled[1] as string)) {
    const start = labelled.index + labelled[0].length - (labelled[1] as string).length;
    const f = textField(p.original, start, start + (labelled[1] as string).length, 0.85);
    if (f) return { payer: f, planName };
  }
  let nonBlank = 0;
  for (let i = 0; i < p.lineStarts.length && nonBlank < 8; i++) {
    const [ls, le] = lineBounds(p, i);
    if (le - ls > 200) continue;
    const raw = p.masked.slice(ls, le);
    const line = raw.replace(/\*\*/g, '').trim();
    if (line === '') continue;
    nonBlank++;
    if (/^(?:Dear|Re:|To:)\b/i.test(line)) break;
    if (TITLE_LINE.test(line) || ADDRESS_LINE.test(line) || FORM_LABEL_LINE.test(line)) continue;
    if (
      /^(?:on behalf of|claims administrator for|administrator for|a (?:medicare|medicaid))/i.test(
        line,
      )
    )
      continue;
    // The payer's name ends where a "| Administrator for …" or plan-type note begins.
    let end = le;
    const cut = raw.search(/\s\|\s|\s{2,}\S|,\s+(?:your|the|a|an|on behalf)\s/i);
    if (cut > 0) end = ls + cut;
    const segment = p.masked.slice(ls, end);
    const words = segment.replace(/\*\*/g, '').trim();
    if (
      words.split(/\s+/).length > 10 ||
      /[.!?]$/.test(words.replace(/\b(?:Inc|Co|Corp|Ltd|L\.L\.C)\.$/i, ''))
    )
      continue;
    const paren = PLAN_TYPE_PAREN.exec(segment);
    if (paren) end = ls + paren.index;
    if (!ORG_WORD.test(p.masked.slice(ls, end))) continue;
    const span = cleanLine(p, ls, end);
    return {
      payer: { value: collapse(p.original.slice(span[0], span[1])), span, confidence: 0.75 },
      planName,
    };
  }
  return { payer: null, planName };
}

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(
    ' ',
  ),
);
const CITY_STATE_ZIP = /,[ \t]*([A-Z]{2})[ \t]+\d{5}(?:-\d{4})?\b/g;

/** The state of the letterhead address (first one in the letter). A hint only. */
export function extractState(p: PreparedText): Field<string> | null {
  CITY_STATE_ZIP.lastIndex = 0;
  const head = p.masked.slice(0, Math.min(p.analyzedLength, 1500));
  for (let m = CITY_STATE_ZIP.exec(head); m; m = CITY_STATE_ZIP.exec(head)) {
    const st = m[1] as string;
    if (!US_STATES.has(st)) continue;
    const start = m.index + m[0].indexOf(st);
    return { value: st, span: [start, start + 2], confidence: 0.5 };
  }
  return null;
}
