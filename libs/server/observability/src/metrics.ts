import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Every Claimlane metric lives in this one registry (served by {@link startMetricsServer}). Recording
 * helpers check {@link metricsEnabled} first, so a process without METRICS_PORT does no bookkeeping.
 */
export const metricsRegistry = new Registry();

let enabled = false;

export function metricsEnabled(): boolean {
  return enabled;
}

/** Turns recording on (once per process) and adds Node's process metrics with the service label. */
export function enableMetrics(service: string): void {
  if (enabled) return;
  enabled = true;
  metricsRegistry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: metricsRegistry, prefix: 'claimlane_' });
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlDuration = new Histogram({
  name: 'claimlane_graphql_request_duration_seconds',
  help: 'GraphQL operation latency by operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'claimlane_graphql_errors_total',
  help: 'GraphQL errors by extensions.code and operation name',
  labelNames: ['code', 'operation'] as const,
  registers: [metricsRegistry],
});

export const queueJobDuration = new Histogram({
  name: 'claimlane_queue_job_duration_seconds',
  help: 'BullMQ job processing time by queue and outcome',
  labelNames: ['queue', 'outcome'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  registers: [metricsRegistry],
});

export const workflowStarts = new Counter({
  name: 'claimlane_workflow_starts_total',
  help: 'Temporal workflow start requests by workflow type and outcome',
  labelNames: ['workflow', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const activityDuration = new Histogram({
  name: 'claimlane_activity_duration_seconds',
  help: 'Temporal activity execution time by activity type and outcome',
  labelNames: ['activity', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const activityFailures = new Counter({
  name: 'claimlane_activity_failures_total',
  help: 'Temporal activity attempts that threw, by activity type and error name',
  labelNames: ['activity', 'error'] as const,
  registers: [metricsRegistry],
});

export const notificationsSent = new Counter({
  name: 'claimlane_notifications_sent_total',
  help: 'Case notification e-mails sent (kind="deadline_reminder": the deadline reminders)',
  labelNames: ['kind'] as const,
  registers: [metricsRegistry],
});

export const recordChecks = new Counter({
  name: 'claimlane_record_checks_total',
  help: 'Record Check analyses run, by source (public check, case intake, re-analysis, OCR)',
  labelNames: ['source'] as const,
  registers: [metricsRegistry],
});

/** Pool and tenant-gate figures are read when scraped, not on every checkout. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}
export interface GateStats {
  active: number;
  waiting: number;
  waits: number;
  timeouts: number;
}

const poolSources = new Map<string, () => PoolStats | null>();
const gateSources = new Map<string, () => GateStats>();

new Gauge({
  name: 'claimlane_db_pool_connections',
  help: 'pg pool connections by pool and state (total, idle, waiting = callers queued for one)',
  labelNames: ['pool', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [pool, read] of poolSources) {
      const s = read();
      if (!s) continue;
      this.set({ pool, state: 'total' }, s.total);
      this.set({ pool, state: 'idle' }, s.idle);
      this.set({ pool, state: 'waiting' }, s.waiting);
    }
  },
});

new Gauge({
  name: 'claimlane_tenant_gate_transactions',
  help: 'Per-tenant transaction gate: open transactions and callers waiting for a slot',
  labelNames: ['pool', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [pool, read] of gateSources) {
      const s = read();
      this.set({ pool, state: 'active' }, s.active);
      this.set({ pool, state: 'waiting' }, s.waiting);
    }
  },
});

new Gauge({
  name: 'claimlane_tenant_gate_waits',
  help: 'Transactions that had to wait for their tenant slot (outcome="timeout": refused, SERVICE_UNAVAILABLE)',
  labelNames: ['pool', 'outcome'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [pool, read] of gateSources) {
      const s = read();
      this.set({ pool, outcome: 'waited' }, s.waits);
      this.set({ pool, outcome: 'timeout' }, s.timeouts);
    }
  },
});

/** pg's pool counters; TypeORM keeps the pool as `driver.master`. */
interface PgPoolCounters {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Registers a TypeORM data source's pool (and its tenant gate) under `pool` for the scrape. */
export function registerPoolMetrics(
  pool: string,
  dataSource: { driver: unknown },
  gate?: { stats(): GateStats },
): void {
  const pg = (dataSource.driver as { master?: PgPoolCounters }).master;
  poolSources.set(pool, () =>
    pg ? { total: pg.totalCount, idle: pg.idleCount, waiting: pg.waitingCount } : null,
  );
  if (gate) gateSources.set(pool, () => gate.stats());
}

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
type QueueCounts = (...states: string[]) => Promise<Record<string, number>>;
const queueSources = new Map<string, QueueCounts>();

new Gauge({
  name: 'claimlane_queue_jobs',
  help: 'BullMQ jobs by queue and state (waiting is the queue depth)',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    await Promise.all(
      [...queueSources].map(async ([queue, counts]) => {
        const c = await counts(...QUEUE_STATES).catch(() => null);
        if (c) for (const state of QUEUE_STATES) this.set({ queue, state }, c[state] ?? 0);
      }),
    );
  },
});

/** Registers a queue whose depth is read (one Redis round trip) at scrape time. */
export function registerQueueMetrics(queue: string, getJobCounts: QueueCounts): void {
  queueSources.set(queue, getJobCounts);
}

/** Operation names are client-chosen: keep the label set bounded. */
const MAX_OPERATION_LABELS = 500;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const seenOperations = new Set<string>();

export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (seenOperations.has(name)) return name;
  if (!OPERATION_NAME.test(name) || seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
  seenOperations.add(name);
  return name;
}
