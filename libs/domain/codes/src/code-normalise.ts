import type { AdjustmentGroupCode, CodeReference } from './code.types';

const GROUPS: readonly AdjustmentGroupCode[] = ['CO', 'PR', 'OA', 'PI', 'CR'];

// Group, optional separator (hyphen, space, X12 element separator "*", colon, slash), then the CARC.
// Without a separator the group still splits off ("CO97"), since no CARC begins with a group's letters.
const REFERENCE = /^(?:(CO|PR|OA|PI|CR)\s*[-*:/_]?\s*)?([A-Z]?0*\d{1,3})$/;
const LABEL = /^(?:CARC|CAS|REASON(?:\s+CODE)?)\s*[:#*-]?\s*/;

function clean(input: string): string {
  return input.trim().toUpperCase().replace(LABEL, '').trim();
}

/** "097" → "97", "B07" → "B7": remittance exports sometimes zero-pad; X12 CARCs never are. */
function canonicalCarc(raw: string): string {
  const m = /^([A-Z]?)0*(\d+)$/.exec(raw);
  return m ? `${m[1]}${m[2]}` : raw;
}

/**
 * Reads "CO-97", "co 97", "CO*97", "CO97", "97", "CARC 97" and " b7 ". Returns null when the input
 * holds no code-shaped token; never throws.
 */
export function parseCodeReference(input: string): CodeReference | null {
  const m = REFERENCE.exec(clean(input));
  if (!m || m[2] === undefined) return null;
  const group = (m[1] as AdjustmentGroupCode | undefined) ?? null;
  return { group, carc: canonicalCarc(m[2]) };
}

/** The CARC part of a reference, normalised; null when the input is not code-shaped. */
export function normaliseCarc(input: string): string | null {
  return parseCodeReference(input)?.carc ?? null;
}

export function isAdjustmentGroupCode(value: string): value is AdjustmentGroupCode {
  return (GROUPS as readonly string[]).includes(value);
}

export function normaliseGroup(input: string): AdjustmentGroupCode | null {
  const g = input.trim().toUpperCase();
  return isAdjustmentGroupCode(g) ? g : null;
}

/**
 * RARC spellings to try, most literal first: "n 14" → N14; "N014" → N14; "MA1" → MA01 (the MA
 * series is zero-padded to two digits, the M and N series are not).
 */
export function rarcCandidates(input: string): string[] {
  const compact = input
    .trim()
    .toUpperCase()
    .replace(/^(?:RARC|REMARK(?:\s+CODE)?)\s*[:#-]?\s*/, '')
    .replace(/^ALERT\s*:\s*/, '')
    .replace(/[\s\-_*]/g, '');
  const m = /^([A-Z]{1,2})(\d+)$/.exec(compact);
  if (!m || m[1] === undefined || m[2] === undefined) return compact === '' ? [] : [compact];
  const unpadded = `${m[1]}${String(Number(m[2]))}`;
  const padded = `${m[1]}${String(Number(m[2])).padStart(2, '0')}`;
  return [...new Set([compact, unpadded, padded])];
}
