// Shared sample files and their hand-made labels, for the CLI specs (unit and int).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { samplesDir } from '@claimlane/testing-fixtures';
import type { DenialCategory, Regime } from '@claimlane/shared-contracts';
import type { ProjectedAdjustment, ProjectedClaim } from './remittance-projection';

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export interface LetterLabel {
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

export function sampleLetters(): SampleLetter[] {
  const dir = join(samplesDir(), 'letters');
  return readJsonl<LetterLabel>(join(dir, 'labels.jsonl')).map((label) => ({
    label,
    path: join(dir, label.file),
    text: readFileSync(join(dir, label.file), 'utf8'),
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
