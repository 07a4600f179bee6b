import type { Field, ServiceLine } from '../record-check.types';
import { type PreparedText, hasAny, lineBounds, lineIndexAt } from '../text/prepare-text';
import { findDatesIn } from './extract-dates';
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

// "Cedar Ridge paid for your stay from August 4, 2025 through August 21, 2025": the days the plan
// paid, before the days it refused.
const PAID_PERIOD = /\b(?:paid|covered)\b[^.\n$]{0,40}?\bfrom[ \t\n]+(?=\S)/gi;
const PERIOD_JOIN = /^[ \t\n]*(?:through|thru|to|-)[ \t\n]*$/i;

/**
 * The service dates outside the periods the letter says were paid, when some remain: an admission
 * date or the first paid day is not a refused day.
 */
export function outsidePaidPeriods<T extends { value: string }>(
  p: PreparedText,
  dates: readonly T[],
): T[] {
  if (dates.length < 2 || !hasAny(p, ['paid', 'covered'])) return [...dates];
  const periods: Array<[string, string]> = [];
  PAID_PERIOD.lastIndex = 0;
  for (let m = PAID_PERIOD.exec(p.masked); m; m = PAID_PERIOD.exec(p.masked)) {
    const at = m.index + m[0].length;
    const after = p.masked.slice(at, at + 80);
    const [from, to] = findDatesIn(after);
    if (!from || !to || from.span[0] !== 0) continue;
    if (!PERIOD_JOIN.test(after.slice(from.span[1], to.span[0]))) continue;
    periods.push([from.iso, to.iso]);
  }
  if (periods.length === 0) return [...dates];
  const kept = dates.filter((d) => !periods.some(([a, b]) => d.value >= a && d.value <= b));
  return kept.length > 0 ? kept : [...dates];
}
