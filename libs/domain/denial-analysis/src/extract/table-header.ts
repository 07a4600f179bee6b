import { type PreparedText, lineBounds } from '../text/prepare-text';

const CELL = /\S+(?: \S+)*/g;
// A header word; a table bar is a border, never part of a label ("|charges").
const WORD = /[^\s|]+/g;
const MONEY_OR_NUMBER = /\$|\d{3,}/;
/** Header rows stacked under the first one (Medicare Summary Notices wrap theirs over three lines). */
const MAX_CONTINUATION_LINES = 3;
const BARS = /\|[^|\n]*\|[^|\n]*\|/;
/** A line of table rules and borders only. */
export const RULE = /^[\s|+:=_-]+$/;

export interface HeaderBlock {
  /** Each column's label with its wrapped parts joined ("Amount Provider Charged"). */
  labels: string[];
  /** The last line of the header; rows start after it. */
  lastLine: number;
  /** Where each column's label starts on its line (same order as `labels`). */
  starts: number[];
}

/** The cells of a header line: split at its bars, or at gaps of two or more spaces or a tab. */
export function headerCells(line: string): Array<{ start: number; text: string }> {
  // A bar-delimited header splits at its bars, whatever the padding ("| Billed | Paid |").
  if (BARS.test(line))
    return pipeCellsOf(line)
      .filter((c) => c.text !== '')
      .map((c) => ({ start: line.indexOf(c.text, c.start), text: c.text }));
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
  const columns: Array<{ start: number; parts: string[] }> = headerCells(head).map((c) => ({
    start: c.start,
    parts: [c.text],
  }));
  let last = first;
  for (let j = first + 1; j <= first + MAX_CONTINUATION_LINES; j++) {
    const [s, e] = lineBounds(p, j);
    if (e <= s || e - s > 300) break;
    const line = p.masked.slice(s, e);
    if (line.trim() === '' || MONEY_OR_NUMBER.test(line) || RULE.test(line)) break;
    const cells = headerCells(line);
    // Prose under a table heading is one long cell starting at the margin: not a header part.
    if (cells.length < 2 && !/^\s{2,}/.test(line)) break;
    const margin = columns[0]?.start ?? 0;
    const left = cells.filter((c) => c.start < margin);
    // The row labels' own column may be named on the last header line, at the margin ("Items
    // Provided" under a header whose first line starts over the amounts): a new first column.
    if (left.length > 1 || (left.length === 1 && cells.length < 3)) break;
    if (left[0]) columns.unshift({ start: left[0].start, parts: [] });
    // Word by word: tight layouts leave a single space between two columns' parts. Two cells of one
    // line (two or more spaces apart) under the same label are two columns: the second names a
    // column the first line left unlabelled ("Approved  Medicare" under "Medicare-").
    const parts = new Map<(typeof columns)[number], string[]>();
    let previous = null as { column: number; cell: number } | null;
    WORD.lastIndex = 0;
    for (let w = WORD.exec(line); w; w = WORD.exec(line)) {
      const at = w.index;
      const cell = cells.findLastIndex((c) => c.start <= at);
      let k = columns.length - 1;
      while (k > 0 && (columns[k]?.start ?? 0) > at + 2) k--;
      // A label right-aligned over a longer word ("Not" over "Covered"): the word ending where the
      // next column's first label ends belongs to that column.
      const next = columns[k + 1];
      const nextEnd = next ? next.start + (next.parts[0]?.length ?? 0) : -1;
      const end = at + w[0].length;
      if (next && next.parts.length > 0 && next.start < end && Math.abs(end - nextEnd) <= 1) k++;
      else if (
        previous?.column === k &&
        previous.cell !== cell &&
        at > (columns[k]?.start ?? 0) + 2
      ) {
        columns.splice(k + 1, 0, { start: at, parts: [] });
        k++;
      }
      const column = columns[k] as (typeof columns)[number];
      parts.set(column, [...(parts.get(column) ?? []), w[0]]);
      previous = { column: k, cell };
    }
    for (const [column, words] of parts) column.parts.push(words.join(' '));
    last = j;
  }
  return {
    labels: columns.map((c) => c.parts.join(' ')),
    lastLine: last,
    starts: columns.map((c) => c.start),
  };
}

