import { z } from 'zod';

/**
 * BullMQ queues (docs/architecture.md §7) and the payload of every job. Payloads carry ids, never PHI: the
 * worker reads the rows itself inside the job's tenant. Each payload names its tenant and an
 * idempotency key; the key (prefixed with the tenant) is the BullMQ job id, so enqueuing the same
 * work twice is a no-op while the first job is still known to Redis.
 */
export const QUEUE_NAMES = ['ocr', 'calls', 'notifications', 'imports', 'packets'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** Letters, digits, `.`, `_`, `-`: BullMQ refuses `:` in custom ids and integers as ids. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

const uuid = z.string().uuid();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');

export const tenantJobBaseSchema = z.object({
  tenantId: uuid,
  idempotencyKey: z.string().regex(IDEMPOTENCY_KEY, 'letters, digits, ".", "_" or "-"'),
});
export type TenantJobBase = z.infer<typeof tenantJobBaseSchema>;

/** OCR one stored document (key: its SHA-256), then run Record Check on the text. */
export const ocrJobSchema = tenantJobBaseSchema.extend({
  documentId: uuid,
  sha256,
  /** Who uploaded it: becomes the case creator when the OCR opens a new case. */
  requestedBy: uuid.nullable(),
  /** Attach the result to this case instead of looking one up by source document. */
  caseId: uuid.nullable().optional(),
});

/** Place one Record Call (key: the call id). */
export const callJobSchema = tenantJobBaseSchema.extend({
  callId: uuid,
});

/** Deliver one notification (e-mail) that is already stored (key: the notification id). */
export const notificationJobSchema = tenantJobBaseSchema.extend({
  notificationId: uuid,
});

/** Import one stored file (835 remittance) in the background (key: the file's SHA-256). */
export const importJobSchema = tenantJobBaseSchema.extend({
  documentId: uuid,
  kind: z.enum(['remittance_835']),
});

/** Build one exhibit packet whose row is already stored (key: the packet id). */
export const packetJobSchema = tenantJobBaseSchema.extend({
  packetId: uuid,
  requestedBy: uuid.nullable(),
});

export const JOB_PAYLOAD_SCHEMAS = {
  ocr: ocrJobSchema,
  calls: callJobSchema,
  notifications: notificationJobSchema,
  imports: importJobSchema,
  packets: packetJobSchema,
} as const satisfies Record<QueueName, z.ZodType<TenantJobBase>>;

export type JobPayload<Q extends QueueName> = z.infer<(typeof JOB_PAYLOAD_SCHEMAS)[Q]>;

/** What `job.updateProgress` stores and `jobProgress` returns: a stage and a count. */
export const jobProgressSchema = z.object({
  stage: z.string().min(1).max(60),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type JobProgressReport = z.infer<typeof jobProgressSchema>;

/** The BullMQ job id of a payload: tenant first, so one tenant can never address another's job. */
export function jobIdFor(payload: TenantJobBase): string {
  return `${payload.tenantId}.${payload.idempotencyKey}`;
}
