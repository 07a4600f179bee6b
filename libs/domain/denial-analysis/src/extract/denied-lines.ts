import type { Field, ServiceLine } from '../record-check.types';
import type { PreparedText } from '../text/prepare-text';

/**
 * The claim number printed over the refused lines when the table holds several claims: the
 * letter's first claim number may be a paid one.
 */
export function deniedClaimNumber(
  p: PreparedText,
  lines: readonly ServiceLine[],
): Field<string> | null {
  const claims = new Set(lines.map((l) => l.claimNumber).filter((c) => c !== null));
  if (claims.size < 2) return null;
  const refused = [...new Set(lines.filter((l) => l.refused).map((l) => l.claimNumber))];
  const value = refused.length === 1 ? refused[0] : null;
  if (!value) return null;
  const at = p.masked.indexOf(value);
  return { value, span: [at, at + value.length], confidence: 0.8 };
}
