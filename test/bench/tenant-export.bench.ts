// `npm run bench -- tenant-export`: one tenant with AUDIT_ROWS audit rows and DOCS encrypted files is
// exported through the real writer (paged NDJSON, decrypted files, signed manifest) to a file, then
// verified; prints time, archive size and the process's peak RSS (the export streams, so RSS should
// not grow with the tenant).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { pack } from 'tar-stream';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import {
  EncryptingObjectStore,
  LocalFolderObjectStore,
  MasterKeys,
  TenantKeyring,
  objectKeyFor,
} from '@claimlane/server-documents';
import { ExportSigner, verifyTenantExport, writeTenantExport } from '@claimlane/server-tenancy';
import { benchDatabase } from './bench-services';

const AUDIT_ROWS = Number(process.env.BENCH_EXPORT_AUDIT_ROWS ?? 300_000);
const DOCS = Number(process.env.BENCH_EXPORT_DOCS ?? 200);
const DOC_BYTES = 256 * 1024;

async function main(): Promise<void> {
  const db = await benchDatabase('export');
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const tenantId = randomUUID();
  const dir = mkdtempSync(join(tmpdir(), 'claimlane-bench-export-'));
  const ds = createAppDataSource({ url: db.appUrl, poolSize: 4 });
  await ds.initialize();
  try {
    await owner.query(`insert into tenants (id, name, kind) values ($1, 'Bench', 'CLINIC')`, [
      tenantId,
    ]);
    await owner.query(
      `insert into audit_events (tenant_id, action, entity_type, meta)
       select $1, 'bench.read', 'AppealCase', jsonb_build_object('n', g) from generate_series(1, $2) g`,
      [tenantId, AUDIT_ROWS],
    );
    const tdb = new TenantDatabase(ds);
    const store = new EncryptingObjectStore(
      new LocalFolderObjectStore(join(dir, 'objects')),
      new TenantKeyring(tdb, new MasterKeys(randomBytes(32))),
    );
    for (let i = 0; i < DOCS; i++) {
      const bytes = randomBytes(DOC_BYTES);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const key = objectKeyFor(tenantId, sha);
      await store.put(key, bytes, 'application/pdf');
      await owner.query(
        `insert into documents (tenant_id, kind, mime, sha256, size_bytes, status, storage_key)
         values ($1, 'denial_letter', 'application/pdf', $2, $3, 'ready', $4)`,
        [tenantId, sha, DOC_BYTES, key],
      );
    }
    // As autovacuum would have by then: without statistics each page may scan the whole table.
    await owner.query('analyze');
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const signer = ExportSigner.fromSeed(randomBytes(32));
    const archive = join(dir, 'export.tar');
    const p = pack();
    const t0 = performance.now();
    const written = pipeline(p, createWriteStream(archive));
    await writeTenantExport({ db: tdb, store, signer, tenantId, userId: null, pack: p });
    await written;
    const exportMs = performance.now() - t0;
    clearInterval(sampler);
    const t1 = performance.now();
    const v = await verifyTenantExport(createReadStream(archive), signer.publicKey);
    const verifyMs = performance.now() - t1;
    if (!v.ok) throw new Error(`verification failed: ${v.problems.join('; ')}`);
    const mib = (n: number) => (n / 1048576).toFixed(1);
    console.log(
      `tenant export: ${AUDIT_ROWS} audit rows + ${DOCS} files of ${DOC_BYTES / 1024} KiB -> ` +
        `${mib(statSync(archive).size)} MiB tar, ${v.manifest!.files.length} files, in ${(exportMs / 1000).toFixed(2)} s; ` +
        `verify ${(verifyMs / 1000).toFixed(2)} s; RSS ${mib(rssBefore)} -> peak ${mib(peak)} MiB`,
    );
  } finally {
    await ds.destroy();
    await owner.end();
    await db.drop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
