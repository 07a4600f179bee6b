import './production-mode';
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import pg, { Client, Pool } from 'pg';
import { benchApi } from './bench-api';
import { benchDatabase, percentile, postgresCpu, postgresPidsOf } from './bench-services';
import { runLoadInChild } from './load-generator';
import { analyzeDenial } from '@claimlane/domain-denial-analysis';
import { representativeLetters } from '@claimlane/testing-fixtures';

/**
 * The worklist a billing team runs all day — `appealCases(first: 50)` by next deadline with payer,
 * assignee, claim + patient, denial and deadlines — served by Claimlane and by a bare `pg` + `http`
 * server that replays exactly the SQL Claimlane sent for the same request (same RLS, same set_config,
 * same audit insert), both in this process, at 10 and 50 connections. Also the case page and
 * upcomingDeadlines. Prints throughput, latency, SQL statements per request, RSS and audit storage.
 */
const CASES = Number(process.env.BENCH_WORKLIST_CASES ?? 2000);
const SECONDS = Number(process.env.BENCH_WORKLIST_SECONDS ?? 8);

const WORKLIST = `query { appealCases(first: 50) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title stage level nextDeadlineAt amountAtStake payerLateSince submittedAt
    payer { id name } assignee { id name }
    claim { id claimNumber serviceDateFrom patient { id firstName lastName memberId } }
    denial { id category regime noticeDate deniedAmount }
    deadlines { id kind due dueAt status citation } } } } }`;
const CASE_PAGE = (id: string) => `query { appealCase(id: "${id}") { id title stage level
  payer { name } assignee { name } claim { claimNumber patient { lastName memberId } }
  denial { category regime noticeDate statedReason carc } deadlines { kind due rule citation assumptions }
  findings { code severity explanation } timeline { kind summary occurredAt } } }`;
const UPCOMING = `query { upcomingDeadlines(withinDays: 30) { deadline { id kind due } appealCase { id title stage claim { claimNumber } } } }`;

interface Recorded {
  /** Set for a named (prepared) statement: the baseline prepares it too. */
  name?: string;
  text: string;
  values: unknown[] | undefined;
}

function recordStatements(): { stop(): Recorded[] } {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  const seen: Recorded[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as string | { name?: string; text: string; values?: unknown[] };
    if (typeof q === 'string') seen.push({ text: q, values: args[1] as unknown[] | undefined });
    else seen.push({ ...(q.name ? { name: q.name } : {}), text: q.text, values: q.values });
    return original.apply(this, args);
  };
  return {
    stop() {
      proto.query = original;
      return seen;
    },
  };
}

const statementsIn = (r: Recorded[]) =>
  r.reduce((n, s) => n + s.text.split(';').filter((p) => p.trim()).length, 0);

async function post(
  agent: http.Agent,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Drives `url` from a separate process (load-generator.js) and measures this process's CPU meanwhile:
 * only the server under test runs here, so CPU per request is the server's own.
 */
/** Reads the bench database's Postgres processes before each phase (pools may have replaced some). */
let pgPids: () => Promise<number[]> = () => Promise.resolve([]);

async function load(
  url: string,
  body: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
) {
  const cpu0 = process.cpuUsage();
  const pgCpu = postgresCpu(await pgPids());
  const {
    latencies,
    errors,
    cpuMs: clientMs,
  } = await runLoadInChild({
    url,
    body,
    headers,
    connections,
    seconds,
  });
  const cpu = process.cpuUsage(cpu0);
  const n = Math.max(1, latencies.length);
  return {
    cpuMs: (cpu.user + cpu.system) / 1000 / n,
    pgMs: pgCpu.stop() / n,
    clientMs: clientMs / n,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors,
  };
}

/** A recorded statement as pg sends it again (named ones prepared once per connection, as recorded). */
const replay = (s: Recorded) => ({
  ...(s.name ? { name: s.name } : {}),
  text: s.text,
  values: s.values as unknown[],
});

/**
 * Where Postgres spends a request: replays the recorded statements `rounds` times on one connection
 * and prints the mean wall time of each (the start of its text; no parameter values).
 */
async function statementTimes(pool: Pool, statements: Recorded[], rounds = 30): Promise<void> {
  const client = await pool.connect();
  const ms = statements.map(() => 0);
  try {
    for (let r = 0; r < rounds; r++)
      for (const [i, s] of statements.entries()) {
        const t0 = performance.now();
        await client.query(replay(s));
        ms[i]! += performance.now() - t0;
      }
  } finally {
    client.release();
  }
  for (const [i, s] of statements.entries())
    console.log(
      `  ${(ms[i]! / rounds).toFixed(2).padStart(6)} ms  ${s.text.replace(/\s+/g, ' ').slice(0, 90)}`,
    );
}

/** The baseline: a plain http server replaying the recorded statements on one pooled connection. */
function baselineServer(pool: Pool, statements: Recorded[]): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      const client = await pool.connect();
      try {
        let rows: unknown[] = [];
        for (const s of statements) {
          const r = await client.query(replay(s));
          if (Array.isArray(r)) continue;
          if (r.rows.length) rows = r.rows;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: rows }));
      } catch {
        await client.query('rollback').catch(() => undefined);
        res.writeHead(500);
        res.end('{"errors":[]}');
      } finally {
        client.release();
      }
    });
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

