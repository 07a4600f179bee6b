import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { createTestDatabase, type TestDatabase } from '@claimlane/testing';
import { LocalFolderObjectStore } from '../local-folder-object-store';
import { objectKeyFor } from '../object-store';
import { EncryptingObjectStore, isEncryptedObject } from './encrypting-object-store';
import { MasterKeys, UnknownMasterKeyError } from './master-keys';
import { TenantKeyring, rewrapTenantDataKeys } from './tenant-keyring';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('documents at rest: per-tenant envelope encryption (real Postgres, local folder)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let tdb: TenantDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'enc-objects-'));
  const raw = new LocalFolderObjectStore(dir);
  const [a, b] = [randomUUID(), randomUUID()];
  const masterA = randomBytes(32);
  const masterB = randomBytes(32);
  const storeWith = (m: MasterKeys) => new EncryptingObjectStore(raw, new TenantKeyring(tdb, m));
  const letter = Buffer.from('%PDF-1.4 Member ID XQH448120937, Jane Roe, DOB 1970-01-02');

  beforeAll(async () => {
    db = await createTestDatabase();
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    for (const id of [a, b])
      await owner.query(`insert into tenants (id, name, kind) values ($1, 'T', 'CLINIC')`, [id]);
    await owner.end();
    ds = createAppDataSource({ url: db.appUrl, poolSize: 4 });
    await ds.initialize();
    tdb = new TenantDatabase(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const wrappedKeys = (tenantId: string) =>
    tdb.runInTenantTx(tenantId, (m) =>
      m.query(`select version, wrapped_key, master_key_id from tenant_data_keys`),
    ) as Promise<Array<{ version: number; wrapped_key: Buffer; master_key_id: string }>>;

  it('writes ciphertext under a versioned header and reads plaintext back; one key per tenant', async () => {
    const store = storeWith(new MasterKeys(masterA));
    const key = objectKeyFor(a, sha(letter));
    await store.put(key, letter, 'application/pdf');
    const onDisk = await readFile(join(dir, a, sha(letter)));
    expect(isEncryptedObject(onDisk)).toBe(true);
    expect(onDisk.toString('latin1')).not.toContain('XQH448120937');
    expect((await store.get(key)).equals(letter)).toBe(true);
    // A second process (fresh cache) reads it through the database key.
    expect((await storeWith(new MasterKeys(masterA)).get(key)).equals(letter)).toBe(true);
    const keys = await wrappedKeys(a);
    expect(keys).toHaveLength(1);
    expect(keys[0]!.wrapped_key.length).toBe(1 + 12 + 16 + 32);
    // RLS: tenant B sees no key of A's, and B's first object creates B's own key.
    expect(await wrappedKeys(b)).toHaveLength(0);
    await store.put(objectKeyFor(b, sha(letter)), letter, 'application/pdf');
    const [kb] = await wrappedKeys(b);
    expect(kb!.wrapped_key.equals(keys[0]!.wrapped_key)).toBe(false);
  });

  it('reads objects stored before encryption (no header) unchanged', async () => {
    const legacy = Buffer.from('%PDF-1.3 written before issue 15');
    const key = objectKeyFor(a, sha(legacy));
    await raw.put(key, legacy, 'application/pdf');
    expect((await storeWith(new MasterKeys(masterA)).get(key)).equals(legacy)).toBe(true);
  });

  it("refuses an object copied under another tenant's key or altered on disk", async () => {
    const store = storeWith(new MasterKeys(masterA));
    const src = join(dir, a, sha(letter));
    const copied = objectKeyFor(b, sha('copied'));
    await writeFile(join(dir, b, sha('copied')), await readFile(src));
    await expect(store.get(copied)).rejects.toThrow();
    const altered = Buffer.from(await readFile(src));
    altered[altered.length - 1]! ^= 1;
    const alteredKey = objectKeyFor(a, sha('altered'));
    await writeFile(join(dir, a, sha('altered')), altered);
    await expect(store.get(alteredKey)).rejects.toThrow();
  });

  it('master-key rotation re-wraps data keys and leaves every object byte for byte as it was', async () => {
    const key = objectKeyFor(a, sha(letter));
    const before = await readFile(join(dir, a, sha(letter)));
    const oldWrapped = (await wrappedKeys(a))[0]!;
    const rotating = new MasterKeys(masterB, [masterA]);
    let rewrapped = 0;
    for (const t of [a, b])
      rewrapped += await tdb.runInTenantTx(t, (m) => rewrapTenantDataKeys(m, t, rotating));
    expect(rewrapped).toBe(2);
    // Idempotent: a second run finds nothing left under the old master key.
    expect(await tdb.runInTenantTx(a, (m) => rewrapTenantDataKeys(m, a, rotating))).toBe(0);
    const newWrapped = (await wrappedKeys(a))[0]!;
    expect(newWrapped.master_key_id).toBe(rotating.currentId);
    expect(newWrapped.master_key_id).not.toBe(oldWrapped.master_key_id);
    expect(newWrapped.wrapped_key.equals(oldWrapped.wrapped_key)).toBe(false);
    expect((await readFile(join(dir, a, sha(letter)))).equals(before)).toBe(true);
    // The old master key is gone from configuration: documents still open with the new one alone.
    expect((await storeWith(new MasterKeys(masterB)).get(key)).equals(letter)).toBe(true);
    // ...and a process still configured with only the retired key gets a clear error.
    await expect(storeWith(new MasterKeys(masterA)).get(key)).rejects.toBeInstanceOf(
      UnknownMasterKeyError,
    );
  });

  it('takes the master key from configuration; production refuses to run without one', () => {
    const cfg = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(() => MasterKeys.fromConfig(cfg)).toThrow(/TENANT_MASTER_KEY/);
    const m = MasterKeys.fromConfig({
      ...cfg,
      TENANT_MASTER_KEY: masterB.toString('base64'),
      TENANT_MASTER_KEYS_RETIRED: ` ${masterA.toString('base64')} `,
    });
    expect(m.currentId).toBe(new MasterKeys(masterB).currentId);
    expect(() =>
      MasterKeys.fromConfig({ ...cfg, TENANT_MASTER_KEY: Buffer.alloc(16).toString('base64') }),
    ).toThrow(/32 bytes/);
  });
});
