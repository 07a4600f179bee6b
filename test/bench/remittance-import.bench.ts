import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { generate835Chunks } from '@claimlane/domain-x12';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { importRemittance } from '@claimlane/server-remittances';
import { benchDatabase } from './bench-services';

const CLAIMS = Number(process.env.BENCH_IMPORT_CLAIMS ?? 100_000);

/** Time to import 100,000 denied claims from one 835 into Postgres for one tenant (target ≤ 20 s). */
async function main(): Promise<void> {
  const db = await benchDatabase('import');
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const ds = createAppDataSource({ url: db.appUrl, poolSize: 2 });
  await ds.initialize();
  try {
    const tenantId = randomUUID();
    await owner.query(
      `insert into tenants (id, name, kind) values ($1, 'Bench Clinic', 'CLINIC')`,
      [tenantId],
    );
    const chunks = Array.from(generate835Chunks({ claims: CLAIMS, deniedRatio: 1, seed: 42 }));
    const bytes = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
    const t0 = performance.now();
    const summary = await new TenantDatabase(ds).runInTenantTx(tenantId, (m) =>
      importRemittance(m, tenantId, chunks),
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `835 import: ${summary.claimsRead} claims (${(bytes / 1e6).toFixed(1)} MB), ${summary.denialsCreated} denials created in ${seconds.toFixed(2)} s = ${(summary.denialsCreated / seconds).toFixed(0)} denied claims/s (target: 100,000 in ≤ 20 s)`,
    );
    const t1 = performance.now();
    const again = await new TenantDatabase(ds).runInTenantTx(tenantId, (m) =>
      importRemittance(m, tenantId, chunks),
    );
    console.log(
      `re-import of the same file: ${again.denialsCreated} created, ${again.alreadyImported} skipped in ${((performance.now() - t1) / 1000).toFixed(2)} s`,
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
