import { type PreparedText, lineBounds } from '../text/prepare-text';

const CELL = /\S+(?: \S+)*/g;
const WORD = /\S+/g;
const MONEY_OR_NUMBER = /\$|\d{3,}/;
/** Header rows stacked under the first one (Medicare Summary Notices wrap theirs over three lines). */
const MAX_CONTINUATION_LINES = 3;

export interface HeaderBlock {
  /** Each column's label with its wrapped parts joined ("Amount Provider Charged"). */
  labels: string[];
  /** The last line of the header; rows start after it. */
  lastLine: number;
  /** Where each column's label starts on its line (same order as `labels`). */
  starts: number[];
}

function cellsOf(line: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  CELL.lastIndex = 0;
  for (let m = CELL.exec(line); m; m = CELL.exec(line)) {
    // Cells are separated by two or more spaces (or a tab); single spaces stay inside a label.
    const parts = m[0].split(/\t| {2,}/);
    let off = m.index;
    for (const part of parts) {
      const at = line.indexOf(part, off);
      out.push({ start: at, text: part });
      off = at + part.length;
    }
  }
  return out;
}

/**
 * A column header, with the lines that continue it: a continuation line has no amount, no code or
 * date, and each of its cells sits under a column of the first line, whose label it extends. Labels
 * are found by position, so a header wrapped in any number of ways reads the same.
 */
export function readHeaderBlock(p: PreparedText, first: number): HeaderBlock {
  const [hs, he] = lineBounds(p, first);
  const head = p.masked.slice(hs, he);
  const columns = cellsOf(head).map((c) => ({ start: c.start, parts: [c.text] }));
  let last = first;
  for (let j = first + 1; j <= first + MAX_CONTINUATION_LINES; j++) {
    const [s, e] = lineBounds(p, j);
    if (e <= s || e - s > 300) break;
    const line = p.masked.slice(s, e);
    if (line.trim() === '' || MONEY_OR_NUMBER.test(line)) break;
    const cells = cellsOf(line);
    // Prose under a table heading is one long cell starting at the margin: not a header part.
    if (cells.length < 2 && !/^\s{2,}/.test(line)) break;
    if (cells.some((c) => c.start < (columns[0]?.start ?? 0))) break;
    // Word by word: tight layouts leave a single space between two columns' parts.
    const parts = new Map<number, string[]>();
    WORD.lastIndex = 0;
    for (let w = WORD.exec(line); w; w = WORD.exec(line)) {
      let k = columns.length - 1;
      while (k > 0 && (columns[k]?.start ?? 0) > w.index + 2) k--;
      parts.set(k, [...(parts.get(k) ?? []), w[0]]);
    }
    for (const [k, words] of parts) columns[k]?.parts.push(words.join(' '));
    last = j;
  }
  return {
    labels: columns.map((c) => c.parts.join(' ')),
    lastLine: last,
    starts: columns.map((c) => c.start),
  };
}
