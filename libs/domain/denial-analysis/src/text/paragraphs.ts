import { type PreparedText, lineBounds, lineIndexAt } from './prepare-text';

// A line that starts a new section: ALL-CAPS titles, short lines ending in ":" or "?", markdown
// bold headings, or "Label: value" field lines.
const HEADING_LINE =
  /^[ \t]*(?:\*\*[^*\n]{1,80}\*\*[ \t]*$|[A-Z0-9][A-Z0-9 &'’/,()-]{3,80}$|(?:[^\s.:?]+[ \t]+){0,7}[^\s.:?]+[ \t]*[:?][ \t*]*$)/;
const FIELD_LINE = /^[ \t*]*[A-Z][A-Za-z #/'’()-]{1,40}:[ \t*]/;

export function isHeadingLine(line: string): boolean {
  return HEADING_LINE.test(line) && /[A-Za-z]/.test(line);
}

/**
 * End offset of the paragraph that begins at `start`: the first blank line, a heading line or a
 * "Label: value" field line after the first line ends it. Capped at `maxLength`.
 */
export function paragraphEnd(
  p: PreparedText,
  start: number,
  maxLength = 1200,
  stopAtFieldLines = true,
): number {
  const limit = Math.min(p.analyzedLength, start + maxLength);
  let i = lineIndexAt(p, start);
  let [, end] = lineBounds(p, i);
  if (end >= limit) return limit;
  for (i++; i < p.lineStarts.length; i++) {
    const [ls, le] = lineBounds(p, i);
    if (ls >= limit) break;
    const line = p.masked.slice(ls, le);
    if (line.trim() === '' || isHeadingLine(line) || (stopAtFieldLines && FIELD_LINE.test(line)))
      break;
    end = Math.min(le, limit);
  }
  return end;
}

/** Start of the sentence holding `offset` (after the previous ". " or the paragraph start). */
export function sentenceStart(p: PreparedText, offset: number, maxBack = 400): number {
  const floor = Math.max(0, offset - maxBack);
  for (let i = offset - 1; i >= floor; i--) {
    const ch = p.masked[i];
    if (ch === '\n' && i > 0 && p.masked[i - 1] === '\n') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?' || ch === ':') && /\s/.test(p.masked[i + 1] ?? ''))
      return i + 1;
  }
  return floor;
}

/** End of the sentence holding `offset` (through its final period). */
export function sentenceEnd(p: PreparedText, offset: number, maxForward = 600): number {
  const limit = Math.min(p.analyzedLength, offset + maxForward);
  for (let i = offset; i < limit; i++) {
    const ch = p.masked[i];
    if ((ch === '.' || ch === '!' || ch === '?') && /[\s"”)]/.test(p.masked[i + 1] ?? ' '))
      return i + 1;
    if (ch === '\n' && p.masked[i + 1] === '\n') return i;
  }
  return limit;
}

const INSTRUCTION =
  /\binclude (?:that|this|the) information here\b|\binsert\b|\bif applicable\b|\bdelete this\b|\bfill in (?:the )?(?:blanks?|name|date|reason|appropriate|applicable|required)\b/i;

/**
 * Model-notice instructions to the plan ("…include that information here") are not content. "Fill in
 * the Other Insurance form" tells the member what to do: only "fill in the blank/name/date…" counts.
 */
export function isTemplateInstruction(s: string): boolean {
  return INSTRUCTION.test(s);
}
