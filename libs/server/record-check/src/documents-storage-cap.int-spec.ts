import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, startTestApi, type TestApi, type TestTenant } from '@claimlane/testing';

// A trial with 100 bytes of storage, so two small letters cross it (the stand-in knows this price).
const STORAGE_CAP = 100;
const BILLING_PLANS = JSON.stringify({
  unsubscribed: {
    name: 'Trial',
    entitlements: {
      maxSeats: 5,
      recordCallsPerPeriod: 10,
      ocrPagesPerPeriod: 200,
      storageBytes: STORAGE_CAP,
    },
  },
  plans: [
    {
      key: 'starter',
      name: 'Starter',
      priceId: 'price_claimlane_starter_monthly',
      entitlements: {
        maxSeats: 25,
        recordCallsPerPeriod: 100,
        ocrPagesPerPeriod: 5000,
        storageBytes: 1024 ** 3,
      },
    },
  ],
});

let api: TestApi;
let tenant: TestTenant;
let owner: Client;

beforeAll(async () => {
  api = await startTestApi({ BILLING_PLANS });
  tenant = await createTestTenant(api);
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
});

afterAll(async () => {
  await owner?.end();
  await api?.close();
});

async function upload(text: string) {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), 'letter.txt');
  const res = await fetch(`${api.url}/documents`, {
    method: 'POST',
    headers: tenant.headers,
    body: form,
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      duplicate?: boolean;
      errors?: Array<{ extensions: Record<string, unknown> }>;
    },
  };
}

const storedObjects = () =>
  readdir(join(api.config.DATA_DIR, 'objects', tenant.id)).catch(() => [] as string[]);

describe('POST /documents under the plan storage cap (real API, Postgres, object store)', () => {
  it('stores uploads up to the cap; the next one is refused with 402 ENTITLEMENT_EXCEEDED and nothing is stored', async () => {
    // 64 bytes each: the first fits in 100, the second would make 128.
    const first = 'Claim 4411 was denied: the service was not medically necessary. ';
    const second = 'Claim 5522 was denied: prior authorization was missing for it.. ';
    expect(Buffer.byteLength(first)).toBe(Buffer.byteLength(second));
    const size = Buffer.byteLength(first);
    expect(size * 2).toBeGreaterThan(STORAGE_CAP);

    expect((await upload(first)).status).toBe(201);

    const refused = await upload(second);
    expect(refused.status).toBe(402);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'ENTITLEMENT_EXCEEDED',
      metric: 'storage_bytes',
      limit: STORAGE_CAP,
      used: size,
      requested: size,
    });
    // Nothing half-written: one row, one object, and the refused file's hash is nowhere.
    const secondSha = createHash('sha256').update(second).digest('hex');
    const rows = await owner.query<{ sha256: string }>(
      `select sha256 from documents where tenant_id = $1`,
      [tenant.id],
    );
    expect(rows.rows.map((r) => r.sha256)).toEqual([
      createHash('sha256').update(first).digest('hex'),
    ]);
    expect(await storedObjects()).not.toContain(secondSha);
    expect(await storedObjects()).toHaveLength(1);

    // Re-sending a stored file stores nothing new, so the cap does not refuse it.
    const again = await upload(first);
    expect(again.status).toBe(201);
    expect(again.body.duplicate).toBe(true);

    // Another workspace has its own storage.
    const other = await createTestTenant(api);
    const form = new FormData();
    form.append('file', new Blob([second], { type: 'text/plain' }), 'letter.txt');
    const res = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: other.headers,
      body: form,
    });
    expect(res.status).toBe(201);
  });
});
