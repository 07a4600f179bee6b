import type { Field, ServiceLine } from '../record-check.types';
import { type PreparedText, lineBounds, lineIndexAt } from '../text/prepare-text';
import { MONEY_ANYWHERE } from './eob-table';

/**
 * Drops the codes or dates that the claim table shows only on lines it paid: the denial is about
 * the refused lines ("99203 paid, D7240 not paid: other coverage is primary"). A value the table
 * does not hold stays where `besideAmount` says a line prints it with an amount (a row the table
 * reader missed); a code named only in prose ("the authorization covers CPT 72148") is not a
 * refused line.
 */
export function onlyRefusedLines<T extends { value: string }>(
  items: readonly T[],
  lines: readonly ServiceLine[],
  valueOf: (l: ServiceLine) => string | null | ReadonlyArray<string | null>,
  besideAmount: (value: string) => boolean = () => true,
): T[] {
  const refused = new Set(lines.filter((l) => l.refused).flatMap(valueOf));
  refused.delete(null);
  if (refused.size === 0) return [...items];
  const paid = new Set(lines.filter((l) => !l.refused).flatMap(valueOf));
  return items.filter(
    (it) => refused.has(it.value) || (!paid.has(it.value) && besideAmount(it.value)),
  );
}

/** Whether some line that prints `text` also prints an amount. */
export function printedBesideAmount(p: PreparedText, text: string): boolean {
  for (let at = p.masked.indexOf(text); at !== -1; at = p.masked.indexOf(text, at + 1)) {
    const [ls, le] = lineBounds(p, lineIndexAt(p, at));
    if (MONEY_ANYWHERE.test(p.masked.slice(ls, le))) return true;
  }
  return false;
}

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
