import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { createTestDatabase, type TestDatabase } from '@claimlane/testing';
import { corpusRemittance } from '@claimlane/testing-fixtures';
import { importRemittance, type ImportSummary } from './remittance-import';

describe('importRemittance against Postgres (RLS tenant transaction)', () => {
  let db: TestDatabase;
  let owner: Client;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    ds = createAppDataSource({ url: db.appUrl, poolSize: 1, applicationName: 'remittance-spec' });
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await owner?.end();
    await db?.drop();
  });

  async function importInto(text: string): Promise<{ tenant: string; summary: ImportSummary }> {
    const tenant = randomUUID();
    await owner.query(`insert into tenants (id, name, kind) values ($1, $2, 'CLINIC')`, [
      tenant,
      `Remit ${tenant.slice(0, 8)}`,
    ]);
    const summary = await new TenantDatabase(ds).runInTenantTx(tenant, (m) =>
      importRemittance(m, tenant, [text]),
    );
    return { tenant, summary };
  }

  async function denials(tenant: string) {
    const { rows } = await owner.query<{ claim_number: string; denied: string; status: string }>(
      `select c.claim_number, d.denied_amount::text as denied, c.status_code as status
         from denials d join claims c on c.id = d.claim_id and c.tenant_id = d.tenant_id
        where d.tenant_id = $1 order by c.claim_number`,
      [tenant],
    );
    return rows;
  }

  it('refuses claims whose CLP02 is not an X12 status code instead of importing denials', async () => {
    const text = corpusRemittance('invalid-clp-status.835').bytes.toString('utf8');
    const { tenant, summary } = await importInto(text);
    expect(summary).toMatchObject({ claimsRead: 1, denialsCreated: 0, rejectedClaims: 2 });
    expect(summary.errors.map((e) => [e.code, e.claimId, e.severity ?? 'error']).sort()).toEqual([
      ['X12_BAD_STATUS', 'CGD-102', 'error'],
      ['X12_BAD_STATUS', 'CGD-103', 'error'],
    ]);
    const { rows } = await owner.query(`select claim_number from claims where tenant_id = $1`, [
      tenant,
    ]);
    expect(rows).toEqual([]);
    expect(await denials(tenant)).toEqual([]);
  });

  it('imports a denied claim whose service line is malformed, with its full denied amount', async () => {
    const text = corpusRemittance('medicaid-denied-lq.835')
      .bytes.toString('utf8')
      .replace('SVC*HC:T1019*212.40*', 'SVC*HC>T1019*212.40*')
      .replace('SVC*HC:T1019*269.70*0**30', 'SVC*HC*269.70*0**3O');
    const { tenant, summary } = await importInto(text);
    expect(summary).toMatchObject({ claimsRead: 1, denialsCreated: 1, rejectedClaims: 0 });
    expect(summary.errors.every((e) => e.severity === 'warning')).toBe(true);
    expect(summary.errors.length).toBeGreaterThanOrEqual(2);
    expect(await denials(tenant)).toEqual([
      { claim_number: 'HB-778812', denied: '1042.20', status: '4' },
    ]);
  });
});
