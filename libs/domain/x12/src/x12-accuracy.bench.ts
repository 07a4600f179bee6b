// Scores parse835 against expected claims: the project's corpus (libs/domain/x12/corpus) always, and
// the real-world samples in ../shared/samples/remittances when that folder exists (skipped silently in
// a clone without it). Prints claim amounts right / claims and adjustments found / adjustments.
// Run: node scripts/build.mjs && npm run bench -- x12-accuracy
import {
  addScores,
  emptyScore,
  remittanceCorpus,
  scoreRemittance,
  sharedRemittanceSamples,
  type CorpusRemittance,
  type RemittanceScore,
} from '@claimlane/testing-fixtures';
import { parse835 } from './parse-835';
import { X12ParseError } from './x12-error';

function ratio(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${part}/${whole} (${((100 * part) / whole).toFixed(1)} %)`;
}

function scoreFile(file: CorpusRemittance): { score: RemittanceScore; warnings: number } {
  try {
    const result = parse835(file.bytes);
    const warnings = result.errors.filter((e) => e.severity === 'warning').length;
    return { score: scoreRemittance(result.claims, file.expected.claims), warnings };
  } catch (error) {
    if (!(error instanceof X12ParseError)) throw error;
    // A fatal parse loses every claim of the file: score it as such rather than stop the bench.
    return { score: scoreRemittance([], file.expected.claims), warnings: 0 };
  }
}

function report(title: string, files: readonly CorpusRemittance[]): RemittanceScore {
  let total = emptyScore();
  console.log(`\n${title}: ${files.length} files`);
  for (const file of files) {
    const { score, warnings } = scoreFile(file);
    total = addScores(total, score);
    console.log(
      `  ${file.name.padEnd(42)} claims ${`${score.claimAmountsCorrect}/${score.claimsExpected}`.padStart(6)}` +
        `  adjustments ${`${score.adjustmentsFound}/${score.adjustmentsExpected}`.padStart(6)}` +
        `  extra ${score.adjustmentsExtra}  warnings ${warnings}`,
    );
  }
  console.log(`  claim amounts right: ${ratio(total.claimAmountsCorrect, total.claimsExpected)}`);
  console.log(`  adjustments found:   ${ratio(total.adjustmentsFound, total.adjustmentsExpected)}`);
  console.log(`  adjustments extra:   ${total.adjustmentsExtra}`);
  for (const miss of total.misses) console.log(`  miss: ${miss}`);
  return total;
}

function main(): void {
  const corpus = report('project corpus (libs/domain/x12/corpus)', remittanceCorpus());
  const shared = sharedRemittanceSamples();
  if (shared !== undefined && shared.length > 0) {
    report('real-world samples (../shared/samples/remittances)', shared);
  }
  // The corpus is hand-checked: anything short of all-right is a regression, so fail the bench run.
  if (corpus.misses.length > 0 || corpus.adjustmentsExtra > 0) process.exitCode = 1;
}

main();
