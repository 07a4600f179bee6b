import {
  analyzeDenial,
  type KnownFacts,
  type RecordCheckResult,
} from '@claimlane/domain-denial-analysis';
import { loadConfig } from '@claimlane/server-config';
import type { Regime, ServiceType } from '@claimlane/shared-contracts';
import { todayIso } from './cli-options';
import { CliError, EXIT_ERROR } from './exit-codes';
import { formatLetterReport } from './letter-report';

/** Options of `claimlane check` that feed the engine; they only make sense for letters. */
export interface LetterCheckOptions {
  json?: boolean;
  asOf?: string;
  regime?: Regime;
  noticeDate?: string;
  receivedDate?: string;
  serviceType?: ServiceType;
}

export function factsFromOptions(o: LetterCheckOptions): KnownFacts {
  const facts: KnownFacts = {};
  if (o.regime) facts.regime = o.regime;
  if (o.noticeDate) facts.noticeDate = o.noticeDate;
  if (o.receivedDate) facts.receivedDate = o.receivedDate;
  if (o.serviceType) facts.serviceType = o.serviceType;
  return facts;
}

/**
 * Runs the Record Check on letter text the way the API's recordCheck does (same limit, same facts,
 * same "today"), so `--json` gives the same document.
 */
export function analyzeLetterText(text: string, o: LetterCheckOptions): RecordCheckResult {
  const max = loadConfig().MAX_LETTER_CHARS;
  if (text.length > max) {
    throw new CliError(
      `The letter text is ${text.length.toLocaleString('en-US')} characters; the limit is ${max.toLocaleString('en-US')} (MAX_LETTER_CHARS).`,
      EXIT_ERROR,
    );
  }
  if (text.trim() === '') throw new CliError('The document contains no letter text.', EXIT_ERROR);
  return analyzeDenial(text, { facts: factsFromOptions(o), asOf: o.asOf ?? todayIso() });
}

/** Output of `check` for a letter: exactly the analysis document with --json, else the report. */
export function renderLetterCheck(text: string, o: LetterCheckOptions): string {
  const result = analyzeLetterText(text, o);
  return o.json ? JSON.stringify(result, null, 2) + '\n' : formatLetterReport(result, text);
}
