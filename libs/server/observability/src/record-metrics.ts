import { metricsEnabled, notificationsSent, queueJobDuration, recordChecks } from './metrics';

/** One Record Check analysis ran (`source`: public, case, reanalyze, ocr). */
export function countRecordCheck(source: string): void {
  if (metricsEnabled()) recordChecks.inc({ source });
}

/** Case notification e-mails sent (deadline reminders among them), counted after commit. */
export function countNotifications(kind: string, emailed: number): void {
  if (metricsEnabled() && emailed > 0) notificationsSent.inc({ kind }, emailed);
}

/** Times a job's processing; `outcome` is completed, failed or returned (shutdown). */
export async function timeJob<R>(queue: string, fn: () => Promise<R>): Promise<R> {
  if (!metricsEnabled()) return fn();
  const end = queueJobDuration.startTimer({ queue });
  try {
    const r = await fn();
    end({ outcome: 'completed' });
    return r;
  } catch (e) {
    end({ outcome: (e as { name?: string }).name === 'WaitingError' ? 'returned' : 'failed' });
    throw e;
  }
}
