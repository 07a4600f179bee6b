import { writeFileSync } from 'node:fs';
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { loadConfig } from '@claimlane/server-config';
import { createApiApp, createRuntime } from '@claimlane/server-api';
import { launchChromium } from '../../apps/web/e2e/browser.test-helper';
import { benchDatabase, percentile } from './bench-services';

const root = resolve(__dirname, '../../..');
const CASES = Number(process.env.BENCH_WEB_CASES ?? 10_000);
const BASELINE_CASES = 10;
const RUNS = 7;
const BUDGET_KB = 300;

/** Initial JS = the entry script plus what index.html preloads; lazy route chunks are not counted. */
function bundleSizes() {
  const dist = join(root, 'dist/web');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const css = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css'));
  const lazy = all.filter((f) => !initial.includes(`assets/${f}`)).map((f) => gz(`assets/${f}`));
  return {
    initialJs: initial.reduce((n, f) => n + gz(f), 0),
    allJs: all.reduce((n, f) => n + gz(`assets/${f}`), 0),
    css: css.reduce((n, f) => n + gz(`assets/${f}`), 0),
    chunks: all.length,
    largestLazy: Math.max(0, ...lazy),
  };
}

async function seedCases(owner: Client, tenantId: string, n: number): Promise<void> {
  await owner.query(
    `insert into payers (tenant_id, name) select $1, 'Payer ' || g from generate_series(1, 20) g
     on conflict do nothing`,
    [tenantId],
  );
  await owner.query(
    `with p as (select id, row_number() over (order by name) - 1 as k from payers where tenant_id = $1),
          d as (
            insert into denials (tenant_id, payer_id, category, regime, denied_amount)
            select $1, (select id from p where k = g % 20),
                   (array['medical_necessity','prior_authorization','coding_billing','timely_filing'])[1 + g % 4],
                   (array['erisa_group_health','medicare_advantage','aca_individual'])[1 + g % 3],
                   (g % 5000) + 99.5
            from generate_series(1, $2::int) g
            returning id, payer_id, denied_amount)
     insert into appeal_cases (tenant_id, denial_id, payer_id, title, stage, amount_at_stake, next_deadline_at)
     select $1, d.id, d.payer_id, 'Bench case ' || row_number() over (),
            (array['intake','records_requested','drafting','awaiting_decision'])[1 + (row_number() over ())::int % 4],
            d.denied_amount, now() + ((row_number() over ())::int % 200) * interval '1 day'
     from d`,
    [tenantId, n],
  );
}

/**
 * The web app's size budget and the worklist's first render in Chromium against the real API: a
 * tenant with 10,000 cases against a baseline tenant with 10, same browser, same process. The time
 * is the page's own clock from navigation start (a reload: session refresh, workspace list,
 * worklist query, render) until the first page of rows is in the DOM.
 */
async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-web.mjs'), '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('web build failed');
  const size = bundleSizes();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  console.log(
    `bundle: initial JS ${kb(size.initialJs)} gzip (budget ${BUDGET_KB} kB, ${((size.initialJs / 1024 / BUDGET_KB) * 100).toFixed(0)}%), ` +
      `all JS ${kb(size.allJs)} in ${size.chunks} chunks, largest lazy chunk ${kb(size.largestLazy)}, CSS ${kb(size.css)}`,
  );

  const db = await benchDatabase('web');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.ownerUrl,
    DATABASE_APP_URL: db.appUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `bench:web:${Date.now()}:`,
    LOG_LEVEL: 'silent',
    DATA_DIR: '.data/bench-web',
    SIGNUP_EMAIL_VERIFICATION: 'false',
  });
  const runtime = await createRuntime(config);
  const app = await createApiApp(runtime);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const browser = await launchChromium();
  try {
    const gql = async <T>(query: string, variables: object, token?: string): Promise<T> => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: T; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const email = `bench-${Date.now()}@example.test`;
    const password = 'bench-password-123';
    const { signUp } = await gql<{ signUp: { accessToken: string } }>(
      `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`,
      { i: { email, password, name: 'Bench' } },
    );
    const tenant = async (name: string) =>
      (
        await gql<{ createTenant: { id: string } }>(
          `mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }`,
          { i: { name, kind: 'CLINIC' } },
          signUp.accessToken,
        )
      ).createTenant.id;
    const big = await tenant('Bench 10k');
    const small = await tenant('Bench baseline');
    const t0 = performance.now();
    await seedCases(owner, big, CASES);
    await seedCases(owner, small, BASELINE_CASES);
    console.log(
      `seeded ${CASES} + ${BASELINE_CASES} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('E-mail').fill(email);
    await page.locator('input[type="password"]').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Worklist' }).waitFor({ timeout: 60_000 });

    const measure = async (tenantId: string, expectRows: number): Promise<number[]> => {
      await page.evaluate(`(() => {
        const s = JSON.parse(localStorage.getItem('claimlane.session'));
        s.tenantId = ${JSON.stringify(tenantId)};
        localStorage.setItem('claimlane.session', JSON.stringify(s));
      })()`);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(`${url}/cases`);
        // A locator, not waitForFunction: the app's CSP forbids the eval that a string predicate needs.
        await page
          .locator('[data-case-id]')
          .nth(expectRows - 1)
          .waitFor({ timeout: 60_000 });
        times.push((await page.evaluate('performance.now()')) as number);
      }
      return times.slice(1).sort((a, b) => a - b); // the first load warms caches and pools
    };
    const base = await measure(small, BASELINE_CASES);
    const full = await measure(big, 50);
    // BENCH_WEB_PROFILE=1: a CPU profile of one more 10,000-case load (.data/web-first-render.cpuprofile).
    if (process.env.BENCH_WEB_PROFILE === '1') {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      await page.goto(`${url}/cases`);
      await page.locator('[data-case-id]').nth(49).waitFor({ timeout: 60_000 });
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync('.data/web-first-render.cpuprofile', JSON.stringify(profile));
    }
    // Where the last load's time went: every request by when it ended (GraphQL by operation name).
    const entries = (await page.evaluate(`JSON.stringify(performance.getEntriesByType('resource')
      .map((e) => [e.name, Math.round(e.startTime), Math.round(e.responseEnd), e.encodedBodySize]))`)) as string;
    console.log('last 10,000-case load, requests (start → end ms, bytes):');
    for (const [name, start, end, bytes] of JSON.parse(entries) as Array<
      [string, number, number, number]
    >)
      console.log(
        `  ${String(start).padStart(5)} → ${String(end).padStart(5)}  ${String(bytes).padStart(7)}  ${name.replace(url, '')}`,
      );
    const fmt = (xs: number[]) =>
      `median ${percentile(xs, 50).toFixed(0)} ms, p90 ${percentile(xs, 90).toFixed(0)} ms`;
    // Absolute times swing with the machine's load (shared, 2 cores); the ratio is the figure to watch.
    console.log(
      `load average during the run: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')}`,
    );
    console.log(`worklist first render, ${BASELINE_CASES} cases (baseline): ${fmt(base)}`);
    console.log(`worklist first render, ${CASES} cases: ${fmt(full)} (target ≤ 1000 ms)`);
    console.log(
      `ratio ${CASES}/${BASELINE_CASES} cases: ${(percentile(full, 50) / percentile(base, 50)).toFixed(2)}x`,
    );
  } finally {
    await browser.close();
    await owner.end();
    await app.close();
    await runtime.close();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
