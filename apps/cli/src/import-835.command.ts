import { stat } from 'node:fs/promises';
import { Command } from 'commander';
import { X12ParseError } from '@claimlane/domain-x12';
import { loadConfig } from '@claimlane/server-config';
import { TenantDatabase, createAppDataSource, insertAuditEvent } from '@claimlane/server-db';
import {
  RemittanceRejectedError,
  importRemittance,
  type ImportSummary,
} from '@claimlane/server-remittances';
import { x12Location } from './check-835.command';
import { parseUuid } from './cli-options';
import { appDatabaseUrl } from './database-url';
import { CliError, EXIT_ERROR } from './exit-codes';
import { formatImportSummary, importAuditMeta } from './import-summary-report';
import { countedChunks, progressReporter } from './import-progress';
import { fileErrorMessage } from './read-document';

export interface Import835Options {
  tenant: string;
}

async function fileSize(path: string): Promise<number> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    return s.size;
  } catch (e) {
    throw new CliError(fileErrorMessage(path, e), EXIT_ERROR);
  }
}

/** Parser and import failures as one line for the user; anything else is unexpected and rethrown. */
function importFailure(e: unknown): never {
  if (e instanceof X12ParseError) {
    throw new CliError(
      `not a readable 835 (${e.code}): ${x12Location(e)}; nothing was imported`,
      EXIT_ERROR,
    );
  }
  if (e instanceof RemittanceRejectedError) {
    throw new CliError(`${e.message}; nothing was imported`, EXIT_ERROR);
  }
  throw e;
}

/**
 * `import-835 <file> --tenant <id>`: streams the file into the tenant's claims and denials in ONE
 * transaction (RLS-scoped to the tenant), so a fatal parse error or a crash leaves nothing behind,
 * and writes a counts-only audit row in the same transaction.
 */
export async function runImport835(file: string, o: Import835Options): Promise<void> {
  const size = await fileSize(file);
  const url = appDatabaseUrl(loadConfig());
  const ds = createAppDataSource({ url, poolSize: 1, applicationName: 'claimlane-cli' });
  try {
    await ds.initialize();
  } catch (e) {
    throw new CliError(`cannot connect to the database: ${(e as Error).message}`, EXIT_ERROR);
  }
  const progress = progressReporter(size);
  let summary: ImportSummary;
  try {
    summary = await new TenantDatabase(ds).runInTenantTx(o.tenant, async (m) => {
      // RLS hides other tenants' rows rather than failing, so a mistyped id would "import" into a
      // tenant nobody owns (and fail on the foreign key only at the first insert, or never for a
      // file without denials). Check explicitly first.
      const found: unknown[] = await m.query('select 1 from tenants where id = $1', [o.tenant]);
      if (!found.length) throw new CliError(`tenant not found: ${o.tenant}`, EXIT_ERROR);
      const s = await importRemittance(
        m,
        o.tenant,
        countedChunks(file, (n) => progress.bytes(n)),
        (p) => progress.claims(p.claimsRead, p.deniedClaims),
      );
      progress.claims(s.claimsRead, s.deniedClaims);
      await insertAuditEvent(m, {
        tenantId: o.tenant,
        action: 'cli.importRemittance',
        entityType: 'Remittance',
        meta: { ...importAuditMeta(s) },
      });
      return s;
    });
  } catch (e) {
    progress.finish(false);
    importFailure(e);
  } finally {
    await ds.destroy().catch(() => undefined);
  }
  progress.finish(true);
  for (const e of summary.errors) console.error(`warning: ${x12Location(e)} [${e.code}]`);
  process.stdout.write(formatImportSummary(o.tenant, summary));
}

export function import835Command(): Command {
  return new Command('import-835')
    .description(
      "Import the denied and partly denied claims of an 835 into a tenant's claims and denials",
    )
    .argument('<file>', 'X12 835 remittance file')
    .requiredOption('--tenant <tenantId>', 'tenant id (UUID)', parseUuid)
    .addHelpText(
      'after',
      `
The whole file is imported in one transaction: a fatal parse error (truncated file, broken
envelope, wrong separators) or any failure leaves nothing behind. Re-importing the same file
creates nothing new. A single malformed claim is skipped and reported as a warning.

Connects as the runtime role claimlane_app: DATABASE_APP_URL, or DATABASE_URL with
APP_DB_PASSWORD to derive it. Progress goes to stderr (a bar on a terminal), the summary to stdout.

Exit codes: 0 ok, 1 error (unreadable file, fatal 835 error, unknown tenant, database), 2 usage.`,
    )
    .action((file: string, o: Import835Options) => runImport835(file, o));
}
