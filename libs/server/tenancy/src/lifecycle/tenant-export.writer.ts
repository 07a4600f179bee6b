import { createHash } from 'node:crypto';
import type { Pack } from 'tar-stream';
import type { TenantDatabase } from '@claimlane/server-db';
import { ObjectNotFoundError, type ObjectStore } from '@claimlane/server-documents';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  MANIFEST_PATH,
  SIGNATURE_PATH,
  type ExportManifest,
  type ManifestFile,
} from './export-manifest';
import type { ExportSigner } from './export-signature';
import { listTenantTables, quoteIdent, type TenantTable } from './tenant-tables';

/** Rows per NDJSON part: each part is one short transaction and one bounded buffer. */
export const EXPORT_PAGE_ROWS = 1000;

// Wrapped keys are useless outside this installation; secret and token hashes are credentials, and
// the call transcript ciphertext opens only with this installation's key (the redacted text is kept).
const SKIPPED_TABLES = new Set(['tenant_data_keys']);
const SKIPPED_COLUMNS = ['secret_hash', 'token_hash', 'transcript_ciphertext', 'wrapped_key'];

export interface TenantExportInput {
  db: TenantDatabase;
  /** The encrypting store: files come out as the plaintext the tenant uploaded. */
  store: ObjectStore;
  signer: ExportSigner;
  tenantId: string;
  userId: string | null;
  /** Where entries go; awaited one at a time, so a slow reader slows the export, never buffers it. */
  pack: Pack;
  now?: Date;
}

/**
 * Streams one tenant's data as a tar: `tables/<table>/part-NNNNN.ndjson` (every tenant table, paged
 * by primary key), `objects/<key>` (every stored file a row points to, decrypted), then
 * `manifest.json` (SHA-256 and size of every file) and `manifest.sig` (Ed25519 over the manifest).
 * Memory holds one page or one file at a time. Pages are separate transactions: the archive is
 * consistent per page, not one snapshot (a long snapshot would pin a connection to the reader's pace).
 */
export async function writeTenantExport(input: TenantExportInput): Promise<ExportManifest> {
  const { db, tenantId, pack } = input;
  const files: ManifestFile[] = [];
  const add = async (path: string, bytes: Buffer) => {
    files.push({
      path,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    await entry(pack, path, bytes);
  };
  const tables = (await db.runInTenantTx(tenantId, (m) => listTenantTables(m))).filter(
    (t) => !SKIPPED_TABLES.has(t.name),
  );
  const rowCounts: Record<string, number> = {};
  const storageKeys: string[] = [];
  for (const table of tables) {
    rowCounts[table.name] = await exportTable(input, table, add, storageKeys);
  }
  const missingObjects: string[] = [];
  for (const key of [...new Set(storageKeys)].sort()) {
    if (!key.startsWith(`${tenantId}/`)) continue;
    try {
      await add(`objects/${key.slice(tenantId.length + 1)}`, await input.store.get(key));
    } catch (e) {
      if (!(e instanceof ObjectNotFoundError)) throw e;
      missingObjects.push(key);
    }
  }
  const manifest: ExportManifest & { missingObjects: string[] } = {
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    tenantId,
    exportedAt: (input.now ?? new Date()).toISOString(),
    exportedBy: input.userId,
    signingKeyId: input.signer.keyId,
    rowCounts,
    files,
    missingObjects,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
  await entry(pack, MANIFEST_PATH, manifestBytes);
  await entry(
    pack,
    SIGNATURE_PATH,
    Buffer.from(input.signer.sign(manifestBytes).toString('base64')),
  );
  pack.finalize();
  return manifest;
}

async function exportTable(
  input: TenantExportInput,
  table: TenantTable,
  add: (path: string, bytes: Buffer) => Promise<void>,
  storageKeys: string[],
): Promise<number> {
  const cols = table.key.map((k) => `t.${quoteIdent(k.column)}`).join(', ');
  let after: string[] | null = null;
  let total = 0;
  for (let part = 1; ; part++) {
    const params: unknown[] = [SKIPPED_COLUMNS];
    let where = '';
    if (after) {
      const placeholders = table.key.map((k, i) => `$${i + 2}::${k.type}`).join(', ');
      where = `where (${cols}) > (${placeholders})`;
      params.push(...after);
    }
    const keyText = table.key.map((k, i) => `t.${quoteIdent(k.column)}::text as k${i}`).join(', ');
    const rows: Array<Record<string, unknown>> = await input.db.runInTenantTx(input.tenantId, (m) =>
      m.query(
        // The page is cut first, then turned into JSON: whatever plan Postgres picks (an index
        // walk, or a top-N sort on a table not yet analyzed), only 1000 rows become JSON.
        `select to_jsonb(t) - $1::text[] as row, ${keyText}
           from (select * from ${quoteIdent(table.name)} t ${where}
                  order by ${cols} limit ${EXPORT_PAGE_ROWS}) t
          order by ${cols}`,
        params,
      ),
    );
    if (rows.length === 0) break;
    const lines = rows.map((r) => {
      const row = r['row'] as Record<string, unknown>;
      if (typeof row['storage_key'] === 'string') storageKeys.push(row['storage_key']);
      return JSON.stringify(row);
    });
    await add(
      `tables/${table.name}/part-${String(part).padStart(5, '0')}.ndjson`,
      Buffer.from(lines.join('\n') + '\n'),
    );
    total += rows.length;
    if (rows.length < EXPORT_PAGE_ROWS) break;
    const last = rows[rows.length - 1]!;
    after = table.key.map((_, i) => String(last[`k${i}`]));
  }
  return total;
}

function entry(pack: Pack, name: string, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) =>
    pack.entry({ name, size: bytes.length, mode: 0o600, mtime: new Date(0) }, bytes, (err) =>
      err ? reject(err) : resolve(),
    ),
  );
}
