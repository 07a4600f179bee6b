import type { Field, Span } from '../record-check.types';
import { paragraphEnd } from '../text/paragraphs';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { firstPlaceholderFrom } from '../text/placeholders';
import { textField } from '../text/text-utils';

// Plan documents a denial can rest on (state Medicaid rules count: Medicaid MCO handbooks cite
// them). CFR citations are left out on purpose: letters cite them for appeal rights, not as the
// provision they relied on.
// A name may wrap between its words ("Member" / "Handbook").
const DOC =
  String.raw`(?:Summary Plan Description|SPD|Plan Document|Evidence of Coverage|EOC|Certificate of (?:Coverage|Insurance)|Member Handbook|Member(?:ship)? (?:Contract|Agreement)|Subscriber (?:Agreement|Contract|Certificate)|Benefits? (?:Booklet|Summary|Plan Document)|Schedule of Benefits|Policy Booklet|Policy Manual|Processing Manual|Integrity Manual|Provider Manual|Administrative Code|Admin\.? Code|Insurance Code|Revised Code)`.replace(
    / /g,
    String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`,
  );
const DOC_REF = String.raw`${DOC}(?:[ \t]{1,2}\d[\w.-]{0,20})?`;
// Title words in front of a document name ("Ohio Administrative Code", "Medicare Benefit Policy
// Manual"), read backwards from the name so the scan itself starts at a literal keyword.
const PREFIX_WORDS = /(?:(?:[A-Z][\w.&'’-]*|of|the)[ \t\n]{1,2}){1,4}$/;
const PROVISION_WORDS = [
  'article',
  'section',
  'sec',
  'chapter',
  'ch',
  'rule',
  'paragraph',
  'para',
  'part',
  'description',
  'spd',
  'document',
  'coverage',
  'eoc',
  'certificate',
  'handbook',
  'contract',
  'agreement',
  'booklet',
  'schedule',
  'summary',
  'manual',
  'code',
];
// A number may wrap to the next line ("Section" / "9.4"); "Part" only with a number ("Part 9"), as
// "Medicare Part C" names a program.
const SEC_REF = String.raw`(?:(?:Article|Section|Sec\.|§{1,2}|Chapter|Ch\.|Rule|Paragraph|Para\.)(?:[ \t]|\n[ \t]{0,6})?(?:[IVXLC]+\b|\d+(?:[.-]\d+){0,4}[A-Za-z]?)|Part[ \t]\d+(?:[.-]\d+){0,4})(?:\([a-z0-9]{1,4}\)){0,4}`;
const TITLE = String.raw`,?[ \t\n]{0,3}(?:"[^"\n]{1,80}"|“[^”\n]{1,80}”|\((?:[^()]|\([^()]{0,60}\)){1,160}\))`;
const SEP = String.raw`[ \t]*,?[ \t\n]{0,3}`;

const ANCHOR = new RegExp(String.raw`${DOC_REF}(?:${SEP}${SEC_REF})*|${SEC_REF}`, 'g');
const PREFIXED_DOC = String.raw`(?:(?:[A-Z][\w.&'’-]*|of|the)[ \t\n]{1,2}){0,4}${DOC_REF}`;
// Sticky (runs only at the end of a citation), so the title-word prefix costs nothing here.
const CONTINUE = new RegExp(
  String.raw`(?:${SEP}${SEC_REF})+|${TITLE}|${SEP}(?:and|&|;)[ \t\n]{1,3}(?:${PREFIXED_DOC}(?:${SEP}${SEC_REF})*|${SEC_REF})`,
  'y',
);
// Section numbers of statutes that letters quote for appeal rights, not as the plan's basis.
const NOT_A_PROVISION =
  /^(?:Section|Sec\.|§{1,2})[ \t]?(?:502|503|2719|1557|2793)\b|\b(?:ERISA|Act|U\.S\.C\.)\b/;

const LABELLED =
  /^[ \t*]*(?:plan provisions?|(?:contract|policy|plan|benefit|coverage) (?:provisions?|language|sections?|terms?)(?: relied (?:on|upon))?|according to (?:your|the) (?:policy|plan|contract)(?: language)?|provisions? relied (?:on|upon))[ \t*]*:[ \t*]*/gim;
const QUOTED_POLICY =
  /\b(?:policy|plan|contract|certificate) (?:states|says|provides|reads)\b[^"“\n]{0,40}[:,]?\s*(["“])/i;
