import {
  DISCLOSURE_ELEMENTS,
  type DenialCategory,
  type Regime,
  type ServiceType,
} from '@claimlane/shared-contracts';
import type { Extraction } from '../extract/extract-fields';
import type { DisclosureAssessment, Span } from '../record-check.types';
import type { PreparedText } from '../text/prepare-text';
import { EVIDENCE } from './disclosure-evidence';
import { templateSlotFor } from './template-slots';
import {
  DISCLOSURE_RULES,
  NOT_APPLICABLE_BY_CATEGORY,
  type Requirement,
} from './disclosure-rules.data';

const CLINICAL_TERMS =
  /\b(?:diagnos[ie]s|clinical(?:ly)?|medical(?:ly)? necess\w*|symptoms?|severity|therapy|functional|criteria|guidelines?|condition|treatment (?:history|plan))\b/i;
const DOCUMENTATION_GAP =
  /\bno documented\b|\bnot documented\b|\b(?:records|documentation|notes) (?:do(?:es)? not|did not) (?:show|support|document|include|demonstrate)\b|\bno (?:evidence|record|documentation) of\b|\binsufficient (?:clinical )?(?:documentation|information)\b|\bwithout (?:supporting )?documentation\b|\b(?:was|were) not (?:submitted|received|provided)\b/i;

export interface DisclosureContext {
  p: PreparedText;
  x: Extraction;
  regime: Regime;
  category: DenialCategory;
  serviceType: ServiceType | null;
}

/** True when the stated reason rests on clinical facts (a diagnosis-based rule, a severity test…). */
export function clinicalBasis(ctx: Pick<DisclosureContext, 'p' | 'x'>): boolean {
  const r = ctx.x.reason.statedReason;
  return CLINICAL_TERMS.test(r ? r.value : '');
}

export function documentationGap(ctx: Pick<DisclosureContext, 'p' | 'x' | 'category'>): boolean {
  return ctx.category === 'missing_information' || documentationGapSpan(ctx) !== null;
}

/** Where the stated reason says the record lacks something ("no documented trial of …"). */
export function documentationGapSpan(ctx: Pick<DisclosureContext, 'p' | 'x'>): Span | null {
  const r = ctx.x.reason.statedReason;
  if (!r) return null;
  const m = DOCUMENTATION_GAP.exec(ctx.p.masked.slice(r.span[0], r.span[1]));
  return m ? [r.span[0] + m.index, r.span[0] + m.index + m[0].length] : null;
}

function effective(
  requirement: Requirement,
  ctx: DisclosureContext,
  gap: boolean,
): 'required' | 'if_present' | 'not_applicable' {
  switch (requirement) {
    case 'urgent_only':
      return ctx.serviceType === 'urgent' ? 'required' : 'if_present';
    case 'service_only':
      return ctx.serviceType === 'pre_service' ||
        ctx.serviceType === 'urgent' ||
        ctx.serviceType === 'concurrent'
        ? 'required'
        : 'if_present';
    case 'documentation_gap_only':
      return gap ? 'required' : 'if_present';
    default:
      return requirement;
  }
}

/** All 13 elements, always, in the fixed order of DISCLOSURE_ELEMENTS. */
export function assessDisclosures(ctx: DisclosureContext): DisclosureAssessment[] {
  const rules = DISCLOSURE_RULES[ctx.regime];
  const gap = documentationGap(ctx);
  const clinical = clinicalBasis(ctx);
  return DISCLOSURE_ELEMENTS.map((element) => {
    const rule = rules[element];
    let need = effective(rule.requirement, ctx, gap);
    let why = need === 'not_applicable' ? rule.citation : '';
    const byCategory = NOT_APPLICABLE_BY_CATEGORY[element];
    if (need !== 'not_applicable' && byCategory) {
      const na =
        byCategory.always.includes(ctx.category) ||
        (byCategory.unlessClinical.includes(ctx.category) && !clinical);
      // Not owed for this kind of denial, but shown when the letter gives it anyway (a
      // prior-authorization denial that also quotes the clinical rationale).
      if (na) {
        need = 'if_present';
        why = `${ctx.category} denial: ${byCategory.why}`;
      }
    }
    if (need === 'not_applicable')
      return {
        element,
        status: 'not_applicable',
        span: null,
        citation: rule.citation,
        explanation: why,
      };
    let ev = EVIDENCE[element]({ p: ctx.p, x: ctx.x, regime: ctx.regime, documentationGap: gap });
    const slot = ev.found === 'missing' ? templateSlotFor(ctx.p, element) : null;
    if (slot)
      ev = {
        found: 'vague',
        span: slot,
        explanation: 'the form leaves a blank for it, to be filled in',
      };
    // Where no clinical rule decided (NOT_APPLICABLE_BY_CATEGORY), naming the rule applied or
    // offering a free copy of any rule relied on is all 29 CFR 2560.503-1(g)(1)(v)(A) asks: given.
    if (
      why !== '' &&
      ev.found === 'vague' &&
      element === 'criteria_or_guideline' &&
      (ctx.x.criteria.criteria || ctx.x.criteria.offers.some((o) => o.free && o.criteria))
    )
      ev = { ...ev, found: 'present' };
    // A vague mention of an element this denial does not owe is no defect: not applicable.
    if (need === 'if_present' && (ev.found === 'missing' || (why !== '' && ev.found === 'vague')))
      return {
        element,
        status: 'not_applicable',
        span: null,
        citation: rule.citation,
        explanation: why || `not required under ${ctx.regime} here, and not given`,
      };
    return {
      element,
      status: ev.found,
      span: ev.span,
      citation: rule.citation,
      explanation: ev.explanation,
    };
  });
}
