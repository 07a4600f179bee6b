import 'reflect-metadata';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { Client as PgClient } from 'pg';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { generate835, parse835 } from '@claimlane/domain-x12';
import { denialOf } from '@claimlane/server-remittances';
import { appealWorkflowId } from '@claimlane/shared-contracts';
import { benchDatabase, benchTemporal } from './bench-services';
import { startFleet } from './scale-out/fleet';
import { GqlClient, isRetryable, mustData, type GqlAnswer } from './scale-out/graphql-client';
import { HAPROXY_HINT, haproxyAvailable } from './scale-out/haproxy';
import { phaseTable, type PhaseBounds, type Sample } from './scale-out/load-phases';

/**
 * `npm run bench -- scale-out` (issue 15): 3 API processes behind HAProxy, 2 Temporal workers and 2
 * queue workers on loopback. A bounded mixed load runs through HAProxy while one API process, one
 * Temporal worker and one queue worker are killed with SIGKILL and restarted. Asserts: no read lost
 * (clients retry reads), no acknowledged write lost, no duplicated row, every case has its workflow,
 * every reminder sent exactly once (notification row and e-mail), every queued 835 imported once.
 * SCALE_OUT_SECONDS (60) lengthens the load, SCALE_OUT_CONNECTIONS (6) widens it.
 */
const SECONDS = Number(process.env.SCALE_OUT_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SCALE_OUT_CONNECTIONS ?? 6);
const REMINDER_CASES = 6;
const IMPORTS = 3;
const RUN = Date.now().toString(36);

const CREATE = `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`;
const WORKLIST = `query { appealCases(first: 20) { totalCount edges { node { id title stage nextDeadlineAt
  payer { name } claim { claimNumber } deadlines { kind due status } } } } }`;
const CASE_PAGE = `query($id: ID!) { appealCase(id: $id) { id title stage deadlines { kind due status }
  timeline { kind occurredAt } } }`;
const TRANSITION = `mutation($i: CaseEventInput!) { requestRecords(input: $i) { id stage } }`;

