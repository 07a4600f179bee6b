import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import {
  EntitlementService,
  PlanCatalog,
  assertWorkspaceWritable,
} from '@claimlane/server-billing';
import { benchDatabase, percentile } from './bench-services';

const CALLS = Number(process.env.BENCH_BILLING_CALLS ?? 2000);
const CONCURRENCY = 8;

/**
 * What billing adds to other features' hot paths: counting one Record Call / OCR page against the
 * plan (an upsert under RLS) and the read-only check every mutation runs, each against a baseline of
 * the same transaction doing nothing, in the same process.
 */
async function main(): Promise<void> {
  const db = await benchDatabase('billing');
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const ds = createAppDataSource({ url: db.appUrl, poolSize: CONCURRENCY });
  await ds.initialize();
  const tdb = new TenantDatabase(ds);
  const plans = PlanCatalog.fromJson(
    JSON.stringify({
      unsubscribed: {
        name: 'Bench',
        entitlements: {
          maxSeats: 5,
          recordCallsPerPeriod: 1e9,
          ocrPagesPerPeriod: 1e9,
          storageBytes: 1e12,
        },
      },
      plans: [
        {
          key: 'bench',
          name: 'Bench',
          priceId: 'price_bench',
          entitlements: {
            maxSeats: 5,
            recordCallsPerPeriod: 1,
            ocrPagesPerPeriod: 1,
            storageBytes: 1,
          },
        },
      ],
    }),
  );
  const svc = new EntitlementService(plans);
  try {
    const tenants = Array.from({ length: CONCURRENCY }, () => randomUUID());
    for (const id of tenants)
      await owner.query(`insert into tenants (id, name, kind) values ($1, 'Bench', 'CLINIC')`, [
        id,
      ]);
    const tenantId = tenants[0]!;

    const run = async (
      label: string,
      fn: (tenantId: string, m: EntityManager) => Promise<unknown>,
      parallel: boolean,
    ) => {
      const lat: number[] = [];
      const t0 = performance.now();
      const worker = async (tid: string, n: number) => {
        for (let i = 0; i < n; i++) {
          const s = performance.now();
          await tdb.runInTenantTx(tid, (m) => fn(tid, m));
          lat.push(performance.now() - s);
        }
      };
      if (parallel) await Promise.all(tenants.map((tid) => worker(tid, CALLS / CONCURRENCY)));
      else await worker(tenantId, CALLS);
      const secs = (performance.now() - t0) / 1000;
      lat.sort((a, b) => a - b);
      return { label, perSec: CALLS / secs, p50: percentile(lat, 50), p99: percentile(lat, 99) };
    };
    const variants: Array<[string, (tenantId: string, m: EntityManager) => Promise<unknown>]> = [
      ['empty tenant transaction (baseline)', async () => undefined],
      [
        'one-row write: an audit row (write baseline)',
        (tid, m) =>
          m.query(`insert into audit_events (tenant_id, action) values ($1, 'bench')`, [tid]),
      ],
      [
        'assertWithinEntitlement record_calls',
        (tid) => svc.assertWithinEntitlement(tid, 'record_calls'),
      ],
      ['read-only check (assertWorkspaceWritable)', (tid, m) => assertWorkspaceWritable(m, tid, 7)],
    ];
    for (const parallel of [false, true]) {
      const mode = parallel ? `${CONCURRENCY} tenants in parallel` : 'one tenant, serial';
      // Warm-up, then three interleaved rounds; each figure is the median round.
      for (const [label, fn] of variants) await run(label, fn, parallel);
      const rounds = new Map<string, Array<Awaited<ReturnType<typeof run>>>>();
      for (let round = 0; round < 3; round++)
        for (const [label, fn] of variants)
          rounds.set(label, [...(rounds.get(label) ?? []), await run(label, fn, parallel)]);
      console.log(`-- ${mode}, ${CALLS} calls per figure`);
      const med = (label: string) =>
        [...rounds.get(label)!].sort((a, b) => a.perSec - b.perSec)[1]!;
      const base = med(variants[0]![0]);
      const write = med(variants[1]![0]);
      for (const [label] of variants) {
        const r = med(label);
        console.log(
          `${label.padEnd(46)} ${r.perSec.toFixed(0).padStart(6)}/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  ` +
            `(${((r.perSec / base.perSec) * 100).toFixed(0)}% of empty, ${((r.perSec / write.perSec) * 100).toFixed(0)}% of one-row write)`,
        );
      }
    }
    const { used } = (await owner.query(`select sum(used)::int as used from entitlement_usage`))
      .rows[0] as { used: number };
    console.log(`counted ${used} units (expected ${2 * 4 * CALLS})`);
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
