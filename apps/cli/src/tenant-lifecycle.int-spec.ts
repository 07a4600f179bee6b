import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Client as PgClient } from 'pg';
import { Client, Connection } from '@temporalio/client';
import { extract, pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealWorkflowId } from '@claimlane/shared-contracts';
import {
  EncryptingObjectStore,
  LocalFolderObjectStore,
  MasterKeys,
  TenantKeyring,
  UnknownMasterKeyError,
  isEncryptedObject,
  objectKeyFor,
} from '@claimlane/server-documents';
import { aesKeyFromConfig } from '@claimlane/server-common';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { parsePublicKey, verifyTenantExport } from '@claimlane/server-tenancy';
import { runCli } from './cli-program';

const LETTER = (n: string) =>
  Buffer.from(
    `Dear Member ${n},\nYour claim for CPT 99214 on 03/04/2026 was denied (CARC 50: not medically ` +
      `necessary). You may appeal within 180 days of this notice.\nAcme Health Plan\n`,
  );

interface Seeded {
  tenant: TestTenant;
  caseIds: string[];
  letter: Buffer;
}

describe('tenant data lifecycle: signed export, soft delete, purge (Postgres, Temporal, files)', () => {
  let api: TestApi;
  let owner: PgClient;
  let temporal: Connection;
  let wf: Client;
  let a: Seeded;
  let b: Seeded;
  const work = mkdtempSync(join(tmpdir(), 'tenant-export-'));
  let archivePath = '';
  let publicKeyPem = '';
  let exportUrl = '';

  const seed = async (label: string): Promise<Seeded> => {
    const tenant = await createTestTenant(api);
    const caseIds: string[] = [];
    for (const payer of ['Acme Health', 'Blue Plan']) {
      const res = expectOk(
        await api.gql<{ createAppealCase: { id: string } }>(
          `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
          { i: { payerName: payer, patient: { lastName: `Roe-${label}` } } },
          tenant.headers,
        ),
      );
      caseIds.push(res.createAppealCase.id);
    }
    // A case note (issue 10): exported and purged with the rest, found in the catalog like every table.
    expectOk(
      await api.gql(
        `mutation($c: ID!, $b: String!) { addCaseNote(caseId: $c, body: $b) { id } }`,
        { c: caseIds[0], b: `Called the payer about Roe-${label}` },
        tenant.headers,
      ),
    );
    const letter = LETTER(label);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(letter)]), 'letter.txt');
    const up = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: tenant.headers,
      body: form,
    });
    expect(up.status).toBeLessThan(300);
    return { tenant, caseIds, letter };
  };

  const workflowStatus = async (tenantId: string, caseId: string) =>
    (await wf.workflow.getHandle(appealWorkflowId(tenantId, caseId)).describe()).status.name;

  const tenantTables = async (): Promise<string[]> =>
    (
      await owner.query(
        `select c.table_name from information_schema.columns c
           join information_schema.tables t using (table_schema, table_name)
          where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
          order by 1`,
      )
    ).rows.map((r: { table_name: string }) => r.table_name);

  const rowsOf = async (tenantId: string): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    for (const t of await tenantTables()) {
      const { rows } = await owner.query(
        `select count(*)::int as n from "${t}" where tenant_id = $1`,
        [tenantId],
      );
      out[t] = rows[0].n;
    }
    return out;
  };

  const objectPath = (tenantId: string, letter: Buffer) =>
    join(
      api.config.DATA_DIR,
      'objects',
      tenantId,
      createHash('sha256').update(letter).digest('hex'),
    );

  beforeAll(async () => {
    api = await startTestApi({ TENANT_PURGE_AFTER_DAYS: '30' });
    owner = new PgClient({ connectionString: api.db.ownerUrl });
    await owner.connect();
    temporal = await Connection.connect({ address: api.config.TEMPORAL_ADDRESS! });
    wf = new Client({ connection: temporal, namespace: api.config.TEMPORAL_NAMESPACE });
    a = await seed('A');
    b = await seed('B');
  });
  afterAll(async () => {
    for (const id of b?.caseIds ?? [])
      await wf?.workflow
        .getHandle(appealWorkflowId(b.tenant.id, id))
        .terminate('test done')
        .catch(() => undefined);
    await temporal?.close();
    await owner?.end();
    await api?.close();
  });

  it('stores the uploaded document encrypted with the tenant key; readers still get plaintext', async () => {
    const onDisk = await readFile(objectPath(a.tenant.id, a.letter));
    expect(isEncryptedObject(onDisk)).toBe(true);
    expect(onDisk.toString('latin1')).not.toContain('Dear Member');
    const keys = await owner.query(`select tenant_id from tenant_data_keys order by tenant_id`);
    expect(keys.rows.map((r: { tenant_id: string }) => r.tenant_id).sort()).toEqual(
      [a.tenant.id, b.tenant.id].sort(),
    );
  });

  it('exports one tenant as a signed tar: every table, the decrypted files, audited as a PHI read', async () => {
    const viewer = await addMember(api, a.tenant, 'VIEWER');
    expect(
      errorCode(
        await api.gql(`mutation { exportTenantData { url } }`, {}, bearer(viewer, a.tenant.id)),
      ),
    ).toBe('FORBIDDEN');
    const link = expectOk(
      await api.gql<{
        exportTenantData: { url: string; signingPublicKey: string; signingKeyId: string };
      }>(
        `mutation { exportTenantData { url signingPublicKey signingKeyId } }`,
        {},
        a.tenant.headers,
      ),
    ).exportTenantData;
    publicKeyPem = link.signingPublicKey;
    exportUrl = link.url;
    const res = await fetch(`${api.url}${link.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-tar');
    const bytes = Buffer.from(await res.arrayBuffer());
    archivePath = join(work, 'a.tar');
    await writeFile(archivePath, bytes);

    const v = await verifyTenantExport(Readable.from(bytes), parsePublicKey(publicKeyPem));
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    const m = v.manifest!;
    expect(m.tenantId).toBe(a.tenant.id);
    expect(m.signingKeyId).toBe(link.signingKeyId);
    expect(m.rowCounts['appeal_cases']).toBe(2);
    expect(m.rowCounts['documents']).toBe(1);
    expect(m.rowCounts['case_notes']).toBe(1);
    expect(m.rowCounts['tenant_data_keys']).toBeUndefined();
    const files = await untar(bytes);
    const docPath = `objects/${createHash('sha256').update(a.letter).digest('hex')}`;
    expect(files.get(docPath)?.equals(a.letter)).toBe(true);
    const cases = files
      .get('tables/appeal_cases/part-00001.ndjson')!
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; tenant_id: string });
    expect(cases.map((c) => c.id).sort()).toEqual([...a.caseIds].sort());
    // Nothing of the other tenant, and no credential hashes.
    expect(bytes.includes(Buffer.from(b.tenant.id))).toBe(false);
    expect(bytes.includes(Buffer.from('Roe-B'))).toBe(false);
    expect(bytes.includes(Buffer.from('token_hash'))).toBe(false);
    const audit = await owner.query(
      `select meta from audit_events where tenant_id = $1 and action = 'tenant.export'`,
      [a.tenant.id],
    );
    expect(audit.rows).toEqual([{ meta: { phiRead: true } }]);
    // The link is the credential: altered, it is refused.
    const forged = await fetch(`${api.url}${link.url.slice(0, -2)}xx`);
    expect(forged.status).toBe(403);
    // ...and it is no file link: /api/files refuses it before any audit row or read.
    const asFile = await fetch(`${api.url}${link.url.replace('/api/exports/', '/api/files/')}`);
    expect(asFile.status).toBe(403);
  });

  it('a tampered archive fails verification (content, manifest, key); the CLI agrees', async () => {
    const bytes = await readFile(archivePath);
    const key = parsePublicKey(publicKeyPem);
    const files = await untar(bytes);
    const docPath = `objects/${createHash('sha256').update(a.letter).digest('hex')}`;

    const changedFile = new Map(files);
    changedFile.set(docPath, Buffer.from(files.get(docPath)!.toString().replace('180', '365')));
    const r1 = await verifyTenantExport(Readable.from(await retar(changedFile)), key);
    expect(r1.ok).toBe(false);
    expect(r1.problems.join('\n')).toContain(`${docPath}: content differs`);

    const changedManifest = new Map(files);
    const manifest = JSON.parse(files.get('manifest.json')!.toString());
    manifest.rowCounts.appeal_cases = 1;
    changedManifest.set('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
    const r2 = await verifyTenantExport(Readable.from(await retar(changedManifest)), key);
    expect(r2.problems.join('\n')).toContain('signature does not match');

    const extra = new Map(files);
    extra.set('objects/added', Buffer.from('x'));
    const r3 = await verifyTenantExport(Readable.from(await retar(extra)), key);
    expect(r3.problems).toEqual(['objects/added: in the archive but not in the manifest']);

    const other = (await import('node:crypto')).generateKeyPairSync('ed25519').publicKey;
    expect((await verifyTenantExport(Readable.from(bytes), other)).ok).toBe(false);

    const pem = join(work, 'export.pub');
    await writeFile(pem, publicKeyPem);
    const tampered = join(work, 'tampered.tar');
    await writeFile(tampered, await retar(changedFile));
    expect(
      await runCli(['node', 'claimlane', 'verify-export', archivePath, '--public-key', pem]),
    ).toBe(0);
    expect(
      await runCli(['node', 'claimlane', 'verify-export', tampered, '--public-key', pem]),
    ).toBe(1);
  });

  it('soft delete: owner only, confirmed by name; the workspace then refuses every request with TENANT_DELETED', async () => {
    const admin = await addMember(api, a.tenant, 'ADMIN');
    const del = `mutation($n: String!) { deleteTenant(input: { confirmName: $n }) { tenantId deletedAt purgeAfter } }`;
    const name = (await owner.query(`select name from tenants where id = $1`, [a.tenant.id]))
      .rows[0].name as string;
    expect(errorCode(await api.gql(del, { n: name }, bearer(admin, a.tenant.id)))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(del, { n: 'Not The Name' }, a.tenant.headers))).toBe(
      'BAD_USER_INPUT',
    );
    const done = expectOk(
      await api.gql<{ deleteTenant: { tenantId: string; deletedAt: string; purgeAfter: string } }>(
        del,
        { n: name },
        a.tenant.headers,
      ),
    ).deleteTenant;
    const days = (Date.parse(done.purgeAfter) - Date.parse(done.deletedAt)) / (24 * 3600 * 1000);
    expect(days).toBeCloseTo(30, 5);
    const after = await api.gql(`query { tenant { id } }`, {}, a.tenant.headers);
    expect(errorCode(after)).toBe('TENANT_DELETED');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(LETTER('late'))]), 'late.txt');
    const up = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: a.tenant.headers,
      body: form,
    });
    expect(up.status).toBe(410);
    // A download link issued before the deletion no longer exports anything.
    expect((await fetch(`${api.url}${exportUrl}`)).status).toBe(410);
    expect(
      ((await up.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!
        .extensions.code,
    ).toBe('TENANT_DELETED');
    // Data is kept until the purge; the other tenant works as before.
    expect((await rowsOf(a.tenant.id))['appeal_cases']).toBe(2);
    expectOk(await api.gql(`query { tenant { id } }`, {}, b.tenant.headers));
  });

  it('purge-tenants erases every row, the storage prefix and the workflows of the tenant only', async () => {
    for (const s of [a, b])
      for (const c of s.caseIds) expect(await workflowStatus(s.tenant.id, c)).toBe('RUNNING');
    const bBefore = await rowsOf(b.tenant.id);
    expect(Object.values(bBefore).reduce((x, y) => x + y, 0)).toBeGreaterThan(5);
    const env = {
      DATABASE_URL: api.db.ownerUrl,
      DATABASE_APP_URL: api.db.appUrl,
      TEMPORAL_ADDRESS: api.config.TEMPORAL_ADDRESS!,
      DATA_DIR: api.config.DATA_DIR,
      LOG_LEVEL: 'silent',
    };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      // Inside the retention window nothing is purged.
      expect(await runCli(['node', 'claimlane', 'purge-tenants'])).toBe(0);
      expect((await rowsOf(a.tenant.id))['appeal_cases']).toBe(2);
      const later = new Date(Date.now() + 31 * 24 * 3600 * 1000).toISOString();
      expect(await runCli(['node', 'claimlane', 'purge-tenants', '--now', later])).toBe(0);
    } finally {
      process.env = saved;
    }
    const left = await rowsOf(a.tenant.id);
    expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([]);
    expect(Object.keys(left)).toEqual(expect.arrayContaining(['audit_events', 'tenant_data_keys']));
    expect((await owner.query(`select 1 from tenants where id = $1`, [a.tenant.id])).rowCount).toBe(
      0,
    );
    const purge = await owner.query(`select * from tenant_purges where purged_tenant_id = $1`, [
      a.tenant.id,
    ]);
    expect(purge.rows[0].objects_deleted).toBe(1);
    expect(purge.rows[0].workflows_terminated).toBe(2);
    expect(purge.rows[0].rows_deleted['appeal_cases']).toBe(2);
    expect(purge.rows[0].rows_deleted['case_notes']).toBe(1);
    expect(existsSync(join(api.config.DATA_DIR, 'objects', a.tenant.id))).toBe(false);
    for (const c of a.caseIds) expect(await workflowStatus(a.tenant.id, c)).toBe('TERMINATED');
    // The other tenant: every row, its file and its workflows untouched.
    expect(await rowsOf(b.tenant.id)).toEqual(bBefore);
    expect(existsSync(objectPath(b.tenant.id, b.letter))).toBe(true);
    for (const c of b.caseIds) expect(await workflowStatus(b.tenant.id, c)).toBe('RUNNING');
    expectOk(await api.gql(`query { tenant { id } }`, {}, b.tenant.headers));
  });
  it('delete-tenant and restore-tenant (operator): the workspace stops, then works again', async () => {
    const env = { DATABASE_URL: api.db.ownerUrl, DATA_DIR: api.config.DATA_DIR };
    expect(await cli(env, 'delete-tenant', b.tenant.id, '--purge-after-days', '7')).toBe(0);
    expect(errorCode(await api.gql(`query { tenant { id } }`, {}, b.tenant.headers))).toBe(
      'TENANT_DELETED',
    );
    expect(await cli(env, 'restore-tenant', b.tenant.id)).toBe(0);
    expectOk(await api.gql(`query { tenant { id } }`, {}, b.tenant.headers));
    expect(await cli(env, 'restore-tenant', b.tenant.id)).toBe(1);
    const audit = await owner.query(
      `select action from audit_events where tenant_id = $1 and action like 'cli.%' order by id`,
      [b.tenant.id],
    );
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual([
      'cli.deleteTenant',
      'cli.restoreTenant',
    ]);
  });

  it('rotate-master-key re-wraps the data keys; the stored file is untouched and opens with the new key only', async () => {
    const devMaster = aesKeyFromConfig(
      api.config,
      undefined,
      'TENANT_MASTER_KEY',
      'tenant-master-key',
    );
    const newMaster = randomBytes(32);
    const before = await readFile(objectPath(b.tenant.id, b.letter));
    const env = {
      DATABASE_URL: api.db.ownerUrl,
      TENANT_MASTER_KEY: newMaster.toString('base64'),
      TENANT_MASTER_KEYS_RETIRED: devMaster.toString('base64'),
    };
    expect(await cli(env, 'rotate-master-key')).toBe(0);
    const keys = await owner.query(
      `select master_key_id from tenant_data_keys where tenant_id = $1`,
      [b.tenant.id],
    );
    expect(keys.rows).toEqual([{ master_key_id: new MasterKeys(newMaster).currentId }]);
    expect((await readFile(objectPath(b.tenant.id, b.letter))).equals(before)).toBe(true);
    const ds = createAppDataSource({ url: api.db.appUrl, poolSize: 1 });
    await ds.initialize();
    try {
      const key = objectKeyFor(b.tenant.id, createHash('sha256').update(b.letter).digest('hex'));
      const store = (m: MasterKeys) =>
        new EncryptingObjectStore(
          new LocalFolderObjectStore(join(api.config.DATA_DIR, 'objects')),
          new TenantKeyring(new TenantDatabase(ds), m),
        );
      expect((await store(new MasterKeys(newMaster)).get(key)).equals(b.letter)).toBe(true);
      await expect(store(new MasterKeys(devMaster)).get(key)).rejects.toBeInstanceOf(
        UnknownMasterKeyError,
      );
    } finally {
      await ds.destroy();
    }
  });
});

async function cli(env: Record<string, string>, ...args: string[]): Promise<number> {
  const saved = { ...process.env };
  Object.assign(process.env, env, { LOG_LEVEL: 'silent' });
  try {
    return await runCli(['node', 'claimlane', ...args]);
  } finally {
    process.env = saved;
  }
}

async function untar(bytes: Buffer): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const x = extract();
  Readable.from(bytes).pipe(x);
  for await (const e of x) {
    const chunks: Buffer[] = [];
    for await (const c of e) chunks.push(c);
    out.set(e.header.name, Buffer.concat(chunks));
  }
  return out;
}

async function retar(files: Map<string, Buffer>): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => p.on('end', r));
  for (const [name, body] of files)
    await new Promise<void>((res, rej) =>
      p.entry({ name, size: body.length }, body, (e) => (e ? rej(e) : res())),
    );
  p.finalize();
  await ended;
  return Buffer.concat(chunks);
}
