import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { HighlightedLetter, segmentLetter, type LetterHighlight } from './highlighted-letter';

const TEXT = 'We denied the claim. You may appeal within 60 days. Criteria: none given.';
const h = (targetId: string, span: [number, number], label = targetId): LetterHighlight => ({
  targetId,
  span,
  label,
  severity: 'high',
});

describe('segmentLetter', () => {
  it('keeps every character exactly once, in order', () => {
    const segs = segmentLetter(TEXT, [h('a', [21, 51]), h('b', [52, 73])]);
    expect(segs.map((s) => s.text).join('')).toBe(TEXT);
    expect(segs.filter((s) => s.highlight).map((s) => s.text)).toEqual([
      'You may appeal within 60 days.',
      'Criteria: none given.',
    ]);
  });

  it('lets the earlier span keep an overlap and clips spans to the text', () => {
    const segs = segmentLetter(TEXT, [
      h('late', [30, 60]),
      h('early', [21, 40]),
      h('out', [70, 500]),
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(TEXT);
    const marked = segs.filter((s) => s.highlight);
    expect(marked.map((s) => [s.highlight!.targetId, s.text])).toEqual([
      ['early', TEXT.slice(21, 40)],
      ['late', TEXT.slice(40, 60)],
      ['out', TEXT.slice(70)],
    ]);
  });

  it('drops empty and inverted spans', () => {
    const segs = segmentLetter(TEXT, [h('empty', [5, 5]), h('inverted', [9, 3])]);
    expect(segs).toEqual([{ text: TEXT }]);
  });
});

describe('HighlightedLetter', () => {
  it('marks each span and links it to its finding', () => {
    render(
      <MantineProvider env="test">
        <HighlightedLetter
          text={TEXT}
          highlights={[h('finding-f1', [21, 51], 'Stated window shorter than regulation')]}
        />
      </MantineProvider>,
    );
    const link = screen.getByRole('link', { name: /Stated window shorter than regulation/ });
    expect(link.getAttribute('href')).toBe('#finding-f1');
    expect(link.querySelector('mark')?.textContent).toBe('You may appeal within 60 days.');
    expect(screen.getByLabelText('Letter text').textContent).toBe(TEXT);
  });
});
