import { Command, Option } from 'commander';
import { KNOWN_REGIMES, SERVICE_TYPE_CHOICES, parseIsoDate } from './cli-options';
import { renderRemittanceCheck } from './check-835.command';
import { renderLetterCheck, type LetterCheckOptions } from './check-letter.command';
import { CliError, EXIT_NEEDS_OCR } from './exit-codes';
import { readDocument } from './read-document';

const LETTER_ONLY: ReadonlyArray<[keyof LetterCheckOptions, string]> = [
  ['asOf', '--as-of'],
  ['regime', '--regime'],
  ['noticeDate', '--notice-date'],
  ['receivedDate', '--received-date'],
  ['serviceType', '--service-type'],
];

/** `check <file>`: a letter (text or PDF) gets the Record Check, an 835 gets its claims. */
export async function runCheck(file: string, o: LetterCheckOptions): Promise<void> {
  const doc = await readDocument(file);
  for (const w of doc.warnings) console.error(`warning: ${w}`);
  if (doc.needsOcr) {
    throw new CliError(
      `this document has no text layer (${doc.ocrReason ?? doc.mime}); OCR is needed before it can be checked`,
      EXIT_NEEDS_OCR,
    );
  }
  if (doc.format === 'x12_835') {
    const ignored = LETTER_ONLY.filter(([k]) => o[k] !== undefined).map(([, flag]) => flag);
    if (ignored.length)
      console.error(`warning: ignored for an 835 (letters only): ${ignored.join(', ')}`);
    const out = renderRemittanceCheck(doc.text, o.json === true);
    for (const w of out.warnings) console.error(`warning: ${w}`);
    process.stdout.write(out.stdout);
    return;
  }
  process.stdout.write(renderLetterCheck(doc.text, o));
}

export function checkCommand(): Command {
  return new Command('check')
    .description(
      'Check a denial letter (text or PDF with a text layer) or an 835 remittance, detected from its bytes',
    )
    .argument('<file>', 'letter (.txt, .pdf) or X12 835 remittance (.835, .edi)')
    .option('--json', 'print the JSON document (letters: the recordCheck analysis; 835: {claims})')
    .option(
      '--as-of <YYYY-MM-DD>',
      'date used as today when the letter has no date (default: today, UTC)',
      parseIsoDate,
    )
    .addOption(
      new Option('--regime <id>', 'known coverage regime (overrides the letter)').choices(
        KNOWN_REGIMES,
      ),
    )
    .option('--notice-date <YYYY-MM-DD>', 'known date of the denial notice', parseIsoDate)
    .option('--received-date <YYYY-MM-DD>', 'date the member received the notice', parseIsoDate)
    .addOption(
      new Option('--service-type <type>', 'known kind of service decision').choices(
        SERVICE_TYPE_CHOICES,
      ),
    )
    .addHelpText(
      'after',
      `
Letters print a report (category and regime with evidence, key facts, disclosures, findings,
deadlines, strongest ground, next questions and a request letter). The report contains PHI and is
written to stdout only. Options other than --json apply to letters only.

Exit codes: 0 ok, 1 error (unreadable, encrypted or unsupported file, fatal 835 error),
2 usage, 3 the document has no text layer and needs OCR.`,
    )
    .action((file: string, o: LetterCheckOptions) => runCheck(file, o));
}
