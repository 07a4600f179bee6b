import type { Span } from '../record-check.types';

// A boxed two-column table wraps the right cell's sentence over several rows while the left cell
// carries the rest of its label ("| Standard appeal   | Ask … within 65 days from the |" over
// "| (reconsideration) | date of this notice. …          |"). Read row by row, the label splits the
// sentence; blanking the left cell of a continuation row lets the sentence read through.
const TWO_CELL_ROW = /^([ \t]*\|)([^|\n]*)\|([^|\n]*)\|[ \t]*$/;

/** Left-cell spans of rows that continue the right cell's sentence from the row above. */
export function wrappedLabelCells(text: string): Span[] {
  if (!text.includes('|')) return [];
  const out: Span[] = [];
  let previousRight: string | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const m = TWO_CELL_ROW.exec(text.slice(lineStart, lineEnd));
    if (m) {
      const left = m[2] as string;
      const right = (m[3] as string).trim();
      const continues =
        previousRight !== null &&
        previousRight !== '' &&
        !/[.!?:;]$/.test(previousRight) &&
        /^[a-z(]/.test(right);
      if (continues && left.trim() !== '') {
        const start = lineStart + (m[1] as string).length;
        out.push([start, start + left.length]);
      }
      previousRight = right;
    } else previousRight = null;
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return out;
}
