import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

export interface LetterHighlight {
  /** Target element id: the mark links to `#<targetId>`. */
  targetId: string;
  span: [number, number];
  severity?: 'high' | 'medium' | 'low';
  /** Short text for the tooltip and screen readers. */
  label: string;
}

export interface LetterSegment {
  text: string;
  highlight?: LetterHighlight;
}

/**
 * Cuts the letter into plain and highlighted runs. Spans are clipped to the text; where two overlap,
 * the one that starts first keeps the overlap (the later one starts where it ends) so every
 * character renders exactly once.
 */
export function segmentLetter(
  text: string,
  highlights: readonly LetterHighlight[],
): LetterSegment[] {
  const sorted = highlights
    .map((h) => ({
      ...h,
      span: [Math.max(0, h.span[0]), Math.min(text.length, h.span[1])] as [number, number],
    }))
    .filter((h) => h.span[1] > h.span[0])
    .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: LetterSegment[] = [];
  let pos = 0;
  for (const h of sorted) {
    const start = Math.max(h.span[0], pos);
    if (start >= h.span[1]) continue;
    if (start > pos) out.push({ text: text.slice(pos, start) });
    out.push({ text: text.slice(start, h.span[1]), highlight: h });
    pos = h.span[1];
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

const COLORS: Record<string, string> = {
  high: 'var(--mantine-color-red-1)',
  medium: 'var(--mantine-color-yellow-2)',
  low: 'var(--mantine-color-blue-1)',
};

/** The letter as written, with every Record Check span marked and linked to its finding. */
export function HighlightedLetter({
  text,
  highlights,
  label = 'Letter text',
}: {
  text: string;
  highlights: readonly LetterHighlight[];
  label?: string;
}) {
  const parts: ReactNode[] = segmentLetter(text, highlights).map((seg, i) =>
    seg.highlight ? (
      <a
        key={i}
        href={`#${seg.highlight.targetId}`}
        title={seg.highlight.label}
        aria-label={`${seg.text} (${seg.highlight.label})`}
        style={{ color: 'inherit' }}
      >
        <mark
          data-severity={seg.highlight.severity}
          style={{ background: COLORS[seg.highlight.severity ?? 'low'], padding: 0 }}
        >
          {seg.text}
        </mark>
      </a>
    ) : (
      <span key={i}>{seg.text}</span>
    ),
  );
  return (
    <Box
      component="pre"
      aria-label={label}
      tabIndex={0}
      style={{
        whiteSpace: 'pre-wrap',
        fontFamily: 'ui-monospace, monospace',
        fontSize: 13,
        lineHeight: 1.5,
        maxHeight: 480,
        overflow: 'auto',
        padding: 12,
        border: '1px solid var(--mantine-color-gray-4)',
        borderRadius: 4,
        margin: 0,
      }}
    >
      {parts}
    </Box>
  );
}
