import { matchOutside } from '../classify/score-cues';
import type { Finding } from '../record-check.types';
import { hasAny } from '../text/prepare-text';
import type { FindingContext } from './finding-context';

// Regime-specific rights a denial can trigger (issue 9, "regime depth"). Each finding is raised
// from the reason and the body of the letter, never from its appeal-rights boilerplate.

const SERVICE_ENDING =
  /\b(?:skilled nursing|SNF|home health|CORF|comprehensive outpatient rehabilitation|hospice)\b[^.\n]{0,120}\b(?:ending|will end|ends|stop(?:s|ping)?|terminat\w*|discharg\w*|last covered day|no longer (?:be )?covered)\b|\b(?:ending|will end|terminat\w*|discharg\w*|last covered day)\b[^.\n]{0,120}\b(?:skilled nursing|SNF|home health|CORF|hospice)\b|\bNotice of Medicare Non-Coverage\b/i;

const NO_IMPROVEMENT =
  /\bplateau(?:ed)?\b|\bnot improving\b|\bno (?:further |measurable |significant )?(?:improvement|progress)\b|\b(?:do(?:es)?|did) not show (?:measurable |functional |significant )?(?:functional )?(?:improvement|progress)\b|\bmaintenance (?:therapy|care|level|program)\b|\bno longer (?:considered |requires? )?skilled\b/i;

const COVERAGE_LIMIT =
  /\bvisit limit\b|\blimit(?:ed)? (?:of|to) \d{1,3} (?:visits?|sessions?|units?)\b|\b\d{1,3}[- ](?:visit|session|unit) (?:limit|maximum)\b|\b(?:quantity|frequency|benefit) limit\b|\bmaximum (?:number of )?(?:visits?|sessions?|units?)\b/i;

// "Member age: 9", "age 17", "(DOB 04/02/2012)" is handled from the age only: a date of birth
// needs the analysis date, which the age label already reflects on the notices that print it.
const AGE =
  /\b(?:member |patient |enrollee )?age\s*[:#]?\s*(\d{1,2})\b|\b(\d{1,2})[- ]year[- ]old\b/i;
const UNDER_21 = /\bunder (?:age )?21\b|\bEPSDT\b/i;

function memberUnder21(ctx: FindingContext): boolean {
  const m = hasAny(ctx.p, ['age', 'year', 'old']) ? AGE.exec(ctx.p.masked) : null;
  if (m) {
    const age = Number(m[1] ?? m[2]);
    return Number.isFinite(age) && age < 21;
  }
  return (
    hasAny(ctx.p, ['under', 'epsdt', 'child', 'children', 'minor']) && UNDER_21.test(ctx.p.masked)
  );
}

/** Where the letter itself says it, outside its appeal-rights text. */
function spanOf(ctx: FindingContext, re: RegExp): [number, number] | undefined {
  return matchOutside(ctx.p, re, ['appeal_rights']) ?? undefined;
}

export function regimeDepthFindings(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  const medicare = ctx.regime === 'medicare_advantage' || ctx.regime === 'medicare_ffs';

  if (
    ctx.regime === 'medicare_advantage' &&
    hasAny(ctx.p, ['skilled', 'snf', 'home', 'corf', 'comprehensive', 'hospice', 'non']) &&
    spanOf(ctx, SERVICE_ENDING) !== undefined
  ) {
    const f: Finding = {
      id: 'fast_track_qio_appeal',
      kind: 'fast_track_qio_appeal',
      severity: 'high',
      citation: '42 CFR 422.624, 422.626; 422.584, 422.590(e)',
      explanation:
        'Skilled nursing, home health, CORF or hospice services are ending: the member can ask the Quality Improvement Organization for a fast-track appeal by noon of the day before services end (42 CFR 422.626), after the plan gives the Notice of Medicare Non-Coverage at least two days ahead (422.624). For other service denials an expedited reconsideration is decided within 72 hours (422.584, 422.590(e)).',
    };
    const span = spanOf(ctx, SERVICE_ENDING);
    if (span) f.span = span;
    out.push(f);
  }

  if (
    medicare &&
    hasAny(ctx.p, [
      'plateau',
      'plateaued',
      'improving',
      'improvement',
      'progress',
      'maintenance',
      'skilled',
    ]) &&
    spanOf(ctx, NO_IMPROVEMENT) !== undefined
  ) {
    const f: Finding = {
      id: 'improvement_standard',
      kind: 'improvement_standard',
      severity: 'high',
      citation: '42 CFR 409.32(c); 409.44(c)(2)(iii); Jimmo v. Sebelius settlement (D. Vt. 2013)',
      explanation:
        'The denial turns on the patient not improving (a plateau, maintenance care). Medicare covers skilled care needed to maintain the patient or slow decline: coverage does not depend on improvement (42 CFR 409.32(c); the Jimmo settlement). Ask for the skilled-need assessment, not progress, to be applied.',
    };
    const span = spanOf(ctx, NO_IMPROVEMENT);
    if (span) f.span = span;
    out.push(f);
  }

  if (ctx.regime === 'medicaid_managed_care') {
    if (
      hasAny(ctx.p, ['limit', 'limited', 'maximum', 'visit', 'visits']) &&
      spanOf(ctx, COVERAGE_LIMIT) !== undefined
    ) {
      const f: Finding = {
        id: 'coverage_limit_standards',
        kind: 'coverage_limit_standards',
        severity: 'medium',
        citation: '42 CFR 438.404(b)(2); 438.210(a)(3)-(5)',
        explanation:
          'The denial applies a coverage limit (a visit or quantity limit). The member may have, free of charge, the processes, strategies and evidentiary standards used to set that limit (42 CFR 438.404(b)(2)); services must be sufficient in amount, duration and scope, and a limit may only rest on criteria such as medical necessity (438.210(a)): ask whether the limit can be exceeded on medical necessity.',
      };
      const span = spanOf(ctx, COVERAGE_LIMIT);
      if (span) f.span = span;
      out.push(f);
    }
    if (memberUnder21(ctx))
      out.push({
        id: 'epsdt_under_21',
        kind: 'epsdt_under_21',
        severity: 'high',
        citation: 'Social Security Act §1905(r), 42 U.S.C. 1396d(r)(5); 42 CFR 441.50-441.62',
        explanation:
          'The member is under 21: under EPSDT Medicaid must cover any service needed to correct or ameliorate a condition, even beyond the limits of the state plan. Ask whether the request was reviewed under the EPSDT standard.',
      });
  }
  return out;
}
