/** Reports are plain text for a 100-column terminal or a printout; nothing is coloured. */
export const REPORT_WIDTH = 100;

/**
 * Greedy word wrap. Whitespace runs collapse to one space (letters extracted from PDFs carry odd
 * spacing); a word longer than the line is cut, so no line ever exceeds `width`.
 */
export function wrapText(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let prefix = firstIndent;
  let line = '';
  const room = () => width - prefix.length;
  const push = () => {
    lines.push((prefix + line).trimEnd());
    prefix = indent;
    line = '';
  };
  for (let word of words) {
    if (line !== '' && line.length + 1 + word.length > room()) push();
    while (word.length > Math.max(1, room())) {
      if (line !== '') push();
      const cut = Math.max(1, room());
      line = word.slice(0, cut);
      word = word.slice(cut);
      push();
    }
    if (word === '') continue;
    line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '' || lines.length === 0) push();
  return lines;
}

/**
 * Wraps text that has its own line structure (a letter: headers, blank lines, numbered items):
 * each source line is wrapped on its own, and a numbered or bulleted line gets a hanging indent so
 * its continuation lines stay under the item text.
 */
export function wrapParagraphs(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  for (const source of text.split(/\r?\n/)) {
    if (source.trim() === '') {
      out.push('');
      continue;
    }
    const marker = /^(\s*(?:\d+[.)]|[-*•])\s+)/.exec(source);
    const hang = indent + ' '.repeat(marker ? marker[1]!.length : 0);
    out.push(
      ...wrapText(
        source.slice(marker ? marker[1]!.length : 0),
        width,
        hang,
        indent + (marker?.[1] ?? ''),
      ),
    );
  }
  return out;
}

/** A `label  value` line whose value wraps under itself. */
export function labelled(
  label: string,
  value: string,
  labelWidth: number,
  indent = '  ',
): string[] {
  const head = indent + label.padEnd(labelWidth) + '  ';
  return wrapText(value, REPORT_WIDTH, ' '.repeat(head.length), head);
}

export function heading(title: string): string[] {
  return ['', title.toUpperCase(), '-'.repeat(Math.min(REPORT_WIDTH, title.length))];
}

export function money(n: number | null | undefined): string {
  return n === null || n === undefined
    ? '-'
    : n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
