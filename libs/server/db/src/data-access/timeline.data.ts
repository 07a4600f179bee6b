import type { EntityManager } from 'typeorm';

export interface NewTimelineEvent {
  tenantId: string;
  caseId: string;
  kind: string;
  stage?: string | null;
  summary: string;
  /** Structured details (ids, notes, proof): never letter text. */
  data?: object;
  /** Makes the write idempotent (a retried activity or job writes the event once). */
  dedupeKey?: string | null;
  actorUserId?: string | null;
  /** When it happened (the time the user gave); defaults to now. */
  occurredAt?: string | Date | null;
}

/**
 * The one way a case timeline event is written (appeal activities, Record Calls, OCR intake, deadline
 * corrections). Returns true when a row was written, false when the dedupe key already existed.
 */
export async function appendTimelineEvent(m: EntityManager, e: NewTimelineEvent): Promise<boolean> {
  const rows: unknown[] = await m.query(
    `insert into timeline_events (tenant_id, case_id, kind, stage, summary, data, dedupe_key, actor_user_id, occurred_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9::timestamptz, now()))
     on conflict (tenant_id, case_id, dedupe_key) where dedupe_key is not null do nothing
     returning id`,
    [
      e.tenantId,
      e.caseId,
      e.kind,
      e.stage ?? null,
      e.summary,
      JSON.stringify(e.data ?? {}),
      e.dedupeKey ?? null,
      e.actorUserId ?? null,
      e.occurredAt instanceof Date ? e.occurredAt.toISOString() : (e.occurredAt ?? null),
    ],
  );
  return rows.length > 0;
}
