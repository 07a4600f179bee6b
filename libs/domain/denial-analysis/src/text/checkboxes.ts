import type { Span } from '../record-check.types';

// An unticked box ("[ ]", "( )", "☐") and its option text: checkbox notices print every possible
// decision and reason and tick one ("[X] Denied  [ ] Partly approved"). The unticked options are
// not what the letter says, so they are blanked before any cue reads the text.
const UNTICKED = /(?:\[[ \t]{0,2}\]|\([ \t]{1,2}\)|\u2610)[^\n[\u2610\u2611\u2612]*/g;
// The option ends where the next box on the line starts.
const NEXT_BOX =
  /[ \t]*(?:\[[ \t]{0,2}[xX\u2713\u2714]?[ \t]{0,2}\]|\([ \t]{0,2}[xX]?[ \t]{0,2}\)[ \t]|\u2610|\u2611|\u2612)/;
const BOX_START = /^[ \t]*(?:\[[ \t]{0,2}[xX\u2713\u2714]?[ \t]{0,2}\]|\u2610|\u2611|\u2612)/;

/** Spans of unticked options, each running to the next box or the line end (sorted). */
export function findUntickedOptions(text: string): Span[] {
  if (!text.includes('[ ]') && !text.includes('[  ]') && !text.includes('\u2610')) return [];
  const out: Span[] = [];
  UNTICKED.lastIndex = 0;
  for (let m = UNTICKED.exec(text); m; m = UNTICKED.exec(text)) {
    const start = m.index;
    const box = /^(?:\[[ \t]{0,2}\]|\([ \t]{1,2}\)|\u2610)/.exec(m[0])?.[0] ?? '';
    const rest = m[0].slice(box.length);
    const next = NEXT_BOX.exec(rest);
    let end = start + box.length + (next ? next.index : rest.length);
    // Wrapped option text: following lines indented past the box, with no box of their own.
    if (!next) {
      const column = start - (text.lastIndexOf('\n', start - 1) + 1);
      for (let lines = 0; lines < 3 && text[end] === '\n'; lines++) {
        const lineEnd = text.indexOf('\n', end + 1);
        const line = text.slice(end + 1, lineEnd === -1 ? text.length : lineEnd);
        const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
        if (line.trim() === '' || indent <= column || BOX_START.test(line)) break;
        end = lineEnd === -1 ? text.length : lineEnd;
      }
    }
    out.push([start, end]);
    UNTICKED.lastIndex = Math.max(UNTICKED.lastIndex, end);
  }
  return out;
}
