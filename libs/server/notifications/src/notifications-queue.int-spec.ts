import type { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobProducer } from '@claimlane/server-queue';
import {
  createTestTenant,
  expectEventually,
  startInProcessWorker,
  startTestApi,
  startTestSmtp,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { NotificationsWorkerModule } from './notifications-worker.module';
import { notificationJobKey } from './notification-emails';

type Smtp = Awaited<ReturnType<typeof startTestSmtp>>;

let api: TestApi;
let smtp: Smtp;
let worker: INestApplicationContext;
let owner: Client;
let t: TestTenant;

async function newNotification(title: string): Promise<string> {
  const r = await owner.query(
    `insert into notifications (tenant_id, user_id, kind, title, body, dedupe_key)
     values ($1, $2, 'test_notice', $3, 'Body of the notice', $4) returning id`,
    [t.id, t.owner.id, title, `test:${title}`],
  );
  return (r.rows[0] as { id: string }).id;
}

const emailedAt = async (id: string) =>
  (
    (await owner.query(`select emailed_at from notifications where id = $1`, [id])).rows[0] as {
      emailed_at: Date | null;
    }
  ).emailed_at;

const mailsTitled = (title: string) => smtp.messages.filter((m) => m.subject.includes(title));

beforeAll(async () => {
  api = await startTestApi({ QUEUE_ATTEMPTS: '2', QUEUE_BACKOFF_MS: '100' });
  smtp = await startTestSmtp();
  t = await createTestTenant(api);
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  worker = await startInProcessWorker(api, {
    imports: [NotificationsWorkerModule],
    config: { SMTP_URL: smtp.url },
  });
});

afterAll(async () => {
  await worker?.close();
  await owner?.end();
  await smtp?.close();
  await api?.close();
});

describe('notifications queue (real Redis, Postgres and SMTP server)', () => {
  it('e-mails a stored notification once, however often and under however many keys it is queued', async () => {
    const id = await newNotification('Twice queued');
    const jobs = worker.get(JobProducer);
    const payload = { tenantId: t.id, notificationId: id };
    // The same key twice (one job id) and a second key (a second job racing the first).
    await Promise.all([
      jobs.enqueue('notifications', { ...payload, idempotencyKey: notificationJobKey(id) }),
      jobs.enqueue('notifications', { ...payload, idempotencyKey: notificationJobKey(id) }),
      jobs.enqueue('notifications', { ...payload, idempotencyKey: `other.${id}` }),
    ]);
    await expectEventually(async () => expect(await emailedAt(id)).not.toBeNull());
    const queue = jobs.queue('notifications');
    await expectEventually(async () => {
      const done = await queue.getJob(`${t.id}.other.${id}`);
      expect(await done?.getState()).toBe('completed');
    });
    const mails = mailsTitled('Twice queued');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([t.owner.email]);
    expect(mails[0]!.subject).toBe('[Claimlane] Twice queued');
    // A resend after a crash would carry the same Message-ID.
    expect(mails[0]!.messageId).toBe(`<notification.${id}@claimlane.local>`);
    const results = await Promise.all(
      [notificationJobKey(id), `other.${id}`].map(
        async (k) =>
          ((await queue.getJob(`${t.id}.${k}`))!.returnvalue as { delivery: string }).delivery,
      ),
    );
    expect(results.sort()).toEqual(['already_sent', 'sent']);
  });

  it('retries while the mail server is down, then dead-letters with MAIL_SEND_FAILED and sends nothing', async () => {
    const id = await newNotification('Server down');
    const down = await startTestSmtp();
    await down.close();
    const broken = await startInProcessWorker(api, {
      imports: [NotificationsWorkerModule],
      config: { SMTP_URL: down.url },
    });
    // Only the broken worker takes jobs for this one.
    await worker.close();
    try {
      await broken.get(JobProducer).enqueue('notifications', {
        tenantId: t.id,
        notificationId: id,
        idempotencyKey: notificationJobKey(id),
      });
      const row = await expectEventually(async () => {
        const r = await owner.query(
          `select error_code, attempts, resolved_at from job_failures where tenant_id = $1 and queue = 'notifications' and job_id = $2`,
          [t.id, `${t.id}.${notificationJobKey(id)}`],
        );
        expect(r.rows).toHaveLength(1);
        return r.rows[0] as { error_code: string; attempts: number; resolved_at: Date | null };
      });
      expect(row).toMatchObject({ error_code: 'MAIL_SEND_FAILED', attempts: 2, resolved_at: null });
      expect(await emailedAt(id)).toBeNull();
      expect(mailsTitled('Server down')).toHaveLength(0);
    } finally {
      await broken.close();
      worker = await startInProcessWorker(api, {
        imports: [NotificationsWorkerModule],
        config: { SMTP_URL: smtp.url },
      });
    }
  });

  it('skips a notification that is gone (the recipient left) without failing', async () => {
    const id = await newNotification('Gone');
    await owner.query(`delete from notifications where id = $1`, [id]);
    const jobs = worker.get(JobProducer);
    await jobs.enqueue('notifications', {
      tenantId: t.id,
      notificationId: id,
      idempotencyKey: notificationJobKey(id),
    });
    const job = await expectEventually(async () => {
      const j = await jobs.queue('notifications').getJob(`${t.id}.${notificationJobKey(id)}`);
      expect(await j?.getState()).toBe('completed');
      return j!;
    });
    expect(job.returnvalue).toEqual({ delivery: 'gone' });
  });
});