/**
 * Record Check documents as real letters produce them (the repo's corpus, analysed here), stored on
 * the seeded denials in rotation: a worklist must not pay for a column it does not show.
 */
function corpusAnalyses(): string[] {
  return representativeLetters(2).map((l) =>
    JSON.stringify(analyzeDenial(l.text, { asOf: '2026-06-15' })),
  );
}

async function seed(owner: Client, tenantId: string, userId: string): Promise<void> {
  const t = [tenantId];
  const analyses = corpusAnalyses();
  await owner.query(
    `insert into payers (tenant_id, id, name) select $1::uuid, md5($1::text || 'payer' || g)::uuid, 'Payer ' || g from generate_series(1, 20) g`,
    t,
  );
  await owner.query(
    `insert into patients (tenant_id, id, first_name, last_name, date_of_birth, member_id)
     select $1::uuid, md5($1::text || 'pt' || g)::uuid, 'First' || g, 'Last' || g, date '1970-01-01' + g, 'M' || g
     from generate_series(1, $2) g`,
    [tenantId, CASES],
  );
  await owner.query(
    `insert into claims (tenant_id, id, payer_id, patient_id, claim_number, service_date_from, service_date_to, cpt_hcpcs, icd10, billed_amount, source)
     select $1::uuid, md5($1::text || 'cl' || g)::uuid, md5($1::text || 'payer' || (g % 20 + 1))::uuid, md5($1::text || 'pt' || g)::uuid,
            'CLM' || g, date '2026-01-01' + (g % 200), date '2026-01-01' + (g % 200), array['72148'], array['M54.16'], 1000 + g, 'manual'
     from generate_series(1, $2) g`,
    [tenantId, CASES],
  );
  await owner.query(
    `insert into denials (tenant_id, id, claim_id, payer_id, notice_date, carc, rarc, category, regime, denied_amount, stated_reason)
     select $1::uuid, md5($1::text || 'dn' || g)::uuid, md5($1::text || 'cl' || g)::uuid, md5($1::text || 'payer' || (g % 20 + 1))::uuid,
            date '2026-06-01' + (g % 150), array['50'], array[]::text[], 'medical_necessity', 'erisa_group_health', 500 + g,
            'Not medically necessary'
     from generate_series(1, $2) g`,
    [tenantId, CASES],
  );
  await owner.query(
    `update denials d set analysis = (a.doc::jsonb)
       from unnest($2::text[]) with ordinality as a(doc, n)
      where d.tenant_id = $1 and a.n - 1 = get_byte(decode(md5(d.id::text), 'hex'), 0) % $3`,
    [tenantId, analyses, analyses.length],
  );
  await owner.query(
    `insert into appeal_cases (tenant_id, id, denial_id, claim_id, payer_id, title, stage, level, level_kind, amount_at_stake, next_deadline_at, version, assignee_user_id)
     select $1::uuid, md5($1::text || 'case' || g)::uuid, md5($1::text || 'dn' || g)::uuid, md5($1::text || 'cl' || g)::uuid, md5($1::text || 'payer' || (g % 20 + 1))::uuid,
            'Case ' || g, 'intake', 1, 'internal_first', 500 + g,
            case when g % 10 = 0 then null else now() + make_interval(hours => g) end, 1,
            case when g % 2 = 0 then $3::uuid else null end
     from generate_series(1, $2) g`,
    [tenantId, CASES, userId],
  );
  await owner.query(
    `insert into deadlines (tenant_id, case_id, kind, label, due_at, due_text, anchor_event, anchor_date, day_type, amount, rule_id, citation, assumptions, status, party)
     select $1::uuid, md5($1::text || 'case' || g)::uuid, k.kind, k.label, now() + make_interval(hours => g + k.extra), to_char(now() + make_interval(hours => g + k.extra), 'YYYY-MM-DD'),
            'notice', to_char(date '2026-06-01' + (g % 150), 'YYYY-MM-DD'), 'calendar', 180, 'erisa.appeal.180', '29 CFR 2560.503-1(h)(3)(i)', '[]'::jsonb, 'open', k.party
     from generate_series(1, $2) g,
          (values ('member_appeal_filing', 'File the appeal', 0, 'member'), ('external_review_request', 'External review', 2000, 'member')) as k(kind, label, extra, party)`,
    [tenantId, CASES],
  );
  await owner.query('analyze');
}

