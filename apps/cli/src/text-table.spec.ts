import { describe, expect, it } from 'vitest';
import { renderTable } from './text-table';
import { wrapParagraphs, wrapText } from './text-wrap';

const PROSE =
  'The benefit for this service is included in the payment or allowance for another service or procedure that has already been adjudicated.';

describe('wrapText', () => {
  it('keeps every line within the width and every word in order', () => {
    const lines = wrapText(PROSE, 30, '  ', '- ');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
    expect(lines[0]!.startsWith('- ')).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('  '))).toBe(true);
    expect(lines.join(' ').replace(/^- /, '').replace(/\s+/g, ' ')).toBe(PROSE);
  });

  it('cuts a word longer than the line instead of overflowing', () => {
    const word = 'x'.repeat(75);
    const lines = wrapText(`a ${word} b`, 20);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
    expect(lines.join('').replace(/\s/g, '')).toBe(`a${word}b`);
  });

  it('gives numbered items of a letter a hanging indent and keeps blank lines', () => {
    const lines = wrapParagraphs(`Dear plan,\n\n1. ${PROSE}\n2. Short.`, 40);
    expect(lines[1]).toBe('');
    expect(lines[2]!.startsWith('1. ')).toBe(true);
    expect(lines[3]!.startsWith('   ') && lines[3]!.trim() !== '').toBe(true);
    expect(lines.at(-1)).toBe('2. Short.');
  });
});

describe('renderTable', () => {
  const columns = [
    { header: 'Code', noWrap: true },
    { header: 'Amount', align: 'right' as const, noWrap: true },
    { header: 'Meaning' },
  ];
  const rows = [
    ['CO-97', '1,234.56', PROSE],
    ['PR-2', '7.00', 'Coinsurance Amount'],
  ];

  it('fits the width by wrapping the prose column only', () => {
    const lines = renderTable(columns, rows, 60);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    expect(lines[0]).toMatch(/^Code\s+Amount\s+Meaning$/);
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+$/);
    // The ids and amounts are never cut.
    expect(lines.some((l) => l.startsWith('CO-97  1,234.56  '))).toBe(true);
    const meaningStart = lines[0]!.indexOf('Meaning');
    const coRow = lines.findIndex((l) => l.startsWith('CO-97'));
    const prRow = lines.findIndex((l) => l.startsWith('PR-2'));
    expect(prRow - coRow).toBeGreaterThan(1);
    const cell = lines
      .slice(coRow, prRow)
      .map((l) => l.slice(meaningStart))
      .join(' ');
    expect(cell.replace(/\s+/g, ' ').trim()).toBe(PROSE);
  });

  it('right-aligns amounts and leaves no trailing spaces', () => {
    const lines = renderTable(columns, rows, 60, '  ');
    const pr = lines.find((l) => l.startsWith('  PR-2'))!;
    const co = lines.find((l) => l.startsWith('  CO-97'))!;
    expect(pr.indexOf('7.00') + 4).toBe(co.indexOf('1,234.56') + 8);
    for (const l of lines) expect(l).toBe(l.trimEnd());
  });

  it('uses natural widths when everything fits', () => {
    const lines = renderTable(columns, [['A', '1.00', 'short']], 100);
    expect(lines[2]).toBe(`${'A'.padEnd(4)}  ${'1.00'.padStart(6)}  short`);
  });
});
