import { Processor } from '@nestjs/bullmq';
import { TenantContext } from '@claimlane/server-db';
import {
  RetryableJobError,
  TenantJobDeps,
  TenantJobProcessor,
  processorOptions,
  type TenantJob,
} from '@claimlane/server-queue';
import { MailService } from './mail.service';

export type NotificationDelivery = 'sent' | 'already_sent' | 'gone';

/**
 * The `notifications` queue: e-mails one stored notification. The row is locked for the send and
 * stamped `emailed_at` in the same transaction, so two deliveries of one job (a retry, a stalled
 * job picked up twice) send once. What no transaction can cover is a crash after the SMTP server
 * accepted the message and before the commit: the retry sends again, with the same Message-ID
 * (derived from the notification id), so mail clients show it once.
 */
@Processor('notifications', processorOptions())
export class NotificationsProcessor extends TenantJobProcessor<
  'notifications',
  undefined,
  { delivery: NotificationDelivery }
> {
  protected readonly queue = 'notifications' as const;

  constructor(
    deps: TenantJobDeps,
    private readonly mail: MailService,
  ) {
    super(deps);
  }

  protected override async handle(
    job: TenantJob<'notifications'>,
  ): Promise<{ delivery: NotificationDelivery }> {
    const m = TenantContext.manager();
    const rows: Array<{
      email: string;
      kind: string;
      title: string;
      body: string;
      emailedAt: Date | null;
    }> = await m.query(
      `select u.email, n.kind, n.title, n.body, n.emailed_at as "emailedAt"
       from notifications n join users u on u.id = n.user_id
       where n.id = $1 for update of n`,
      [job.data.notificationId],
    );
    const n = rows[0];
    // The recipient left the workspace (row cascaded away): nothing to send, nothing to retry.
    if (!n) return { delivery: 'gone' };
    if (n.emailedAt) return { delivery: 'already_sent' };
    await job.progress({ stage: 'sending', done: 0, total: 1 });
    try {
      await this.mail.send({
        to: n.email,
        subject: `[Claimlane] ${n.title}`,
        text: `${n.body}\n`,
        kind: n.kind,
        messageId: notificationMessageId(job.data.notificationId, this.deps.config.MAIL_FROM),
      });
    } catch (e) {
      // The transport's error can quote the address; the dead-letter row keeps only the code.
      throw new RetryableJobError(
        'MAIL_SEND_FAILED',
        `The mail server refused or failed (${errName(e)})`,
      );
    }
    await m.query(`update notifications set emailed_at = now() where id = $1`, [
      job.data.notificationId,
    ]);
    await job.progress({ stage: 'sent', done: 1, total: 1 });
    return { delivery: 'sent' };
  }
}

function errName(e: unknown): string {
  return e instanceof Error ? e.name : 'error';
}

/** A stable Message-ID per notification, so a resend after a crash is recognisably the same mail. */
export function notificationMessageId(notificationId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'claimlane.local';
  return `<notification.${notificationId}@${domain}>`;
}
