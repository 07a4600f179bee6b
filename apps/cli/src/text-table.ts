import { REPORT_WIDTH, wrapText } from './text-wrap';

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  /**
   * Never wrap this column (ids, codes, amounts): a cut identifier is misread, so other columns give
   * up width first.
   */
  noWrap?: boolean;
}

const GAP = '  ';
/** Below this a wrapped column is unreadable; narrower only when the table cannot fit otherwise. */
const MIN_WRAP_WIDTH = 8;

function longestLine(s: string): number {
  return Math.max(0, ...s.split('\n').map((l) => l.length));
}

function longestWord(s: string): number {
  return Math.max(0, ...s.split(/\s+/).map((w) => w.length));
}

/**
 * Column widths: natural widths when they fit; otherwise the widest wrapping column gives up one
 * character at a time (down to its longest word, then to MIN_WRAP_WIDTH), so short columns keep their
 * natural width and the long prose column absorbs the squeeze.
 */
function columnWidths(columns: readonly TableColumn[], rows: readonly string[][], width: number) {
  const natural = columns.map((c, i) =>
    Math.max(c.header.length, ...rows.map((r) => longestLine(r[i] ?? ''))),
  );
  const soft = columns.map((c, i) =>
    c.noWrap
      ? natural[i]!
      : Math.min(
          natural[i]!,
          Math.max(MIN_WRAP_WIDTH, c.header.length, ...rows.map((r) => longestWord(r[i] ?? ''))),
        ),
  );
  const hard = columns.map((c, i) =>
    c.noWrap ? natural[i]! : Math.min(natural[i]!, Math.max(MIN_WRAP_WIDTH, c.header.length)),
  );
  const widths = [...natural];
  const available = width - GAP.length * (columns.length - 1);
  const total = () => widths.reduce((a, b) => a + b, 0);
  for (const floor of [soft, hard]) {
    while (total() > available) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        if (widths[i]! > floor[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      }
      if (widest < 0) break;
      widths[widest]!--;
    }
  }
  return widths;
}

/**
 * Renders rows as a plain-text table within `width` columns (when the noWrap columns allow it):
 * header, dashed rule, then rows whose cells wrap inside their column. Cells may contain `\n`.
 */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly string[][],
  width: number = REPORT_WIDTH,
  indent = '',
): string[] {
  const widths = columnWidths(columns, rows, width - indent.length);
  const cellLines = (text: string, i: number): string[] =>
    text === ''
      ? ['']
      : text
          .split('\n')
          .flatMap((part) => (columns[i]!.noWrap ? [part] : wrapText(part, widths[i]!)));
  const line = (cells: readonly string[]) =>
    (
      indent +
      cells
        .map((c, i) =>
          columns[i]!.align === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!),
        )
        .join(GAP)
    ).trimEnd();
  const out = [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w)))];
  for (const row of rows) {
    const wrapped = columns.map((_, i) => cellLines(row[i] ?? '', i));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let l = 0; l < height; l++) out.push(line(wrapped.map((w) => w[l] ?? '')));
  }
  return out;
}
