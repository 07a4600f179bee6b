import type { Span } from '../record-check.types';
import { type PreparedText, lineBounds } from './prepare-text';

/**
 * Space-aligned tables whose header is underlined by a rule of dash runs ("-----  ------  ----"):
 * the runs give the columns exactly, so a cell wrapped over several lines ("You must ask within
 * 180" / "days after you receive" / "this notice.", "LKC-4771092" / "3-01") can be read whole, which
 * the line-by-line readers cannot do when the other columns' words sit between its lines.
 */
export interface TableCell {
  /** The header label of the cell's column (may be empty). */
  label: string;
  /** The cell's lines joined: words with a space, an id split mid-token without one. */
  text: string;
  /** Where each joined piece sits in the letter, in order. */
  parts: Span[];
  /** Where each piece starts in `text`. */
  offsets: number[];
}

/** The letter offset of a `text` offset of the cell. */
export function letterOffset(cell: TableCell, at: number): number {
  let k = 0;
  while (k + 1 < cell.offsets.length && (cell.offsets[k + 1] as number) <= at) k++;
  const part = cell.parts[k] as Span;
  return Math.min(part[1], part[0] + at - (cell.offsets[k] as number));
}

export interface RuledTable {
  /** Rows of cells, one per column (an empty cell has no parts). */
  rows: TableCell[][];
}

const RULE = /^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$/;
/** A full-width rule ("-------", "======") closes the table, and is no header line. */
const FULL_RULE = /^[ \t]*[-=_]{8,}[ \t]*$/;
const MAX_BODY_LINES = 60;
const MAX_HEADER_LINES = 2;

const TABLES = new WeakMap<PreparedText, RuledTable[]>();

/** Every ruled table of the letter, read once per prepared text. */
export function ruledTables(p: PreparedText): RuledTable[] {
  let found = TABLES.get(p);
  if (!found) {
    found = p.masked.includes('-- ') ? readTables(p) : [];
    TABLES.set(p, found);
  }
  return found;
}

function readTables(p: PreparedText): RuledTable[] {
  const out: RuledTable[] = [];
  for (let i = 1; i < p.lineStarts.length; i++) {
    const [rs, re] = lineBounds(p, i);
    const rule = p.masked.slice(rs, re);
    if (!RULE.test(rule)) continue;
    const starts = [...rule.matchAll(/-{2,}/g)].map((m) => m.index);
    const labels = headerLabels(p, i, starts);
    const rows: TableCell[][] = [];
    let firstIndent = -1;
    let line = i + 1;
    for (; line < Math.min(p.lineStarts.length, i + 1 + MAX_BODY_LINES); line++) {
      const [ls, le] = lineBounds(p, line);
      const text = p.masked.slice(ls, le);
      if (text.trim() === '' || RULE.test(text) || FULL_RULE.test(text)) break;
      const pieces = cut(text, starts);
      const lead = pieces[0] as { from: number; value: string };
      const indent =
        lead.value.trim() === ''
          ? -1
          : lead.from + (lead.value.length - lead.value.trimStart().length);
      if (firstIndent < 0 && indent >= 0) firstIndent = indent;
      const newRow = rows.length === 0 || (indent >= 0 && indent <= firstIndent);
      if (newRow)
        rows.push(
          starts.map((_, k) => ({ label: labels[k] ?? '', text: '', parts: [], offsets: [] })),
        );
      const row = rows[rows.length - 1] as TableCell[];
      pieces.forEach((piece, k) => {
        const value = piece.value.trim();
        if (value === '') return;
        const at = ls + piece.from + piece.value.indexOf(value);
        const cell = row[k] as TableCell;
        cell.text = joinPiece(cell.text, value);
        cell.parts.push([at, at + value.length]);
        cell.offsets.push(cell.text.length - value.length);
      });
    }
    if (rows.length > 0) out.push({ rows });
    i = line;
  }
  return out;
}

/** The line cut at the column starts, each cut moved left to the start of a word it would split. */
function cut(text: string, starts: readonly number[]): Array<{ from: number; value: string }> {
  const bounds = starts.map((s, k) => {
    if (k === 0) return 0;
    let b = Math.min(s, text.length);
    while (b > 0 && b < text.length && text[b - 1] !== ' ' && text[b] !== ' ') b--;
    return b;
  });
  return bounds.map((b, k) => ({
    from: b,
    value: text.slice(b, k + 1 < bounds.length ? Math.max(b, bounds[k + 1] as number) : undefined),
  }));
}

function headerLabels(p: PreparedText, ruleLine: number, starts: readonly number[]): string[] {
  const labels = starts.map(() => '');
  for (let k = Math.max(0, ruleLine - MAX_HEADER_LINES); k < ruleLine; k++) {
    const [ls, le] = lineBounds(p, k);
    const text = p.masked.slice(ls, le);
    if (text.trim() === '' || FULL_RULE.test(text)) continue;
    // A header's first line has column gaps too; a sentence above the table is no label.
    if (k < ruleLine - 1 && !/\S {2,}\S/.test(text)) continue;
    cut(text, starts).forEach((piece, c) => {
      const v = piece.value.trim();
      if (v) labels[c] = labels[c] ? `${labels[c]} ${v}` : v;
    });
  }
  return labels;
}

/** An id wrapped mid-token ("LKC-4771092" / "3-01", "2026-0311-" / "448190") joins without a space. */
const ID_TAIL = /(?:^|\s)[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*$|-$/;
const ID_PIECE = /^[A-Z0-9][A-Z0-9-]*$/;

function joinPiece(text: string, piece: string): string {
  if (text === '') return piece;
  if (text.endsWith('-') && /^[A-Za-z0-9]/.test(piece)) return text + piece;
  if (ID_TAIL.test(text) && ID_PIECE.test(piece) && /\d/.test(piece)) return text + piece;
  return `${text} ${piece}`;
}
