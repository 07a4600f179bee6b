import { describe, expect, it } from 'vitest';
import { normalizeLine, type PositionedText, rebuildLines } from './rebuild-lines';

/** A horizontal run at (x, y) in a 10 pt font, 5 units per character wide. */
function run(
  str: string,
  x: number,
  y: number,
  options: Partial<PositionedText> & { size?: number } = {},
) {
  const size = options.size ?? 10;
  return {
    str,
    transform: options.transform ?? [size, 0, 0, size, x, y],
    width: options.width ?? str.length * size * 0.5,
    height: size,
    hasEOL: options.hasEOL ?? false,
  } satisfies PositionedText;
}

describe('rebuildLines', () => {
  it('starts a new line when the baseline moves', () => {
    expect(
      rebuildLines([run('Dear member,', 72, 700), run('Your claim was denied.', 72, 688)]),
    ).toEqual(['Dear member,', 'Your claim was denied.']);
  });

  it('joins runs on one baseline, adding a space only across a real gap', () => {
    const lines = rebuildLines([
      run('Claim', 72, 700), // ends at 97
      run('No', 97, 700), // touching: same word split by a font change
      run('4471', 112, 700), // 5 units (half the font size) after "No" ends at 107
    ]);
    expect(lines).toEqual(['ClaimNo 4471']);
  });

  it('separates table columns with a single space', () => {
    expect(
      rebuildLines([run('CPT', 72, 700), run('97110', 300, 700), run('$120.00', 450, 700)]),
    ).toEqual(['CPT 97110 $120.00']);
  });

  it('keeps superscripts on their line', () => {
    expect(
      rebuildLines([
        run('See note', 72, 700),
        run('1', 112, 703, { size: 6 }),
        run(' below', 115, 700),
      ]),
    ).toEqual(['See note1 below']);
  });

  it('honours pdfjs end-of-line flags, including empty marker runs', () => {
    expect(
      rebuildLines([
        run('first', 72, 700, { hasEOL: true }),
        run('second', 102, 700),
        run('', 0, 0, { hasEOL: true }),
        run('third', 140, 700),
      ]),
    ).toEqual(['first', 'second', 'third']);
  });

  it('marks a paragraph gap with one blank line, never a leading or trailing one', () => {
    const lines = rebuildLines([
      run('Paragraph one.', 72, 700),
      run('Still one.', 72, 688),
      run('Paragraph two.', 72, 650),
      run('Footer', 72, 40),
    ]);
    expect(lines).toEqual(['Paragraph one.', 'Still one.', '', 'Paragraph two.', '', 'Footer']);
  });

  it('keeps content-stream order rather than sorting by position', () => {
    // A header drawn after the body (as some generators do) stays where the producer put it.
    const lines = rebuildLines([run('Body text', 72, 600), run('Header', 72, 750)]);
    expect(lines).toEqual(['Body text', 'Header']);
  });

  it('rebuilds text rotated by 90 degrees the same way', () => {
    const rotated = (str: string, x: number, y: number) =>
      run(str, x, y, { transform: [0, 10, -10, 0, x, y] });
    // Along a vertical baseline: same x is one line, a step in x is the next line.
    expect(
      rebuildLines([
        rotated('Rotated', 100, 72),
        rotated('line', 100, 112),
        rotated('next', 88, 72),
      ]),
    ).toEqual(['Rotated line', 'next']);
  });

  it('drops runs that normalise to nothing (unmapped glyphs, control characters)', () => {
    expect(rebuildLines([run('\u0000\u0000', 72, 700), run('kept', 72, 688)])).toEqual(['kept']);
  });
});

describe('normalizeLine', () => {
  it('collapses whitespace of every kind and removes invisible and control characters', () => {
    expect(normalizeLine('  A\u00a0\u00a0B\tC\u2003D  ')).toBe('A B C D');
    expect(normalizeLine('co\u00adop\u200Beration\u0000\u0007')).toBe('cooperation');
  });
});
