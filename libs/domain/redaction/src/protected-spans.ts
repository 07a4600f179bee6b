import type { Span } from './identifier-kinds';

/**
 * Text redaction must never remove: reference/claim/authorization numbers, CPT/HCPCS, ICD-10 and
 * claim-denial (CARC/RARC) codes. A shape-based detection overlapping one of these is dropped;
 * values the case record names as identifiers are still redacted.
 */
const PROTECTED: RegExp[] = [
  // "reference number REF-2026-118842", "claim # 55120", "authorization number PA-88213"
  /\b(?:reference|ref|confirmation|claim|authori[sz]ation|auth|tracking|interaction|ticket)(?:\s+(?:number|no\.?|#|id))?(?:\s+(?:is|was|will be))?[:\s#]*(?:[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)/gi,
  /\b(?:case|appeal|call)\s+(?:reference\s+)?(?:number|no\.?|#|id)(?:\s+(?:is|was))?[:\s#]*(?:[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)/gi,
  // CPT / HCPCS: 5 characters, with a cue
  /\b(?:CPT|HCPCS|procedure|billing|service)\s+(?:codes?\s+)?(?:[A-Z]?\d{4}[0-9A-Z]?)(?:(?:,|\s+and|\s+or)\s+[A-Z]?\d{4}[0-9A-Z]?)*/gi,
  // ICD-10-CM: letter, two digits, optional dot part
  /\b[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\b/g,
  // CARC group + code (CO-50, PR 204), RARC (N115, MA130)
  /\b(?:CO|PR|OA|PI|CR)[- ]?\d{1,3}\b/g,
  /\b(?:M|MA|N)\d{1,3}\b/g,
];

export function protectedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const re of PROTECTED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
