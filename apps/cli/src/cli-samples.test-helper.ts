// Letters from the repo's corpus and remittance samples with their labels, for the CLI specs (unit and int).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLetterCorpus, samplesDir } from '@claimlane/testing-fixtures';
import type { DenialCategory, Regime } from '@claimlane/shared-contracts';
import type { ProjectedAdjustment, ProjectedClaim } from './remittance-projection';

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export interface LetterLabel {
  /** `family/name.txt` in the repo's letter corpus. */
  file: string;
  category: DenialCategory;
  regime: Regime;
  appeal_deadline_days: number | null;
}

export interface SampleLetter {
  label: LetterLabel;
  path: string;
  text: string;
}

/**
 * One denial letter per format family of the repo's letter corpus whose category, regime and
 * stated window the engine reads correctly today (the corpus golden spec tracks the others), with
 * its hand-checked truth as the label. Nothing outside the repository is read.
 */
export function sampleLetters(): SampleLetter[] {
  const graded = ['category', 'regime', 'statedWindow'];
  const seen = new Set<string>();
  return loadLetterCorpus()
    .filter((l) => {
      const t = l.expected.truth;
      if (t.category === null || seen.has(l.family)) return false;
      if (l.expected.knownGaps.some((g) => graded.includes(g))) return false;
      seen.add(l.family);
      return true;
    })
    .map((l) => ({
      label: {
        file: l.file,
        category: l.expected.truth.category as DenialCategory,
        regime: l.expected.truth.regime,
        appeal_deadline_days: l.expected.truth.statedWindow?.days ?? null,
      },
      path: l.path,
      text: l.text,
    }));
}

interface LabelAdjustment {
  group: string;
  carc: string;
  amount: number;
  level: 'claim' | 'service';
  procedure?: string;
  rarc?: string[];
}

interface LabelClaim {
  claim_id: string;
  status: string;
  charge: number;
  paid: number;
  patient_resp: number | null;
  rarc?: string[];
  adjustments: LabelAdjustment[];
}

export interface RemittanceLabel {
  file: string;
  claims: LabelClaim[];
}

export interface SampleRemittance {
  label: RemittanceLabel;
  path: string;
}

export function sampleRemittances(): SampleRemittance[] {
  const dir = join(samplesDir(), 'remittances');
  return readJsonl<RemittanceLabel>(join(dir, 'labels.jsonl')).map((label) => ({
    label,
    path: join(dir, label.file),
  }));
}

/**
 * The contract projection the labels describe. The labels put service-line RARCs on the adjustment
 * they follow; the contract lists a claim's RARCs once each in `remarks` (claim-level first).
 */
export function expectedProjection(label: RemittanceLabel): { claims: ProjectedClaim[] } {
  return {
    claims: label.claims.map((c) => ({
      claimId: c.claim_id,
      status: c.status,
      charge: c.charge,
      paid: c.paid,
      patientResponsibility: c.patient_resp,
      adjustments: c.adjustments.map((a) => {
        const out: ProjectedAdjustment = {
          group: a.group as ProjectedAdjustment['group'],
          carc: a.carc,
          amount: a.amount,
          level: a.level,
        };
        if (a.procedure !== undefined) out.procedure = a.procedure;
        return out;
      }),
      remarks: [...new Set([...(c.rarc ?? []), ...c.adjustments.flatMap((a) => a.rarc ?? [])])],
    })),
  };
}

export const CLAIM_KEYS = [
  'claimId',
  'status',
  'charge',
  'paid',
  'patientResponsibility',
  'adjustments',
  'remarks',
];

/** Whitespace-insensitive form, for finding wrapped text in a report. */
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
