// The project's own 835 corpus (../corpus), each file with a hand-computed expected-claims file.
import {
  remittanceCorpus,
  remittanceCorpusDir,
  type ExpectedAdjustment,
  type ExpectedClaim,
  type ExpectedRemittance,
} from '@claimlane/testing-fixtures';
import { measureIsa } from '../src/separators';

export const REMITTANCE_DIR = remittanceCorpusDir(__dirname);

export type LabelledAdjustment = ExpectedAdjustment;
export type LabelledClaim = ExpectedClaim;
export type RemittanceLabel = ExpectedRemittance;

export function remittanceFiles(): string[] {
  return remittanceCorpus().map((r) => r.name);
}

export function readRemittance(file: string): string {
  const found = remittanceCorpus().find((r) => r.name === file);
  if (found === undefined) throw new Error(`no ${file} in the remittance corpus`);
  return found.bytes.toString('utf8');
}

export function remittanceLabels(): RemittanceLabel[] {
  return remittanceCorpus().map((r) => r.expected);
}

/**
 * Splits an X12 text into segment strings without surrounding whitespace, with the terminator the ISA
 * declares (the character after ISA16, padded ISA or not), so `|`/line-feed files split as well.
 */
export function segmentsOf(text: string): string[] {
  const start = text.indexOf('ISA');
  const isaLength = start >= 0 ? measureIsa(text, start) : undefined;
  const terminator =
    start >= 0 && isaLength !== undefined ? text.charAt(start + isaLength - 1) : '~';
  // Line breaks inside a segment (80-column re-blocked files) are not data.
  const unwrap =
    terminator === '\n' || terminator === '\r'
      ? (s: string) => s
      : (s: string) => s.replace(/[\r\n]+/g, '');
  return text
    .split(terminator)
    .map((s) => unwrap(s).trim())
    .filter((s) => s !== '');
}

/** The element separator the ISA declares (position 4). */
export function elementSeparatorOf(text: string): string {
  return text.charAt(text.indexOf('ISA') + 3);
}

/** Joins segments back and fixes every SE01, so an edit tests one thing, not a count mismatch too. */
export function joinSegments(segments: readonly string[]): string {
  const fixed = [...segments];
  let start = -1;
  fixed.forEach((segment, i) => {
    if (segment.startsWith('ST*')) start = i;
    if (segment.startsWith('SE*') && start >= 0) {
      const parts = segment.split('*');
      parts[1] = String(i - start + 1);
      fixed[i] = parts.join('*');
    }
  });
  return fixed.join('~\n') + '~\n';
}

/** 1-based index of the first segment satisfying `match`, as the parser numbers segments. */
export function segmentNumberOf(
  segments: readonly string[],
  match: (s: string) => boolean,
): number {
  const index = segments.findIndex(match);
  if (index < 0) throw new Error('no such segment in fixture');
  return index + 1;
}

/** Cuts a text into chunks of the given sizes, cycling through them. */
export function chunk(text: string, sizes: readonly number[]): string[] {
  const chunks: string[] = [];
  let pos = 0;
  let i = 0;
  while (pos < text.length) {
    const size = sizes[i++ % sizes.length] as number;
    chunks.push(text.slice(pos, pos + size));
    pos += size;
  }
  return chunks;
}
