import type { OcrWord } from './ocr-result';

export interface TsvPage {
  text: string;
  words: OcrWord[];
  meanConfidence: number;
}

/**
 * Parses `tesseract … tsv` output (one row per page/block/paragraph/line/word) into per-page text
 * with word confidences. Lines are rebuilt from the line rows; paragraphs are separated by a blank
 * line, as the letter parser expects.
 */
export function parseTesseractTsv(tsv: string): Map<number, TsvPage> {
  const pages = new Map<
    number,
    { lines: Map<string, string[]>; order: string[]; words: OcrWord[]; pars: Set<string> }
  >();
  const rows = tsv.split('\n');
  for (let i = 1; i < rows.length; i++) {
    const c = rows[i]!.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const text = c.slice(11).join('\t').trim();
    if (!text) continue;
    const page = Number(c[1]);
    let p = pages.get(page);
    if (!p) pages.set(page, (p = { lines: new Map(), order: [], words: [], pars: new Set() }));
    const par = `${c[2]}.${c[3]}`;
    const line = `${par}.${c[4]}`;
    if (!p.lines.has(line)) {
      // A new paragraph starts with an empty line between it and the previous one.
      if (p.order.length && !p.pars.has(par)) p.order.push('');
      p.pars.add(par);
      p.lines.set(line, []);
      p.order.push(line);
    }
    p.lines.get(line)!.push(text);
    p.words.push([
      text,
      Math.max(0, Number(c[10])),
      Number(c[6]),
      Number(c[7]),
      Number(c[8]),
      Number(c[9]),
    ]);
  }
  const out = new Map<number, TsvPage>();
  for (const [page, p] of pages) {
    const text = p.order.map((l) => (l === '' ? '' : p.lines.get(l)!.join(' '))).join('\n');
    const mean = p.words.length ? p.words.reduce((s, w) => s + w[1], 0) / p.words.length : 0;
    out.set(page, { text, words: p.words, meanConfidence: Math.round(mean * 10) / 10 });
  }
  return out;
}
