// A letter about several claims, printed as labelled blocks ("CLAIM 1 of 3 - PAID" / "Member ID:
// …" / "Plan claim no.: …" / "Billed: … Paid: …"), is about the one it refused: the member, claim,
// dates, codes and amount of that block, not of the first block printed. A Medicare standard paper
// remittance prints each claim under a "NAME … HIC … ACNT … ICN …" line; its refused claim is the
// one whose rows carry a denial adjustment code (CO-50), not the fee-schedule cuts (CO-45, CO-253).
import { type PreparedText, lineBounds, lineIndexAt } from '../text/prepare-text';
import { blankKeepingNewlines } from '../text/text-utils';
import { MONEY_ANYWHERE, REMITTANCE_CLAIM_LINE, hasRefusingCode } from './eob-table';

const CLAIM_LABEL =
  /^[ \t]*(?:(?:plan|payer|your)[ \t]+)?claim(?:[ \t]+(?:no\.?|number|#|id))?[ \t]*[:#][ \t]*([A-Z0-9][A-Z0-9-]{4,28})\b/gim;
const REMITTANCE_CLAIM_LINES = new RegExp(REMITTANCE_CLAIM_LINE.source, 'gm');
const SEPARATOR = /^[ \t]*(?:[=_*-][ \t]*){5,}$|^[ \t]*$/;
const REFUSED =
  /\bDENIED\b|\bnot paid\b|\bno payment\b|\bpaid:?[ \t]*\$[ \t]*0\.00(?![\d.])|\bwas denied\b/i;
/** How far above its claim label a block may start (its member and patient lines). */
const LINES_ABOVE = 4;

interface Block {
  start: number;
  end: number;
  refused: boolean;
}

const isSeparator = (p: PreparedText, line: number): boolean =>
  SEPARATOR.test(p.masked.slice(...lineBounds(p, line)));

function claimLabels(p: PreparedText, re: RegExp): Array<{ line: number; value: string }> {
  const labels: Array<{ line: number; value: string }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(p.masked); m; m = re.exec(p.masked))
    labels.push({ line: lineIndexAt(p, m.index), value: m[1] as string });
  return labels;
}

function blocksOf(p: PreparedText): Block[] {
  const remittance = p.words.has('icn') ? claimLabels(p, REMITTANCE_CLAIM_LINES) : [];
  const labels = remittance.length >= 2 ? remittance : claimLabels(p, CLAIM_LABEL);
  if (new Set(labels.map((l) => l.value)).size < 2) return [];
  const last = p.lineStarts.length - 1;
  return labels.map(({ line }, k) => {
    let first = line;
    while (first > 0 && line - first < LINES_ABOVE && !isSeparator(p, first - 1)) first--;
    const next = labels[k + 1]?.line ?? last + 1;
    let end = line;
    while (end + 1 < next && end < last && !isSeparator(p, end + 1)) end++;
    const start = p.lineStarts[first] as number;
    const stop = lineBounds(p, end)[1];
    const block = p.masked.slice(start, stop);
    return {
      start,
      end: stop,
      refused: REFUSED.test(block) || (labels === remittance && hasRefusingCode(block)),
    };
  });
}

/**
 * The letter with every other claim block blanked (same length, so spans stay valid) when it
 * prints two claim blocks or more and exactly one of them was refused; otherwise the letter.
 */
export function withOnlyRefusedClaimBlock(p: PreparedText): PreparedText {
  if (!p.words.has('claim') && !p.words.has('icn')) return p;
  const blocks = blocksOf(p);
  const refused = blocks.filter((b) => b.refused);
  if (blocks.length < 2 || refused.length !== 1) return p;
  // Only blocks that carry their own amounts are whole claims (a claim heading over a table of
  // rows printed further down is the table's business).
  if (!blocks.every((b) => MONEY_ANYWHERE.test(p.masked.slice(b.start, b.end)))) return p;
  let masked = p.masked;
  for (const b of blocks)
    if (!b.refused)
      masked =
        masked.slice(0, b.start) +
        blankKeepingNewlines(masked.slice(b.start, b.end)) +
        masked.slice(b.end);
  return { ...p, masked, lower: masked.toLowerCase(), views: new Map() };
}
