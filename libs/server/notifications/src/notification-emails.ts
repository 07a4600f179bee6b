import type { EntityManager } from 'typeorm';
import type { JobProducer } from '@claimlane/server-queue';

/** The job key of one notification's e-mail: one job (and one message id) per notification row. */
export function notificationJobKey(notificationId: string): string {
  return `notification.${notificationId}`;
}

/**
 * Queues the e-mail of every not-yet-e-mailed notification with this dedupe key, once the caller's
 * tenant transaction commits. Call it right after inserting the rows; a replay of the same work finds
 * the same rows and gets the same job ids, so nothing is queued twice while BullMQ remembers them,
 * and the processor's `emailed_at` check covers the time after. Returns the job keys.
 */
export async function queueNotificationEmails(
  m: EntityManager,
  producer: Pick<JobProducer, 'enqueueAfterCommit'>,
  tenantId: string,
  dedupeKey: string,
): Promise<string[]> {
  const rows: Array<{ id: string }> = await m.query(
    `select id from notifications where dedupe_key = $1 and emailed_at is null order by id`,
    [dedupeKey],
  );
  return rows.map(({ id }) => {
    const idempotencyKey = notificationJobKey(id);
    producer.enqueueAfterCommit('notifications', { tenantId, idempotencyKey, notificationId: id });
    return idempotencyKey;
  });
}
