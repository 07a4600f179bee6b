import type { Field, Reviewer } from '../record-check.types';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { collapse, tightenSpan } from '../text/text-utils';

const REVIEWER_NAMED =
  /\b(?:made|reviewed|decided|signed|determined|issued)[ \t\n]+by[ \t\n]+((?:Dr\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'’-]+)(?:,?[ \t]*((?:M\.?D\.?|D\.?O\.?|R\.?N\.?|Ph\.?D\.?|PharmD|NP|PA-C)(?![A-Za-z])))?(?:,[ \t\n]*(?:a|an|our)[ \t\n]+([^.;\n]{3,100}(?:\n[^.;\n]{0,80})?))?/;
const REVIEWER_ROLE =
  /\b((?:physician|medical|clinical|peer|nurse|pharmacist|doctor)[ \t]+reviewer|medical director|peer reviewer)\b(?:,[ \t\n]*(?:a|an|who is a|who is an)[ \t\n]+([^,.;\n]{3,80}))?/i;
const REVIEWER_UNNAMED =
  /\b(?:reviewed|made|decided|determined)[ \t\n]+by[ \t\n]+(?:a|an|our)[ \t\n]+((?:board[- ]certified[ \t]+|licensed[ \t]+)?(?:[a-z-]+[ \t]+){0,3}(?:[a-z]+(?:ist|ian|eon|or)|physician|doctor|nurse|pharmacist|clinician|psychologist)s?)\b(?![ \t]+reviewer)/i;
const REVIEWER_LABEL =
  /^[ \t*]*(?:reviewer|reviewed by|medical reviewer|physician reviewer)[ \t]*:[ \t*]*([^\n]{3,100})$/im;

export function extractReviewer(p: PreparedText): Field<Reviewer> | null {
  if (
    !hasAny(p, [
      'reviewer',
      'reviewed',
      'director',
      'made',
      'decided',
      'signed',
      'determined',
      'issued',
    ])
  )
    return null;
  const labelled = REVIEWER_LABEL.exec(p.masked);
  if (labelled) {
    const v = labelled[1] as string;
    const start = labelled.index + labelled[0].length - v.length;
    const [name, ...cred] = v.split(/,\s*/);
    return {
      value: {
        name: collapse(name ?? '') || null,
        credentials: cred.length ? collapse(cred.join(', ')) : null,
      },
      span: [start, start + v.length],
      confidence: 0.85,
    };
  }
  const named = REVIEWER_NAMED.exec(p.masked);
  if (named) {
    const name = named[1] as string;
    const creds = [named[2], named[3]]
      .filter((x): x is string => !!x)
      .map(collapse)
      .join(', ');
    const start = named.index + named[0].indexOf(name);
    const end = named.index + named[0].length;
    return {
      value: { name: collapse(name), credentials: creds || null },
      span: tightenSpan(p.original, start, end),
      confidence: 0.8,
    };
  }
  const role = REVIEWER_ROLE.exec(p.masked);
  const unnamed = role?.[2] ? null : REVIEWER_UNNAMED.exec(p.masked);
  if (unnamed) {
    const span = tightenSpan(p.original, unnamed.index, unnamed.index + unnamed[0].length);
    return {
      value: { name: null, credentials: collapse(unnamed[1] as string) },
      span,
      confidence: 0.7,
    };
  }
  if (role) {
    const roleText = role[1] as string;
    const appositive = role[2] ? collapse(role[2]) : null;
    const span = tightenSpan(p.original, role.index, role.index + role[0].length);
    return {
      value: {
        name: null,
        credentials: appositive ?? (/medical director/i.test(roleText) ? collapse(roleText) : null),
      },
      span,
      confidence: 0.7,
    };
  }
  return null;
}
