import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@claimlane/testing';
import { createAppDataSource } from './data-source.factory';
import { TenantDatabase } from './tenant-database';
import type { DataSource } from 'typeorm';

describe('per-tenant gate on open transactions', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const tenantA = randomUUID();
  const tenantB = randomUUID();

  beforeAll(async () => {
    db = await createTestDatabase();
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    for (const id of [tenantA, tenantB])
      await owner.query(`insert into tenants (id, name, kind) values ($1, 'T', 'CLINIC')`, [id]);
    await owner.end();
    ds = createAppDataSource({ url: db.appUrl, poolSize: 4 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('a burst from one tenant leaves connections for another tenant', async () => {
    const tdb = new TenantDatabase(ds);
    expect(tdb.gate.limit).toBe(2);
    let finishedA = 0;
    const burst = Array.from({ length: 6 }, () =>
      tdb.runInTenantTx(tenantA, (m) => m.query(`select pg_sleep(0.5)`)).then(() => finishedA++),
    );
    await new Promise((r) => setTimeout(r, 100));
    // Without the gate tenant A holds all 4 connections and 2 more A requests queue ahead of B.
    await tdb.runInTenantTx(tenantB, (m) => m.query(`select 1`));
    const finishedWhenBDone = finishedA;
    await Promise.all(burst);
    expect(finishedWhenBDone).toBe(0);
    expect(finishedA).toBe(6);
  });

  it('a waiter that cannot get in answers SERVICE_UNAVAILABLE instead of hanging', async () => {
    const tdb = new TenantDatabase(ds);
    (tdb.gate as unknown as { waitMs: number }).waitMs = 50;
    const hold = [1, 2].map(() =>
      tdb.runInTenantTx(tenantA, (m) => m.query(`select pg_sleep(0.4)`)),
    );
    await new Promise((r) => setTimeout(r, 30));
    await expect(tdb.runInTenantTx(tenantA, (m) => m.query('select 1'))).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    await Promise.all(hold);
  });
});
