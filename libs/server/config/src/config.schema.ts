import { z } from 'zod';

const bool = z
  .union([z.boolean(), z.string()])
  .transform((v) =>
    typeof v === 'boolean' ? v : ['1', 'true', 'yes', 'on'].includes(v.toLowerCase()),
  );

/** The one place runtime configuration is read and validated (docs/architecture.md §9). */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Owner connection: runs migrations. */
  DATABASE_URL: z.string().url().optional(),
  /** Runtime connection as `claimlane_app` (no BYPASSRLS, not the owner). */
  DATABASE_APP_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * `claimlane_app` on a streaming read replica. Reads that may lag by the replay delay (case counts
   * for dashboards, docs/architecture.md §10) go there; everything else stays on the primary. Unset:
   * every read on the primary.
   */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  DATABASE_REPLICA_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(5),
  /** Password given to `claimlane_app` when the migrator creates it. */
  APP_DB_PASSWORD: z.string().min(8).default('claimlane_app_dev'),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  /**
   * Namespaces every key this process writes (BullMQ queues included), so several deployments or test
   * runs can share one Redis: e.g. `claimlane:prod-eu:`. Ends with `:`, no spaces or braces.
   */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w.:-]+:$/, 'letters, digits, . _ - : only, ending with ":" (e.g. "claimlane:prod:")')
    .default('claimlane:'),
  TEMPORAL_ADDRESS: z.string().optional(),
  /** One Temporal namespace per deployment (it must exist: `temporal operator namespace create`). */
  TEMPORAL_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9][\w.-]{0,254}$/, 'a Temporal namespace name: letters, digits, . _ -')
    .default('default'),
  /** API, workers and Temporal workers of one deployment must agree on it. */
  TEMPORAL_TASK_QUEUE: z
    .string()
    .regex(/^[A-Za-z0-9][\w.:/-]{0,199}$/, 'letters, digits, . _ - : / only')
    .default('appeals'),
  /**
   * Workflow executions kept in each Temporal worker's sticky cache (history not refetched on the next
   * task). 0 turns sticky execution off: every task replays the history (less memory, more CPU).
   * Unset: the SDK sizes it from the process's memory.
   */
  TEMPORAL_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).optional(),
  /** How long a task waits on the worker that cached its workflow before any worker may take it. */
  TEMPORAL_STICKY_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Concurrent activity / workflow task slots per Temporal worker process. */
  TEMPORAL_MAX_CONCURRENT_ACTIVITIES: z.coerce.number().int().min(1).max(1000).default(50),
  TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(2).max(1000).default(40),
  /** How long a stage change waits for the appeal workflow before answering WORKFLOW_UNAVAILABLE. */
  WORKFLOW_UPDATE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** Reminder offsets before each member deadline, in Temporal duration format. */
  APPEAL_REMINDER_OFFSETS: z.string().default('30d,14d,7d,2d'),
  /** Follow up an unanswered claim-file request after this long (ERISA plans owe it within 30 days). */
  APPEAL_RECORDS_FOLLOW_UP: z.string().default('30d'),
  /** Suggest a protective appeal this long before the filing deadline while criteria are missing. */
  APPEAL_PROTECTIVE_LEAD: z.string().default('10d'),
  /** A filing deadline is declared missed this long after it passes (time to record a late-day fax). */
  APPEAL_MISSED_GRACE: z.string().default('1d'),
  APPEAL_CONTINUE_AS_NEW_AFTER: z.coerce.number().int().min(100).default(2000),
  /** Demo/test only: a fixed payer decision clock (Temporal duration) instead of the regulatory one. */
  PAYER_CLOCK_OVERRIDE: z.string().optional(),
  JWT_SECRET: z.string().min(32).default('dev-only-secret-change-me-dev-only-secret-change-me'),
  JWT_ISSUER: z.string().default('claimlane'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(30)
    .default(15 * 60),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).default(30),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).default(7),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_IP_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  RECORD_CHECK_IP_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Accounts created per client IP per hour (one request could alias signUp 200 times). */
  SIGNUP_IP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /**
   * Sign-up only through a link mailed to the address (requestSignUp → verifyEmail), so the answer
   * never tells whether an address has an account. `false` re-enables the direct `signUp` that
   * returns tokens at once: for tests and benches that create many users, never in production.
   */
  SIGNUP_EMAIL_VERIFICATION: bool.default(true),
  SIGNUP_LINK_TTL_MINUTES: z.coerce.number().int().min(5).max(10_080).default(1440),
  /**
   * Proxies whose X-Forwarded-For is believed, as Express `trust proxy` takes them: addresses, CIDRs
   * or `loopback`/`linklocal`/`uniquelocal`, comma-separated. Empty (default): no proxy, the peer
   * address is the client, so a client cannot pick its own IP to dodge per-IP limits.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .refine((list) => !list.some((p) => ['true', '*', '0.0.0.0/0', '::/0'].includes(p)), {
      message: 'name the proxies: trusting every peer lets any client choose its IP',
    }),
  /** argon2id cost; defaults follow OWASP (19 MiB, 2 passes). Tests lower them for speed. */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).default(2),
  CORS_ORIGINS: z
    .string()
    .default('http://localhost:3000,http://localhost:4200,http://localhost:5173')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  BODY_LIMIT: z.string().default('1mb'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  // A 100-row page of 100 fields: nested relations are loaded per operation, not per row.
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(10_000),
  /** Root fields (aliases included) per operation: one request must not be 200 sign-ups. */
  GRAPHQL_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).default(20),
  GRAPHQL_PLAYGROUND: bool.default(false),
  MAX_LETTER_CHARS: z.coerce.number().int().min(1000).default(200_000),
  DATA_DIR: z.string().default('.data'),
  /** Object storage (issue 8): set a bucket to use S3 or an S3-compatible service instead of <DATA_DIR>/objects. */
  OBJECT_STORE_S3_BUCKET: z.string().min(3).optional(),
  OBJECT_STORE_S3_PREFIX: z.string().default(''),
  OBJECT_STORE_S3_REGION: z.string().default('us-east-1'),
  /** For S3-compatible services (MinIO, moto…): their URL; path-style addressing is used then. */
  OBJECT_STORE_S3_ENDPOINT: z.string().url().optional(),
  MAIL_DIR: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Claimlane <no-reply@claimlane.local>'),
  /** Stripe secret key; unset outside production = the in-process local Stripe stand-in. */
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  /** Signing secret of the webhook endpoint (`POST /webhooks/stripe`). */
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Where the Stripe client sends its calls (default api.stripe.com); e.g. a local Stripe stand-in. */
  STRIPE_API_URL: z.string().url().optional(),
  /** Plans as JSON (libs/server/billing/src/plans/plan-catalog.ts); unset = the built-in catalog. */
  BILLING_PLANS: z.string().optional(),
  /** Days a past_due workspace keeps full access before it turns read-only. */
  BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  /** Public URL of the web app (Checkout success/cancel and portal return links). */
  APP_PUBLIC_URL: z.string().url().default('http://localhost:5173'),
  /** BullMQ (issue 11): attempts per job before it is dead-lettered, and the first retry delay (doubles). */
  QUEUE_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  QUEUE_BACKOFF_MS: z.coerce.number().int().min(0).default(5_000),
  /** A job whose worker stops renewing its lock (crash, kill -9) is retried this long after. */
  QUEUE_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** On SIGTERM the worker finishes in-flight jobs for this long, then returns the rest to the queue. */
  WORKER_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(20_000),
  /** 835 documents larger than this are refused by `importRemittance`: `startRemittanceImport` queues them. */
  REMITTANCE_SYNC_MAX_BYTES: z.coerce.number().int().min(1024).default(5_242_880),
  /** OCR: pages refused above this count; pixels per rasterized page; seconds per page. */
  OCR_MAX_PAGES: z.coerce.number().int().min(1).default(100),
  OCR_MAX_PAGE_PIXELS: z.coerce.number().int().min(100_000).default(40_000_000),
  OCR_PAGE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Pages OCRed at once per worker process (each runs in its own child process). */
  OCR_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** Mean word confidence (0-100) under which a page is flagged for a person to confirm. */
  OCR_LOW_CONFIDENCE: z.coerce.number().min(0).max(100).default(70),
  /** Record Calls (issue 11): `simulator` is the local carrier simulator; `twilio` needs TWILIO_*. */
  RECORD_CALL_PROVIDER: z.enum(['simulator', 'twilio']).default('simulator'),
  /** AES-256 key (base64 of 32 bytes) for unredacted call transcripts; required in production. */
  RECORD_CALL_TRANSCRIPT_KEY: z.string().optional(),
  /**
   * Tenant lifecycle (issue 15). Master key (base64 of 32 bytes) wrapping each tenant's document data
   * key; required in production. Rotation: put the new key here and the old one in
   * TENANT_MASTER_KEYS_RETIRED (comma-separated), run `claimlane rotate-master-key`, then drop it.
   */
  TENANT_MASTER_KEY: z.string().optional(),
  TENANT_MASTER_KEYS_RETIRED: z.string().default(''),
  /** Ed25519 private key (base64 of the 32-byte seed) signing tenant export manifests. */
  TENANT_EXPORT_SIGNING_KEY: z.string().optional(),
  /** Days a deleted workspace is kept (restorable) before `claimlane purge-tenants` erases it. */
  TENANT_PURGE_AFTER_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  RECORD_CALLS_PER_TENANT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  RECORD_CALLS_PER_PAYER_PER_HOUR: z.coerce.number().int().min(1).default(6),
  /** How long one call may hold its payer line (the lock expires after a crash). */
  RECORD_CALL_LINE_LOCK_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(20 * 60_000),
  /** A call whose payer line is busy waits this long before trying the line again. */
  RECORD_CALL_LINE_RETRY_MS: z.coerce.number().int().min(10).default(30_000),
  /** Local carrier simulator only: think time per representative turn (demos, crash tests). */
  RECORD_CALL_SIMULATOR_TURN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM_NUMBER: z.string().optional(),
  /** Where the Twilio client sends REST calls (default api.twilio.com); e.g. a local stand-in. */
  TWILIO_API_URL: z.string().url().optional(),
  /** Public base URL Twilio calls back (TwiML and status webhooks). */
  PUBLIC_API_URL: z.string().url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** OTLP/HTTP collector (e.g. http://127.0.0.1:4318). Tracing is off unless set (README: observability). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  /** Prometheus `/metrics` on this port, apart from the API port; unset = no metrics recorded. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
});

export type AppConfig = z.infer<typeof configSchema>;
