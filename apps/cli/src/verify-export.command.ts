import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { loadConfig } from '@claimlane/server-config';
import { ExportSigner, parsePublicKey, verifyTenantExport } from '@claimlane/server-tenancy';
import { CliError, EXIT_ERROR } from './exit-codes';
import { fileErrorMessage } from './read-document';

/** `verify-export <archive>`: signature, then every file's SHA-256 against the signed manifest. */
export async function runVerifyExport(file: string, o: { publicKey?: string }): Promise<void> {
  let key;
  try {
    key = o.publicKey
      ? parsePublicKey(await readFile(o.publicKey, 'utf8'))
      : ExportSigner.fromConfig(loadConfig()).publicKey;
  } catch (e) {
    throw new CliError(`cannot read the public key: ${(e as Error).message}`, EXIT_ERROR);
  }
  const stream = createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    throw new CliError(fileErrorMessage(file, e), EXIT_ERROR);
  }
  const result = await verifyTenantExport(stream, key);
  if (!result.ok) {
    for (const p of result.problems) console.error(`problem: ${p}`);
    throw new CliError(
      `the export does NOT verify (${result.problems.length} problem(s))`,
      EXIT_ERROR,
    );
  }
  const m = result.manifest!;
  process.stdout.write(
    `ok: tenant ${m.tenantId}, exported ${m.exportedAt}, ${m.files.length} files, ` +
      `signed by key ${m.signingKeyId}\n`,
  );
}

export function verifyExportCommand(): Command {
  return new Command('verify-export')
    .description('Verify a tenant export archive: Ed25519 signature and SHA-256 of every file')
    .argument('<archive>', 'the .tar downloaded from exportTenantData')
    .option(
      '--public-key <file>',
      'SPKI PEM (or base64 DER) from exportTenantData.signingPublicKey; default: the configured key',
    )
    .action((file: string, o: { publicKey?: string }) => runVerifyExport(file, o));
}