/** A rule between rows of a bar-drawn table ("|---|---|", "+----+"). */
export const PIPE_RULE = /^[ \t]*\|?[ \t:|+-]*-[ \t:|+-]*$/;

/** The cells of a bar-delimited row ("| Member ID | Claim Number |"), with where each starts. */
function pipeCellsOf(line: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let from = line.indexOf('|') + 1;
  if (from === 0) return out;
  for (let bar = line.indexOf('|', from); bar !== -1; bar = line.indexOf('|', from)) {
    out.push({ start: from, end: bar, text: line.slice(from, bar).trim() });
    from = bar + 1;
  }
  return out;
}

/** One column of a header row over a row of values. */
export interface ColumnAbove {
  label: string;
  /** Where the label starts on the header line. */
  labelAt: number;
  /** The span of the value line this column covers (line offsets). */
  from: number;
  to: number;
  /** A bar grid's cell text (its bars delimit the value); null in a spaced grid. */
  cell: string | null;
}

/**
 * A bar grid's header wrapped over stacked rows ("| Requested date |" / "| / decision |"): each
 * column's parts joined top-down, up to the rule or text above the header.
 */
function stackedPipeLabels(
  p: PreparedText,
  last: number,
  header: ReadonlyArray<{ text: string }>,
): string[] {
  const labels = header.map((c) => c.text);
  for (let i = last - 1; i >= Math.max(0, last - MAX_CONTINUATION_LINES); i--) {
    const line = lineText(p, i);
    if (PIPE_RULE.test(line) || /\d/.test(line)) break;
    const above = pipeCellsOf(line);
    if (above.length !== header.length) break;
    above.forEach((c, k) => {
      if (c.text !== '') labels[k] = `${c.text} ${labels[k]}`.trim();
    });
  }
  return labels;
}

/** Spaced header cells are split by two or more spaces; single spaces stay inside a label. */
const SPACED_CELL = /\S+(?: \S+)*/g;

function lineText(p: PreparedText, i: number): string {
  const [s, e] = lineBounds(p, i);
  return e - s > 300 ? '' : p.masked.slice(s, e);
}

/**
 * The one reader of "labels over values" (claim-status grids, portal printouts): the header row
 * above value line `line`, as columns. A bar grid ("| Statement Date | Member ID |" / "|---|---|" /
 * "| 10/06/2025 | W7731 0042 88 |") needs two or more cells on both rows, as many on each, and may
 * have a rule between them; a spaced grid needs three or more cells. A header holds no digits.
 */
export function columnsAbove(p: PreparedText, line: number): ColumnAbove[] | null {
  if (line <= 0) return null;
  const valueLine = lineText(p, line);
  if (valueLine.includes('|')) {
    let h = line - 1;
    if (PIPE_RULE.test(lineText(p, h))) h--;
    const header = h >= 0 ? pipeCellsOf(lineText(p, h)) : [];
    const values = pipeCellsOf(valueLine);
    if (
      header.length >= 2 &&
      header.length === values.length &&
      !header.some((c) => /\d/.test(c.text))
    ) {
      const labels = stackedPipeLabels(p, h, header);
      return header.map((c, k) => {
        const v = values[k] as { start: number; end: number; text: string };
        return {
          label: labels[k] as string,
          labelAt: c.start,
          from: v.start,
          to: v.end,
          cell: v.text,
        };
      });
    }
  }
  // A dashed rule may separate the labels from the values ("Claim #   DOS" / "-------  ---").
  const between = line >= 2 ? lineText(p, line - 1) : '';
  const ruled = RULE.test(between) && /[-=_]{3}/.test(between);
  const header = lineText(p, ruled ? line - 2 : line - 1);
  if (header === '' || /\d/.test(header)) return null;
  const cells: Array<{ at: number; text: string }> = [];
  SPACED_CELL.lastIndex = 0;
  for (let m = SPACED_CELL.exec(header); m; m = SPACED_CELL.exec(header))
    cells.push({ at: m.index, text: m[0] });
  if (cells.length < 3) return null;
  // A value belongs to the last label starting no more than two columns to its right.
  return cells.map((c, k) => ({
    label: c.text,
    labelAt: c.at,
    from: c.at - 2,
    to: (cells[k + 1]?.at ?? Number.MAX_SAFE_INTEGER) - 2,
    cell: null,
  }));
}