const caseInput = (title: string) => ({
  title,
  payerName: `Scale Payer ${title.length % 5}`,
  regime: 'erisa_group_health',
  category: 'medical_necessity',
  noticeDate: new Date().toISOString().slice(0, 10),
  serviceType: 'post_service',
  amountAtStake: 250,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A stage change as a careful client makes it: after a cut-off answer or WORKFLOW_UNAVAILABLE the
 * outcome is unknown (the update may still apply), so it re-reads the case and sends the change
 * again only if the stage has not moved. A repeat is refused by the stage machine, never doubled.
 */
async function transitionOnce(gql: GqlClient, caseId: string): Promise<GqlAnswer<unknown>> {
  let last: GqlAnswer<unknown> = { status: 0 };
  for (let attempt = 0; attempt < 3; attempt++) {
    last = await gql.post(TRANSITION, { i: { caseId } });
    const unknown =
      isRetryable(last) || last.errors?.[0]?.extensions?.code === 'WORKFLOW_UNAVAILABLE';
    if (!unknown) return last;
    const read = await gql.retrying<{ appealCase: { stage: string } }>(
      `query($id: ID!) { appealCase(id: $id) { id stage } }`,
      { id: caseId },
    );
    if (read.data && read.data.appealCase.stage !== 'intake') return read;
  }
  return last;
}

function reachable(hostPort: string): Promise<boolean> {
  const [host, port] = hostPort.split(':');
  return new Promise((res) => {
    const s = new Socket();
    s.setTimeout(1000);
    s.once('connect', () => (s.destroy(), res(true)));
    s.once('error', () => res(false));
    s.once('timeout', () => (s.destroy(), res(false)));
    s.connect(Number(port), host!);
  });
}

async function until<T>(what: string, fn: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== null) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

async function main(): Promise<void> {
  if (!haproxyAvailable()) {
    console.error(HAPROXY_HINT);
    process.exit(1);
  }
  const temporalAddress = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  const temporal = (await reachable(temporalAddress))
    ? { address: temporalAddress, stop: () => undefined }
    : await benchTemporal();
  const db = await benchDatabase('scaleout');
  const dataDir = resolve(`.data/bench-scaleout-${RUN}`);
  const mailDir = join(dataDir, 'mail');
  mkdirSync(mailDir, { recursive: true });
  const taskQueue = `appeals-scaleout-${RUN}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
    DATABASE_URL: db.ownerUrl,
    DATABASE_APP_URL: db.appUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `bench:scaleout:${RUN}:`,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: taskQueue,
    // A killed worker's cached workflows go to the other worker after 2 s instead of 10 s.
    TEMPORAL_STICKY_QUEUE_TIMEOUT_MS: '2000',
    // Ten seconds apart, so a reminder delayed by the failover is not folded into the next one.
    APPEAL_REMINDER_OFFSETS: '20s,10s',
    APPEAL_PROTECTIVE_LEAD: '4s',
    APPEAL_MISSED_GRACE: '1s',
    // A job whose worker was killed is taken again after ~5 s (default 30 s).
    QUEUE_LOCK_MS: '5000',
    QUEUE_BACKOFF_MS: '500',
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
    SIGNUP_EMAIL_VERIFICATION: 'false',
    SIGNUP_IP_LIMIT_PER_HOUR: '1000',
    LOGIN_IP_LIMIT_PER_MINUTE: '1000',
    REMITTANCE_SYNC_MAX_BYTES: '1024',
    DATA_DIR: dataDir,
    MAIL_DIR: mailDir,
    OTEL_EXPORTER_OTLP_ENDPOINT: '',
    METRICS_PORT: '',
    SMTP_URL: '',
  };
  for (const k of ['OTEL_EXPORTER_OTLP_ENDPOINT', 'METRICS_PORT', 'SMTP_URL']) delete env[k];
  console.log(
    `scale-out: database ${new URL(db.ownerUrl).pathname.slice(1)}, Temporal ${temporal.address} queue ${taskQueue}, Redis prefix ${env.REDIS_KEY_PREFIX}`,
  );
  const t0 = performance.now();
  const fleet = await startFleet(env);
  console.log(
    `fleet up in ${((performance.now() - t0) / 1000).toFixed(1)} s: HAProxy ${fleet.url} → 3 API, 2 Temporal workers, 2 queue workers`,
  );
  const owner = new PgClient({ connectionString: db.ownerUrl });
  await owner.connect();
  const connection = await Connection.connect({ address: temporal.address });
  const tc = new TemporalClient({ connection, namespace: 'default' });
  let failedChecks = 0;
  try {
    const anon = new GqlClient(`${fleet.url}/graphql`);
    const ownerEmail = `scaleout-${RUN}@example.test`;
    const signUp = mustData(
      await anon.post<{ signUp: { accessToken: string } }>(
        `mutation { signUp(input: { email: "${ownerEmail}", password: "bench-password-1", name: "Scale" }) { accessToken } }`,
      ),
      'signUp',
    );
    const bearer = { authorization: `Bearer ${signUp.signUp.accessToken}` };
    const tenant = mustData(
      await anon
        .withHeaders(bearer)
        .post<{ createTenant: { id: string } }>(
          `mutation { createTenant(input: { name: "Scale Clinic ${RUN}", kind: CLINIC, seatLimit: 10 }) { id } }`,
        ),
      'createTenant',
    ).createTenant.id;
    const headers = { ...bearer, 'x-tenant-id': tenant };
    const gql = new GqlClient(`${fleet.url}/graphql`, headers, CONNECTIONS + 4);

    // Cases whose reminders fall before, during and after the kills.
    const reminderCases: Array<{ id: string; title: string }> = [];
    for (let i = 0; i < REMINDER_CASES; i++) {
      const title = `Reminder ${RUN} ${i}`;
      const id = mustData(
        await gql.post<{ createAppealCase: { id: string } }>(CREATE, { i: caseInput(title) }),
        'createAppealCase',
      ).createAppealCase.id;
      reminderCases.push({ id, title });
    }
    for (const c of reminderCases)
      await until(
        'the reminder workflows',
        async () =>
          (await tc.workflow
            .getHandle(appealWorkflowId(tenant, c.id))
            .query('stage')
            .catch(() => null)) === 'intake'
            ? true
            : null,
        60_000,
      );

    // 835 files uploaded now, imported on the queue just before the kill.
    const files = Array.from({ length: IMPORTS }, (_, i) =>
      generate835({ claims: 600, deniedRatio: 0.5, seed: 100 + i }),
    );
    const expectedDenied = files
      .map((f) => parse835(f).claims.filter((c) => denialOf(c)).length)
      .reduce((a, b) => a + b, 0);
    const documentIds: string[] = [];
    for (const f of files) {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(f)]), 'remit.835');
      const res = await fetch(`${fleet.url}/documents`, {
        method: 'POST',
        headers,
        body: form,
      });
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
      documentIds.push(((await res.json()) as { id: string }).id);
    }

    // ---- the load ----
    const samples: Sample[] = [];
    const ackedCreates = new Set<string>();
    const ambiguousCreates = new Set<string>();
    const transitionable: string[] = [];
    const ackedTransitions = new Set<string>();
    const ambiguousTransitions = new Set<string>();
    const readable: string[] = reminderCases.map((c) => c.id);
    let inflight = 0;
    let seq = 0;
    const start = performance.now();
    const now = () => performance.now() - start;
    const bounds: PhaseBounds = {
      // Early, so the restarted processes (tens of seconds to boot on a busy 2-core machine) serve
      // again well before the end and the "after" phase is measured.
      killAt: (SECONDS * 1000) / 6,
      recoveredAt: Infinity,
      end: SECONDS * 1000,
    };
    let inflightAtKill = 0;
    let killedAt = Infinity;

    const record = <T>(
      op: string,
      at: number,
      a: GqlAnswer<T> & { attempts?: number },
      write: boolean,
    ): GqlAnswer<T> => {
      const ms = now() - at;
      if (a.data && !a.errors?.length)
        samples.push({ op, at, ms, outcome: (a.attempts ?? 1) > 1 ? 'retried_ok' : 'ok' });
      else if (isRetryable(a))
        samples.push({
          op,
          at,
          ms,
          // A write cut off by the kill may or may not have committed: the client cannot know.
          outcome: write ? 'ambiguous' : 'failed',
          detail: a.transportError ?? String(a.status),
        });
      else if (write && a.errors?.[0]?.extensions?.code === 'WORKFLOW_UNAVAILABLE')
        // The update timed out in the API but stays admitted in Temporal: it may still apply.
        samples.push({ op, at, ms, outcome: 'ambiguous', detail: 'WORKFLOW_UNAVAILABLE' });
      else
        samples.push({
          op,
          at,
          ms,
          outcome: 'refused',
          detail: a.errors?.[0]?.extensions?.code ?? a.errors?.[0]?.message,
        });
      return a;
    };

    const worker = async () => {
      while (now() < bounds.end) {
        const n = seq++;
        const slot = n % 10;
        const at = now();
        inflight++;
        try {
          if (slot < 5) {
            record('worklist', at, await gql.retrying(WORKLIST), false);
          } else if (slot < 7) {
            const id = readable[n % readable.length]!;
            record('case page', at, await gql.retrying(CASE_PAGE, { id }), false);
          } else if (slot < 9) {
            const title = `so-${RUN}-${n}`;
            const a = record(
              'create',
              at,
              await gql.post<{ createAppealCase: { id: string } }>(CREATE, { i: caseInput(title) }),
              true,
            );
            if (a.data?.createAppealCase) {
              ackedCreates.add(title);
              transitionable.push(a.data.createAppealCase.id);
              readable.push(a.data.createAppealCase.id);
            } else if (isRetryable(a)) ambiguousCreates.add(title);
          } else {
            const caseId = transitionable.shift();
            if (!caseId) continue;
            const a = record('transition', at, await transitionOnce(gql, caseId), true);
            if (a.data && !a.errors?.length) ackedTransitions.add(caseId);
            else ambiguousTransitions.add(caseId);
          }
        } finally {
          inflight--;
        }
      }
    };

    const chaos = async () => {
      // Reminder deadlines spread over the run: the first reminders fall before the kill, the
      // last ones after the restart.
      for (const [i, c] of reminderCases.entries()) {
        const dueIn = 22 + (i * (SECONDS - 22)) / REMINDER_CASES;
        await owner.query(
          `update deadlines set due_at = now() + make_interval(secs => $2), due_text = to_char(now() + make_interval(secs => $2), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') where case_id = $1 and kind = 'member_appeal_filing' and status = 'open'`,
          [c.id, dueIn],
        );
        await owner.query(
          `update appeal_cases set next_deadline_at = (select min(due_at) from deadlines where case_id = $1 and status = 'open') where id = $1`,
          [c.id],
        );
        await tc.workflow
          .getHandle(appealWorkflowId(tenant, c.id))
          .signal('deadlinesChanged', { reason: 'bench' });
      }
      await sleep(Math.max(0, bounds.killAt - 1500 - now()));
      // Idempotent (same file, same job): retried like a read.
      for (const d of documentIds)
        mustData(
          await gql.retrying(
            `mutation($d: ID!) { startRemittanceImport(documentId: $d) { key } }`,
            { d },
          ),
          'startRemittanceImport',
        );
      await sleep(Math.max(0, bounds.killAt - now()));
      // The real kill time (the sleep above may overshoot on a busy machine).
      bounds.killAt = now();
      inflightAtKill = inflight;
      const killed = [fleet.apis[0]!, fleet.temporalWorkers[0]!, fleet.queueWorkers[0]!];
      const pids = killed.map((p) => `${p.name} (pid ${p.pid})`).join(', ');
      await Promise.all(killed.map((p) => p.kill9()));
      // SIGKILL is not instant: a request accepted until the processes are gone is in flight too.
      killedAt = now();
      console.log(
        `t=${(now() / 1000).toFixed(1)} s: kill -9 ${pids}; ${inflightAtKill} requests in flight`,
      );
      await sleep(3000);
      const restartMs = await Promise.all(killed.map((p) => p.start()));
      bounds.recoveredAt = now();
      console.log(
        `t=${(now() / 1000).toFixed(1)} s: restarted (${killed.map((p, i) => `${p.name} ${(restartMs[i]! / 1000).toFixed(1)} s`).join(', ')})`,
      );
    };

    await Promise.all([chaos(), ...Array.from({ length: CONNECTIONS }, worker)]);
    bounds.end = now();

    // ---- settle: queued imports and the last reminders ----
    const importsDone = await until(
      'the 835 imports',
      async () => {
        const rows = await owner.query<{ n: number }>(
          `select count(*)::int n from claims where tenant_id = $1 and source = 'remittance_835'`,
          [tenant],
        );
        return rows.rows[0]!.n >= expectedDenied ? rows.rows[0]!.n : null;
      },
      120_000,
    ).catch(() => -1);
    await until(
      'the last deadline_missed',
      async () => {
        const r = await owner.query<{ n: number }>(
          `select count(distinct case_id)::int n from notifications where kind = 'deadline_missed' and case_id = any($1)`,
          [reminderCases.map((c) => c.id)],
        );
        return r.rows[0]!.n >= REMINDER_CASES ? true : null;
      },
      60_000,
    ).catch(() => null);
    await sleep(3000);

    // ---- checks ----
    const check = (ok: boolean, text: string) => {
      if (!ok) failedChecks++;
      console.log(`${ok ? 'PASS' : 'FAIL'} ${text}`);
    };
    console.log(
      `\n${samples.length} requests through HAProxy by ${CONNECTIONS} clients in ${(bounds.end / 1000).toFixed(1)} s:`,
    );
    for (const line of phaseTable(samples, bounds)) console.log(line);
    const failedReads = samples.filter((s) => s.outcome === 'failed');
    const refused = samples.filter((s) => s.outcome === 'refused');
    const ambiguous = samples.filter((s) => s.outcome === 'ambiguous');
    check(failedReads.length === 0, `reads lost after retries: ${failedReads.length}`);
    check(
      refused.length === 0,
      `requests refused with a GraphQL error: ${refused.length}${refused.length ? ` (${[...new Set(refused.map((r) => `${r.op}: ${r.detail}`))].slice(0, 4).join('; ')})` : ''}`,
    );
    const inFlightAtKill = (x: Sample) => x.at <= killedAt && x.at + x.ms >= bounds.killAt;
    const outside = ambiguous.filter((x) => !inFlightAtKill(x));
    if (outside.length)
      console.log(
        `  unknown outcome outside the kill window (${(bounds.killAt / 1000).toFixed(2)}–${(killedAt / 1000).toFixed(2)} s): ${outside.map((x) => `${x.op} ${x.detail} at ${(x.at / 1000).toFixed(2)} s for ${x.ms.toFixed(0)} ms`).join('; ')}`,
      );
    check(
      ambiguous.every(inFlightAtKill),
      `writes with an unknown outcome (cut off, or WORKFLOW_UNAVAILABLE): ${ambiguous.length} (${[...new Set(ambiguous.map((x) => `${x.op}: ${x.detail}`))].join('; ') || 'none'}), all of them in flight at the kill (${samples.filter(inFlightAtKill).length} requests were, counter ${inflightAtKill})`,
    );
    const titles = await owner.query<{ title: string; n: number }>(
      `select title, count(*)::int n from appeal_cases where tenant_id = $1 and title like $2 group by title`,
      [tenant, `so-${RUN}-%`],
    );
    const stored = new Map(titles.rows.map((r) => [r.title, r.n]));
    const lostCreates = [...ackedCreates].filter((t) => !stored.has(t));
    const dupCreates = titles.rows.filter((r) => r.n > 1);
    const ambiguousCommitted = [...ambiguousCreates].filter((t) => stored.has(t)).length;
    check(
      lostCreates.length === 0,
      `acknowledged case creations lost: ${lostCreates.length} of ${ackedCreates.size} (cut-off creations committed anyway: ${ambiguousCommitted} of ${ambiguousCreates.size})`,
    );
    check(dupCreates.length === 0, `duplicated cases: ${dupCreates.length}`);
    const dupTransitions = await owner.query<{ n: number }>(
      `select count(*)::int n from (select case_id, kind from timeline_events where tenant_id = $1 and stage = 'records_requested' group by case_id, kind having count(*) > 1) d`,
      [tenant],
    );
    const transitioned = await owner.query<{ id: string }>(
      `select id from appeal_cases where tenant_id = $1 and id = any($2) and stage <> 'intake'`,
      [tenant, [...ackedTransitions]],
    );
    const ambiguousApplied = await owner.query<{ n: number }>(
      `select count(*)::int n from appeal_cases where tenant_id = $1 and id = any($2) and stage <> 'intake'`,
      [tenant, [...ambiguousTransitions]],
    );
    check(
      transitioned.rows.length === ackedTransitions.size,
      `acknowledged transitions stored: ${transitioned.rows.length} of ${ackedTransitions.size} (unknown-outcome transitions applied anyway: ${ambiguousApplied.rows[0]!.n} of ${ambiguousTransitions.size})`,
    );
    check(dupTransitions.rows[0]!.n === 0, `duplicated transitions: ${dupTransitions.rows[0]!.n}`);
    const cases = await owner.query<{ id: string }>(
      `select id from appeal_cases where tenant_id = $1`,
      [tenant],
    );
    let withoutWorkflow = 0;
    for (let i = 0; i < cases.rows.length; i += 10)
      await Promise.all(
        cases.rows.slice(i, i + 10).map((c) =>
          tc.workflow
            .getHandle(appealWorkflowId(tenant, c.id))
            .describe()
            .catch(() => void withoutWorkflow++),
        ),
      );
    check(
      withoutWorkflow === 0,
      `cases without their appeal workflow: ${withoutWorkflow} of ${cases.rows.length}`,
    );
    const reminders = await owner.query<{ case_id: string; dedupe_key: string; emailed: boolean }>(
      `select case_id, dedupe_key, emailed_at is not null emailed from notifications where kind = 'deadline_reminder' and case_id = any($1)`,
      [reminderCases.map((c) => c.id)],
    );
    const mails = readdirSync(mailDir)
      .filter((f) => f.includes('deadline_reminder'))
      .map(
        (f) => (JSON.parse(readFileSync(join(mailDir, f), 'utf8')) as { subject: string }).subject,
      );
    let missed = 0;
    let duplicated = 0;
    let mailsMissed = 0;
    let mailsDuplicated = 0;
    for (const c of reminderCases) {
      const keys = reminders.rows
        .filter((r) => r.case_id === c.id)
        .map((r) => r.dedupe_key.split(':').pop());
      for (const offset of ['20000', '10000']) {
        const k = keys.filter((x) => x === offset).length;
        missed += k === 0 ? 1 : 0;
        duplicated += Math.max(0, k - 1);
      }
      const m = mails.filter((s) => s.includes(`(${c.title})`)).length;
      mailsMissed += Math.max(0, 2 - m);
      mailsDuplicated += Math.max(0, m - 2);
    }
    const lateness = await owner.query<{ late_ms: number }>(
      `select extract(epoch from n.created_at - (d.due_at - make_interval(secs => split_part(n.dedupe_key, ':', 3)::int / 1000.0))) * 1000 late_ms
         from notifications n join deadlines d on d.id = split_part(n.dedupe_key, ':', 2)::uuid
        where n.kind = 'deadline_reminder' and n.case_id = any($1) order by 1`,
      [reminderCases.map((c) => c.id)],
    );
    const late = lateness.rows.map((r) => Number(r.late_ms));
    console.log(
      `reminder lateness (stored − planned): min ${late[0]?.toFixed(0)} ms, median ${late[Math.floor(late.length / 2)]?.toFixed(0)} ms, max ${late.at(-1)?.toFixed(0)} ms`,
    );
    check(
      missed === 0 && duplicated === 0,
      `reminders: expected ${REMINDER_CASES * 2}, stored ${reminders.rows.length}, missed ${missed}, duplicated ${duplicated}`,
    );
    check(
      mailsMissed === 0 && mailsDuplicated === 0,
      `reminder e-mails: expected ${REMINDER_CASES * 2}, sent ${mails.filter((s) => reminderCases.some((c) => s.includes(`(${c.title})`))).length}, missed ${mailsMissed}, duplicated ${mailsDuplicated}`,
    );
    const dupClaims = await owner.query<{ n: number }>(
      `select count(*)::int n from (select source_ref from claims where tenant_id = $1 and source = 'remittance_835' group by source_ref having count(*) > 1) d`,
      [tenant],
    );
    check(
      importsDone === expectedDenied && dupClaims.rows[0]!.n === 0,
      `queued 835 imports: ${importsDone} of ${expectedDenied} denied claims stored, ${dupClaims.rows[0]!.n} duplicated`,
    );
    gql.close();
    anon.close();
  } catch (e) {
    // Printed before the clean-up, which can take a while.
    console.error(e);
    failedChecks++;
  } finally {
    await fleet.stop();
    await connection.close();
    await owner.end();
    if (process.env.SCALE_OUT_KEEP_DB !== '1') {
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    temporal.stop();
  }
  console.log(
    failedChecks
      ? `\nscale-out: ${failedChecks} check(s) FAILED`
      : '\nscale-out: all checks passed',
  );
  process.exit(failedChecks ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
