/** The parts of a pdfjs `TextItem` that line rebuilding needs; structural so tests can build items. */
export interface PositionedText {
  str: string;
  /** Text-space to user-space matrix `[a, b, c, d, e, f]` (PDF units, y grows upwards). */
  transform: readonly number[];
  /** Advance along the baseline, in user space. */
  width: number;
  height: number;
  hasEOL: boolean;
}

// Thresholds are fractions of the font size so they hold for 8 pt footnotes and 16 pt headings.
/** Baselines closer than this are the same line (superscripts and subscripts shift less). */
const SAME_LINE_FRACTION = 0.5;
/** A gap wider than this between two runs on one line is a word break (letter spacing is far less). */
const WORD_GAP_FRACTION = 0.2;
/** Jumping back further than this on one line means overprinted or out-of-order runs: separate them. */
const BACKWARD_GAP_FRACTION = 1;
/**
 * Single-spaced lines sit about 1.15–1.25 font sizes apart; an empty line in between makes it
 * 2.3 or more. Emitting a blank line keeps paragraph breaks, which the denial analysis relies on.
 */
const PARAGRAPH_GAP_FRACTION = 1.8;

interface Placed {
  dirX: number;
  dirY: number;
  /** Position along the baseline direction. */
  u: number;
  /** Position across it (the baseline's height for horizontal text). */
  v: number;
  endU: number;
  size: number;
}

function place(item: PositionedText): Placed {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
  const scale = Math.hypot(a, b);
  // Degenerate matrices (zero-size text) still need a direction; assume horizontal.
  const dirX = scale > 0 ? a / scale : 1;
  const dirY = scale > 0 ? b / scale : 0;
  const size = Math.hypot(c, d) || item.height || 1;
  // Rotating into the text's own frame makes rotated pages (90°, 270°) rebuild like upright ones.
  const u = e * dirX + f * dirY;
  const v = f * dirX - e * dirY;
  return { dirX, dirY, u, v, endU: u + (Number.isFinite(item.width) ? item.width : 0), size };
}

const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
// Glyphs with no Unicode mapping come out as NUL; Postgres text columns reject NUL outright.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Drops invisible and control characters and collapses every run of whitespace to one space. */
export function normalizeLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(CONTROL, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Turns pdfjs text runs into lines. Keeps the content-stream order, which is the producer's reading
 * order; sorting by position would interleave columns and pull footers into the body.
 */
export function rebuildLines(items: readonly PositionedText[]): string[] {
  const lines: string[] = [];
  let current = '';
  let prev: Placed | null = null;
  let breakPending = false;

  const flush = (): void => {
    const line = normalizeLine(current);
    if (line !== '') lines.push(line);
    current = '';
  };

  for (const item of items) {
    if (item.str === '') {
      // pdfjs emits empty runs that only carry an end-of-line flag.
      if (item.hasEOL) breakPending = true;
      continue;
    }
    const here = place(item);
    if (prev !== null) {
      const size = Math.max(here.size, prev.size);
      const sameDirection =
        Math.abs(here.dirX - prev.dirX) < 0.01 && Math.abs(here.dirY - prev.dirY) < 0.01;
      const sameLine =
        !breakPending && sameDirection && Math.abs(here.v - prev.v) <= SAME_LINE_FRACTION * size;
      if (sameLine) {
        const gap = here.u - prev.endU;
        const separate = gap > WORD_GAP_FRACTION * size || gap < -BACKWARD_GAP_FRACTION * size;
        if (separate && !/\s$/.test(current) && !/^\s/.test(item.str)) current += ' ';
      } else {
        flush();
        if (sameDirection && prev.v - here.v > PARAGRAPH_GAP_FRACTION * size && lines.length > 0) {
          if (lines[lines.length - 1] !== '') lines.push('');
        }
      }
    }
    current += item.str;
    prev = here;
    breakPending = item.hasEOL;
  }
  flush();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
