// Every letter of the project-owned corpus (libs/domain/denial-analysis/corpus), end to end:
// 1. the engine's output, projected, equals the `golden` kept beside the letter, so any cue change
//    shows as a JSON diff (`RECORD_GOLDEN=1 npx vitest run <this file>` rewrites golden and
//    knownGaps; review that diff: a new gap is a regression);
// 2. the output agrees with the hand-checked `truth`, except the items listed in `knownGaps`; a
//    listed gap that starts to pass fails too, so the list only ever shrinks by a deliberate edit.
import { writeFileSync } from 'node:fs';
import { DENIAL_CATEGORIES, REGIMES } from '@claimlane/shared-contracts';
import { loadLetterCorpus } from '@claimlane/testing-fixtures';
import { describe, expect, it } from 'vitest';
import { analyzeDenial } from './analyze-denial';
import { goldenProjection, scoreAgainstTruth } from './corpus-scoring.test-helper';

// The analysis "now": after every notice date in the corpus. Deadlines never count from it.
const AS_OF = '2026-12-01';
const RECORD = process.env['RECORD_GOLDEN'] === '1';
const corpus = loadLetterCorpus();

const FAMILIES = [
  'plan-letter',
  'eob',
  'msn',
  'ma-ndmc',
  'medicaid-nabd',
  'remittance-letter',
  'portal-printout',
  'fax-ocr',
  'table-layout',
  'blank-template',
  'short',
  'very-long',
  'non-denial',
];

describe('letter corpus coverage', () => {
  it('has at least 80 letters, every format family, every category x regime', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect([...new Set(corpus.map((l) => l.family))].sort()).toEqual([...FAMILIES].sort());
    const pairs = new Set(
      corpus
        .filter((l) => l.expected.truth.category !== null && !l.expected.truth.template)
        .map((l) => `${l.expected.truth.category} ${l.expected.truth.regime}`),
    );
    for (const c of DENIAL_CATEGORIES)
      for (const r of REGIMES) expect(pairs.has(`${c} ${r}`), `${c} x ${r}`).toBe(true);
    for (const kind of ['approval', 'payment_notice', 'request_for_information', 'partial_denial'])
      expect(
        corpus.some((l) => l.expected.truth.documentKind === kind),
        kind,
      ).toBe(true);
  });

  it('scores present vs missing: a truth leaves out elements that do not apply, save the right to sue', () => {
    // Which elements a notice owes is the regime pack's rule, not the labeller's: a truth that
    // wrote "not_applicable" (or "missing" where the rule says not required) split the corpus.
    for (const l of corpus)
      for (const [element, status] of Object.entries(l.expected.truth.disclosures))
        if (status === 'not_applicable') expect(element, l.file).toBe('right_to_sue_502a');
  });

  it('keeps letters plain ASCII (they are also rendered into PDFs with a WinAnsi font)', () => {
    for (const l of corpus) expect(/^[\x09\x0a\x0d\x20-\x7e]*$/.test(l.text), l.file).toBe(true);
  });
});

describe.each(corpus.map((l) => [l.file, l] as const))('%s', (_file, letter) => {
  const r = analyzeDenial(letter.text, { asOf: AS_OF });
  const golden = JSON.parse(JSON.stringify(goldenProjection(r))) as unknown;
  const failing = scoreAgainstTruth(letter.expected.truth, r)
    .filter((c) => !c.ok)
    .map((c) => c.item)
    .sort();

  if (RECORD) {
    it('records golden and known gaps', () => {
      const next = { ...letter.expected, knownGaps: failing, golden };
      writeFileSync(letter.expectedPath, `${JSON.stringify(next, null, 2)}\n`);
    });
    return;
  }

  it('matches its golden analysis', () => {
    expect(golden).toEqual(letter.expected.golden);
  });

  it('agrees with the hand-checked truth except the listed known gaps', () => {
    const detail = scoreAgainstTruth(letter.expected.truth, r)
      .filter((c) => !c.ok)
      .map((c) => `${c.item}: expected ${JSON.stringify(c.expected)} got ${JSON.stringify(c.got)}`);
    expect(failing, detail.join('\n')).toEqual([...letter.expected.knownGaps].sort());
  });
});
