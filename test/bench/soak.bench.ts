import './production-mode';
import 'reflect-metadata';
import { benchApi } from './bench-api';
import { benchDatabase, percentile } from './bench-services';
import { runLoadInChild, type LoadRequest } from './load-generator';

/**
 * Soak: SOAK_CONNECTIONS (50) clients for SOAK_SECONDS (120) against one API process, a mix of the
 * worklist (60 %), case pages (25 %) and mutations (15 %: case edits and new cases). Prints errors
 * (with samples), p50/p99 and the API process's RSS at the start, every 10 % of the run and at the
 * end: a leak shows as RSS that keeps climbing after the first minute.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50);
const SEED_CASES = Number(process.env.SOAK_SEED_CASES ?? 200);

const WORKLIST = `query { appealCases(first: 50) { totalCount edges { node { id title stage
  nextDeadlineAt amountAtStake payer { name } assignee { name }
  claim { claimNumber patient { lastName memberId } } denial { category noticeDate }
  deadlines { kind due status } } } } }`;
const CASE_PAGE = (id: string) => `query { appealCase(id: "${id}") { id title stage level
  payer { name } claim { claimNumber patient { lastName } } denial { category regime statedReason }
  deadlines { kind due rule citation } findings { code severity } timeline { kind occurredAt } } }`;
const EDIT = (id: string, n: number) =>
  `mutation { updateAppealCase(input: { id: "${id}", title: "Soak edit ${n}" }) { id version } }`;
const CREATE = (n: number) =>
  `mutation { createAppealCase(input: { payerName: "Soak Payer ${n % 7}", statedReason: "Not medically necessary", amountAtStake: ${100 + n} }) { id } }`;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

async function gql(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`set-up failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function main(): Promise<void> {
  const db = await benchDatabase('soak');
  const api = await benchApi(db, 'soak', { DATABASE_POOL_SIZE: '20' });
  const url = api.url;
  try {
    const signUp = (await gql(
      url,
      `mutation { signUp(input: { email: "soak-${Date.now()}@example.test", password: "bench-password-1", name: "Soak" }) { accessToken } }`,
    )) as { signUp: { accessToken: string } };
    const bearer = { authorization: `Bearer ${signUp.signUp.accessToken}` };
    const tenant = (await gql(
      url,
      `mutation { createTenant(input: { name: "Soak Clinic", kind: CLINIC, seatLimit: 10 }) { id } }`,
      bearer,
    )) as { createTenant: { id: string } };
    const headers = { ...bearer, 'x-tenant-id': tenant.createTenant.id };
    const ids: string[] = [];
    for (let i = 0; i < SEED_CASES; i++) {
      const created = (await gql(url, CREATE(i), headers)) as { createAppealCase: { id: string } };
      ids.push(created.createAppealCase.id);
    }
    // Each edit targets its own case, so concurrent edits do not queue on one row.
    const mix: NonNullable<LoadRequest['mix']> = [
      { body: JSON.stringify({ query: WORKLIST }), weight: 60 },
    ];
    for (let i = 0; i < 25; i++) {
      mix.push({ body: JSON.stringify({ query: CASE_PAGE(ids[i % ids.length]!) }), weight: 1 });
    }
    for (let i = 0; i < 10; i++) {
      mix.push({
        body: JSON.stringify({ query: EDIT(ids[(i * 13) % ids.length]!, i) }),
        weight: 1,
      });
    }
    for (let i = 0; i < 5; i++)
      mix.push({ body: JSON.stringify({ query: CREATE(1000 + i) }), weight: 1 });

    (globalThis as { gc?: () => void }).gc?.();
    const rss0 = process.memoryUsage().rss;
    const samples: number[] = [];
    const sampler = setInterval(
      () => samples.push(process.memoryUsage().rss),
      Math.max(1000, (SECONDS * 1000) / 10),
    );
    console.log(
      `soak: ${CONNECTIONS} connections × ${SECONDS} s; mix 60 % worklist, 25 % case page, 10 % updateAppealCase, 5 % createAppealCase; ${SEED_CASES} cases seeded`,
    );
    const cpu0 = process.cpuUsage();
    const result = await runLoadInChild({
      url,
      body: '',
      headers,
      connections: CONNECTIONS,
      seconds: SECONDS,
      mix,
    });
    clearInterval(sampler);
    const cpu = process.cpuUsage(cpu0);
    const rss1 = process.memoryUsage().rss;
    (globalThis as { gc?: () => void }).gc?.();
    const rssAfterGc = process.memoryUsage().rss;
    const { latencies, errors, errorSamples } = result;
    console.log(
      `requests ${latencies.length} (${(latencies.length / SECONDS).toFixed(0)} req/s), errors ${errors}, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(0)} ms, API CPU ${((cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length)).toFixed(1)} ms/request`,
    );
    for (const s of errorSamples) console.log(`  error: ${s}`);
    console.log(
      `API RSS: start ${mb(rss0)}, during [${samples.map(mb).join(', ')}], end ${mb(rss1)}, after GC ${mb(rssAfterGc)}`,
    );
    if (errors > 0) process.exitCode = 1;
  } finally {
    await api.close();
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
