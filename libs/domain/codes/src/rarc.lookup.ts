import { RARC_ROWS } from './rarc.data';
import type { RarcInfo } from './code.types';
import { rarcCandidates } from './code-normalise';
import { UNKNOWN_CODE } from './carc.lookup';

const RARCS = new Map<string, string>(RARC_ROWS);

/** The snapshot stops at N369 and lacks "Alert:" wording: newer codes come back `known: false`. */
export function lookupRarc(input: string): RarcInfo {
  const candidates = rarcCandidates(input);
  for (const code of candidates) {
    const description = RARCS.get(code);
    if (description !== undefined) return { code, description, known: true };
  }
  return { code: candidates[0] ?? input.trim(), description: UNKNOWN_CODE, known: false };
}
