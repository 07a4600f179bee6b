import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@claimlane/testing';
import { createAppDataSource } from './data-source.factory';
import { OperationScope } from './operation-scope';
import { TenantContext } from './tenant-context';

describe('operation scope savepoints', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const tenantId = randomUUID();

  beforeAll(async () => {
    db = await createTestDatabase();
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await owner.query(`insert into tenants (id, name, kind) values ($1, 'T', 'CLINIC')`, [
      tenantId,
    ]);
    await owner.end();
    ds = createAppDataSource({ url: db.appUrl, poolSize: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('a failed field keeps neither its writes nor its after-commit work; the next field commits', async () => {
    const ran: string[] = [];
    const op = new OperationScope(ds, () => null);
    await TenantContext.runOperation(op, async () => {
      await op.ensureOpen({ tenantId, userId: null });
      await expect(
        op.savepoint(async () => {
          await TenantContext.manager().query(
            `insert into payers (tenant_id, name) values ($1, 'Rolled Back Health')`,
            [tenantId],
          );
          TenantContext.afterCommit(async () => void ran.push('failed field'));
          throw new Error('field failed');
        }),
      ).rejects.toThrow('field failed');
      await op.savepoint(async () => {
        await TenantContext.manager().query(
          `insert into payers (tenant_id, name) values ($1, 'Kept Health')`,
          [tenantId],
        );
        TenantContext.afterCommit(async () => void ran.push('good field'));
      });
      await op.finish();
    });
    expect(ran).toEqual(['good field']);
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const names = (await owner.query(`select name from payers where tenant_id = $1`, [tenantId]))
      .rows as Array<{ name: string }>;
    await owner.end();
    expect(names.map((n) => n.name)).toEqual(['Kept Health']);
  });
});