const GENERIC_PLAN =
  /\b(?:under the terms of (?:your|the) (?:plan|policy|coverage|contract)|(?:your|the) (?:plan|policy) (?:does not|doesn't|will not) cover|not (?:a )?covered under (?:your|the) (?:current )?(?:plan|policy)|(?:plan|policy) (?:exclusions?|limitations?)|terms of (?:your|the) (?:plan|policy|contract)|your (?:plan|policy|benefit) (?:documents?|booklet)|(?:the )?rules for [\w\s]{1,40}? in\s+your\s+(?:benefit\s+package|benefits|plan|coverage))\b/i;

export interface ProvisionExtraction {
  planProvision: Field<string> | null;
  /** True when the citation names a section, article, number or quotes the language. */
  specific: boolean;
  /** A reference to "the terms of your plan" without saying which. */
  genericMention: Span | null;
}

function chainFrom(p: PreparedText, start: number, end: number): number {
  let pos = end;
  for (let guard = 0; guard < 8; guard++) {
    CONTINUE.lastIndex = pos;
    const m = CONTINUE.exec(p.masked);
    if (!m || m[0].length === 0) break;
    pos = m.index + m[0].length;
  }
  return pos > start + 400 ? start + 400 : pos;
}

const APPEAL_RULES_BEFORE =
  /\bappeals? (?:rules|procedures?|process|rights)\b[^.]{0,60}\b(?:described|explained|found|set out|listed) in\s+(?:the|your|our|the member['’]s)?\s*$/i;

function citedProvision(p: PreparedText): { field: Field<string>; specific: boolean } | null {
  if (!hasAny(p, PROVISION_WORDS) && !p.original.includes('§')) return null;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(p.masked); m; m = ANCHOR.exec(p.masked)) {
    if (m[0].length === 0) {
      ANCHOR.lastIndex++;
      continue;
    }
    const prefix = PREFIX_WORDS.exec(p.masked.slice(Math.max(0, m.index - 60), m.index));
    let start = prefix ? m.index - prefix[0].length : m.index;
    // Possessives and articles are not part of a document's name ("Your Evidence of Coverage").
    const lead = /^(?:(?:the|of|your|our|this|under|per|see)[ \t\n]+)+/i.exec(
      p.masked.slice(start, m.index),
    );
    if (lead) start += lead[0].length;
    const after = p.masked.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "the Plan's member appeal rules, which are described in the member's Summary Plan
    // Description": where the appeal rules are, not the denial's basis.
    const before = p.masked.slice(Math.max(0, m.index - 80), m.index);
    if (
      APPEAL_RULES_BEFORE.test(before) ||
      NOT_A_PROVISION.test(m[0]) ||
      /^\s*(?:of|under) (?:the )?(?:ERISA|Employee Retirement|Social Security|Public Health Service)/i.test(
        after,
      )
    )
      continue;
    const end = chainFrom(p, start, m.index + m[0].length);
    const field = textField(p.original, start, end, 0.8);
    if (!field) continue;
    const specific = /\d|"|“|\(/.test(field.value) || new RegExp(SEC_REF).test(field.value);
    return { field, specific };
  }
  return null;
}

function labelledProvision(p: PreparedText): Field<string> | null {
  if (
    !hasAny(p, [
      'provision',
      'provisions',
      'language',
      'according',
      'section',
      'sections',
      'terms',
      'term',
      'relied',
    ])
  )
    return null;
  LABELLED.lastIndex = 0;
  const m = LABELLED.exec(p.masked);
  if (!m) return null;
  let start = m.index + m[0].length;
  // "Plan provision: [Policy section and title]." on a blank form: the slot is empty, and the next
  // line is another part of the form.
  const colon = m.index + m[0].lastIndexOf(':') + 1;
  const lineEnd = p.masked.indexOf('\n', colon);
  const rest = p.masked.slice(colon, lineEnd === -1 ? p.masked.length : lineEnd);
  const slot = firstPlaceholderFrom(p.placeholders, colon);
  if (slot && slot[0] < colon + rest.length && /^[\s.,;:*]*$/.test(rest)) return null;
  if (p.masked[start] === '\n') start++;
  const end = paragraphEnd(p, start, 800, false);
  const f = textField(p.original, start, end, 0.9, true);
  return f && /[A-Za-z]{3,}/.test(f.value) ? f : null;
}

function quotedProvision(p: PreparedText): Field<string> | null {
  if (!hasAny(p, ['states', 'says', 'provides', 'reads'])) return null;
  const m = QUOTED_POLICY.exec(p.masked);
  if (!m) return null;
  const open = m.index + m[0].length - 1;
  const closeChar = m[1] === '“' ? '”' : '"';
  const close = p.masked.indexOf(closeChar, open + 1);
  if (close === -1 || close - open > 800) return null;
  return textField(p.original, open, close + 1, 0.8, true);
}

export function extractProvision(p: PreparedText): ProvisionExtraction {
  const g = hasAny(p, [
    'terms',
    'cover',
    'covered',
    'exclusion',
    'exclusions',
    'limitation',
    'limitations',
    'document',
    'documents',
    'booklet',
    'rules',
  ])
    ? GENERIC_PLAN.exec(p.masked)
    : null;
  const genericMention: Span | null = g ? [g.index, g.index + g[0].length] : null;
  const labelled = labelledProvision(p);
  if (labelled) return { planProvision: labelled, specific: true, genericMention };
  const cited = citedProvision(p);
  if (cited?.specific) return { planProvision: cited.field, specific: true, genericMention };
  const quoted = quotedProvision(p);
  if (quoted) return { planProvision: quoted, specific: true, genericMention };
  if (cited) return { planProvision: cited.field, specific: false, genericMention };
  return { planProvision: null, specific: false, genericMention };
}
