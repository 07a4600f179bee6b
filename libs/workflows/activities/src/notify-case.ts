import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { caseFooter, loadCaseMessageContext, localizeDueTimes } from './case-message';

export interface Mailer {
  send(msg: { to: string; subject: string; text: string; kind: string }): Promise<void>;
}

/**
 * In-app notification for the case's assignee (or, when unassigned, its OWNERs, ADMINs and BILLERs),
 * plus an e-mail. Both name the case (title, payer, claim number) and the clinic, show due dates in
 * the clinic's zone and link to the case. The unique (tenant, user, dedupe key) index makes a retried or replayed reminder a
 * no-op; e-mail goes only to rows not yet e-mailed.
 */
export async function notifyCaseMembers(
  m: EntityManager,
  mailer: Mailer,
  log: Logger,
  input: {
    tenantId: string;
    caseId: string;
    kind: string;
    title: string;
    body: string;
    dedupeKey: string;
  },
  appUrl = 'http://localhost:5173',
): Promise<{ recipients: number; emailed: number }> {
  const ctx = await loadCaseMessageContext(m, input.caseId);
  const title = ctx ? localizeDueTimes(input.title, ctx) : input.title;
  const footer = ctx ? caseFooter(ctx, input.caseId, appUrl) : '';
  const body = ctx ? `${localizeDueTimes(input.body, ctx)}\n\n${footer}` : input.body;
  const subjectCase = ctx?.title ? ` (${ctx.title})` : '';
  const recipients: Array<{ user_id: string; email: string }> = await m.query(
    `select u.id as user_id, u.email from appeal_cases c
       join memberships ms on ms.tenant_id = c.tenant_id
       join users u on u.id = ms.user_id
     where c.id = $1 and (
       (c.assignee_user_id is not null and ms.user_id = c.assignee_user_id)
       or (c.assignee_user_id is null and ms.role in ('OWNER', 'ADMIN', 'BILLER')))`,
    [input.caseId],
  );
  for (const r of recipients) {
    await m.query(
      `insert into notifications (tenant_id, user_id, case_id, kind, title, body, dedupe_key) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (tenant_id, user_id, dedupe_key) do nothing`,
      [input.tenantId, r.user_id, input.caseId, input.kind, title, body, input.dedupeKey],
    );
  }
  const unsent: Array<{ id: string; email: string }> = await m.query(
    `select n.id, u.email from notifications n join users u on u.id = n.user_id
     where n.dedupe_key = $1 and n.case_id = $2 and n.emailed_at is null`,
    [input.dedupeKey, input.caseId],
  );
  for (const n of unsent) {
    await mailer.send({
      to: n.email,
      subject: `[Claimlane] ${title}${subjectCase}`,
      text: `${body}\n`,
      kind: input.kind,
    });
    await m.query(`update notifications set emailed_at = now() where id = $1`, [n.id]);
  }
  log.info(
    {
      event: 'notification.created',
      kind: input.kind,
      caseId: input.caseId,
      recipients: recipients.length,
    },
    'case notification',
  );
  return { recipients: recipients.length, emailed: unsent.length };
}
