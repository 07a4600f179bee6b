import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DenialCategory, DisclosureElement, Regime } from '@claimlane/shared-contracts';

/** One record of /work/shared/samples/letters/labels.jsonl. */
export interface SampleLabel {
  file: string;
  category: DenialCategory;
  regime: Regime;
  fields: Record<string, unknown>;
  disclosures_present: DisclosureElement[];
  disclosures_missing: DisclosureElement[];
  disclosures_not_applicable?: DisclosureElement[];
  appeal_deadline_days: number | null;
  notes: string;
}

export interface SampleLetter {
  label: SampleLabel;
  text: string;
}

/**
 * The shared samples sit next to the repository (`<repo>/../shared/samples`). Specs run from the
 * source tree and benches from `dist/`, so walk up from `from` until a `shared/samples` sibling
 * of some ancestor appears.
 */
export function samplesDir(from: string = __dirname): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'samples');
    if (existsSync(join(candidate, 'letters', 'labels.jsonl'))) return resolve(candidate);
    if (dirname(dir) === dir) throw new Error(`shared/samples not found above ${from}`);
  }
}

export function loadSampleLetters(from: string = __dirname): SampleLetter[] {
  const dir = join(samplesDir(from), 'letters');
  const labels = readFileSync(join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SampleLabel);
  return labels.map((label) => ({ label, text: readFileSync(join(dir, label.file), 'utf8') }));
}

/** Letter files on disk, labelled or not (a spec checks every one has a label). */
export function sampleLetterFiles(from: string = __dirname): string[] {
  return readdirSync(join(samplesDir(from), 'letters'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}
