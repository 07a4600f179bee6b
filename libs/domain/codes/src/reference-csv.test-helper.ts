// Test-only: reads the committed reference CSVs with a parser written independently of the
// generator's, so the specs check the generated tables rather than re-running the generator.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function readReferenceCsv(name: 'carc.csv' | 'rarc.csv'): [string, string][] {
  const text = readFileSync(resolve(__dirname, '../reference', name), 'utf8');
  const rows: [string, string][] = [];
  const record = /^([^,\r\n]+),(?:"((?:[^"]|"")*)"|([^\r\n]*))\r?$/gm;
  for (const m of text.matchAll(record)) {
    const code = m[1] ?? '';
    if (code === 'code') continue;
    const description = m[2] !== undefined ? m[2].replace(/""/g, '"') : (m[3] ?? '');
    rows.push([code.trim(), description.trim()]);
  }
  return rows;
}

export function countDataLines(name: 'carc.csv' | 'rarc.csv'): number {
  const text = readFileSync(resolve(__dirname, '../reference', name), 'utf8');
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').length - 1;
}