async function main(): Promise<void> {
  const db = await benchDatabase('worklist');
  const api = await benchApi(db, 'worklist', { DATABASE_POOL_SIZE: '10' });
  const apiUrl = api.url;
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const pool = new Pool({ connectionString: db.appUrl, max: 10 });
  try {
    const gql = async (query: string, headers: Record<string, string> = {}) =>
      JSON.parse(
        (await post(new http.Agent(), apiUrl, JSON.stringify({ query }), headers)).text,
      ) as { data: Record<string, { accessToken: string; user: { id: string }; id: string }> };
    const signUp = await gql(
      `mutation { signUp(input: { email: "bench-${Date.now()}@example.test", password: "bench-password-1", name: "Bench" }) { accessToken user { id } } }`,
    );
    const token = signUp.data['signUp']!.accessToken;
    const userId = signUp.data['signUp']!.user.id;
    const tenant = await gql(
      `mutation { createTenant(input: { name: "Bench Clinic", kind: CLINIC, seatLimit: 10 }) { id } }`,
      { authorization: `Bearer ${token}` },
    );
    const tenantId = tenant.data['createTenant']!.id;
    const headers = { authorization: `Bearer ${token}`, 'x-tenant-id': tenantId };
    await seed(owner, tenantId, userId);
    const { avg } = (
      await owner.query<{ avg: string }>(
        `select round(avg(pg_column_size(analysis))) as avg from denials where tenant_id = $1`,
        [tenantId],
      )
    ).rows[0]!;
    console.log(
      `seeded ${CASES} cases (2 deadlines each, Record Check documents of ${avg} bytes on average) in one tenant`,
    );

    const body = JSON.stringify({ query: WORKLIST });
    // Warm up, then record exactly what one worklist request sends to Postgres.
    for (let i = 0; i < 20; i++) await post(new http.Agent(), apiUrl, body, headers);
    const rec = recordStatements();
    const probe = await post(new http.Agent(), apiUrl, body, headers);
    const statements = rec.stop();
    if (probe.status !== 200 || probe.text.includes('"errors"'))
      throw new Error(`worklist failed: ${probe.text.slice(0, 300)}`);
    const perRequest = statementsIn(statements);
    const baseline = await baselineServer(pool, statements);
    const baseUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;
    // Open both pools, so every backend either server uses is counted.
    await load(apiUrl, body, headers, 10, 0.5);
    await load(baseUrl, body, {}, 10, 0.5);
    pgPids = () => postgresPidsOf(owner);

    const auditSize = async () =>
      (
        await owner.query<{ bytes: string; n: number }>(
          `select pg_total_relation_size('audit_events') as bytes, count(*)::int as n from audit_events`,
        )
      ).rows[0]!;
    let auditRows = 0;
    let auditBytes = 0;
    const heapAfterGc = () => {
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed;
    };
    const heap0 = heapAfterGc();
    const rss0 = process.memoryUsage().rss;
    let views = 0;
    console.log(
      `\nworklist: appealCases(first: 50) with payer, assignee, claim + patient, denial, deadlines`,
    );
    console.log(
      `SQL statements per request: Claimlane ${perRequest} (target ≤ 5, identity included)`,
    );
    // BENCH_KEEP=1: keep the database and write the statements, to EXPLAIN them by hand afterwards.
    if (process.env.BENCH_KEEP === '1')
      writeFileSync('.data/worklist-statements.json', JSON.stringify(statements, null, 1));
    console.log('Postgres wall time per statement (one connection, mean of 30):');
    await statementTimes(pool, statements);
    for (const c of [10, 50]) {
      const before = await auditSize();
      // BENCH_PROFILE=1: a CPU profile of Claimlane's 10-connection phase only (.data/worklist.cpuprofile).
      const session = process.env.BENCH_PROFILE === '1' && c === 10 ? new Session() : null;
      if (session) {
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      }
      const ours = await load(apiUrl, body, headers, c, SECONDS);
      if (session) {
        const { profile } = await session.post('Profiler.stop');
        writeFileSync('.data/worklist.cpuprofile', JSON.stringify(profile));
        session.disconnect();
      }
      const after = await auditSize();
      auditRows += after.n - before.n;
      auditBytes += Number(after.bytes) - Number(before.bytes);
      views += ours.requests;
      const base = await load(baseUrl, body, {}, c, SECONDS);
      console.log(
        `${String(c).padStart(2)} connections | Claimlane ${ours.rps.toFixed(0)} req/s, p50 ${ours.p50.toFixed(1)} ms, p99 ${ours.p99.toFixed(1)} ms, ${ours.cpuMs.toFixed(1)} ms CPU/req (Postgres ${ours.pgMs.toFixed(1)}, client ${ours.clientMs.toFixed(1)}), errors ${ours.errors}` +
          ` | baseline ${base.rps.toFixed(0)} req/s, p50 ${base.p50.toFixed(1)} ms, p99 ${base.p99.toFixed(1)} ms, ${base.cpuMs.toFixed(1)} ms CPU/req (Postgres ${base.pgMs.toFixed(1)}, client ${base.clientMs.toFixed(1)})` +
          ` | ratio ${(ours.rps / base.rps).toFixed(2)} (target ≥ 0.5)`,
      );
    }
    const rss1 = process.memoryUsage().rss;
    const heap1 = heapAfterGc();
    console.log(
      `memory (API + baseline server; load generated from another process): heap after GC ${(heap0 / 1e6).toFixed(0)} MB → ${(heap1 / 1e6).toFixed(0)} MB, RSS ${(rss0 / 1e6).toFixed(0)} MB → ${(rss1 / 1e6).toFixed(0)} MB over ${views} Claimlane page views`,
    );
    console.log(
      `audit per 1,000 page views: ${((auditRows / views) * 1000).toFixed(0)} rows, ${(((auditBytes / views) * 1000) / 1e6).toFixed(2)} MB (one row per PHI entity type per view; was 200 rows per view)`,
    );

    const caseId = (
      (await owner.query(`select id from appeal_cases where tenant_id = $1 limit 1`, [tenantId]))
        .rows[0] as { id: string }
    ).id;
    for (const [name, query] of [
      ['case page (one case, everything nested)', CASE_PAGE(caseId)],
      ['upcomingDeadlines(withinDays: 30)', UPCOMING],
    ] as const) {
      const b = JSON.stringify({ query });
      const r = recordStatements();
      const res = await post(new http.Agent(), apiUrl, b, headers);
      const n = statementsIn(r.stop());
      if (res.text.includes('"errors"'))
        throw new Error(`${name} failed: ${res.text.slice(0, 300)}`);
      const l = await load(apiUrl, b, headers, 10, Math.max(2, SECONDS / 2));
      console.log(
        `${name}: ${n} statements, ${l.rps.toFixed(0)} req/s, p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms at 10 connections, errors ${l.errors}`,
      );
    }
    baseline.close();
  } finally {
    await pool.end();
    await owner.end();
    await api.close();
    if (process.env.BENCH_KEEP === '1') console.log(`kept ${db.ownerUrl}`);
    else await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
