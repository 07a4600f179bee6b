import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The shared samples live beside the repo: /work/main is the repo, /work/shared the samples.
export const REMITTANCE_DIR = resolve(__dirname, '../../../../../shared/samples/remittances');

export interface LabelledAdjustment {
  group: string;
  carc: string;
  amount: number;
  level: 'claim' | 'service';
  procedure?: string;
  rarc?: string[];
}

export interface LabelledClaim {
  claim_id: string;
  status: string;
  charge: number;
  paid: number;
  patient_resp: number | null;
  claim_filing?: string;
  rarc?: string[];
  adjustments: LabelledAdjustment[];
}

export interface RemittanceLabel {
  file: string;
  claims: LabelledClaim[];
  provider_level_adjustments?: { reason: string; reference?: string; amount: number }[];
}

export function remittanceFiles(): string[] {
  return readdirSync(REMITTANCE_DIR)
    .filter((name) => name !== 'labels.jsonl' && !name.startsWith('.'))
    .sort();
}

export function readRemittance(file: string): string {
  return readFileSync(resolve(REMITTANCE_DIR, file), 'utf8');
}

export function remittanceLabels(): RemittanceLabel[] {
  return readFileSync(resolve(REMITTANCE_DIR, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RemittanceLabel);
}

/** Splits an X12 text (`~` terminated, as all samples are) into segment strings without whitespace. */
export function segmentsOf(text: string): string[] {
  return text
    .split('~')
    .map((s) => s.trim())
    .filter((s) => s !== '');
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
