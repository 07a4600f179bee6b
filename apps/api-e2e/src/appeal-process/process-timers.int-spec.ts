import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, expectOk, clinicDay } from '@claimlane/testing';
import { appealWorkflowId } from '@claimlane/shared-contracts';
import { processFixture, type ProcessFixture } from './process-fixture';

interface NotificationRow {
  kind: string;
  dedupe_key: string;
  emailed_at: Date | null;
}

/**
 * Timers on the real dev server (no time skipping): deadlines are moved seconds ahead and the
 * workflow's offsets are seconds (reminders 5s and 3s before, protective lead 4s, follow-up 3s).
 */
describe('appeal timers: reminders, protective appeal, records follow-up, payer late, extension', () => {
  let f: ProcessFixture;
  beforeAll(async () => {
    f = await processFixture({}, { payerClockOverrideMs: 3000 });
  });
  afterAll(async () => f?.close());

  const notifications = (caseId: string) =>
    f.sql<NotificationRow>(
      `select kind, dedupe_key, emailed_at from notifications where case_id = $1 order by created_at`,
      [caseId],
    );
  const mailsAbout = (needle: string) =>
    f.smtp.messages.filter((m) => m.subject.includes(needle) || m.text.includes(needle));

  it('sends each reminder exactly once (in-app and e-mail), then marks the missed deadline once', async () => {
    const c = await f.createCase();
    await f.startWorker();
    // Moved once the workflow runs, so a slow worker start cannot eat the reminder window.
    const handle = f.api.runtime.workflows!.raw.workflow.getHandle(
      appealWorkflowId(f.tenant.id, c.id),
    );
    await expectEventually(async () => expect(await handle.query('stage')).toBe('intake'), {
      timeoutMs: 60_000,
    });
    await f.dueIn(c.id, 'member_appeal_filing', 12);
    await f.moved(c.id);
    await expectEventually(
      async () => {
        const kinds = (await notifications(c.id)).map((n) => n.kind);
        expect(kinds.filter((k) => k === 'deadline_missed')).toHaveLength(1);
      },
      { timeoutMs: 20_000 },
    );
    // Let any duplicate have a chance to appear.
    await new Promise((r) => setTimeout(r, 1500));
    const rows = await notifications(c.id);
    const reminders = rows
      .filter((n) => n.kind === 'deadline_reminder')
      .map((n) => n.dedupe_key.split(':').pop());
    expect(reminders.sort()).toEqual(['3000', '5000']);
    expect(rows.every((n) => n.emailed_at !== null)).toBe(true);
    const owner = f.tenant.owner.email;
    expect(
      f.smtp.messages.filter((m) => m.to.includes(owner) && m.subject.includes('due in')),
    ).toHaveLength(2);
    const [d] = await f.sql<{ status: string }>(
      `select status from deadlines where case_id = $1 and kind = 'member_appeal_filing'`,
      [c.id],
    );
    expect(d?.status).toBe('missed');
  });

  it('suggests a protective appeal when the filing deadline is near and the criteria have not arrived', async () => {
    const c = await f.createCase();
    await f.dueIn(c.id, 'member_appeal_filing', 30);
    // Criteria arrived for this one: no suggestion expected.
    const withCriteria = await f.createCase();
    await f.dueIn(withCriteria.id, 'member_appeal_filing', 30);
    expectOk(
      await f.api.gql(
        `mutation($i: CaseEventInput!) { markCriteriaReceived(input: $i) { id } }`,
        { i: { caseId: withCriteria.id } },
        f.tenant.headers,
      ),
    );
    // Now pull both deadlines within the 4-second lead.
    await f.dueIn(c.id, 'member_appeal_filing', 6);
    await f.dueIn(withCriteria.id, 'member_appeal_filing', 6);
    // Deadlines moved in Postgres reach the workflow through the deadlinesChanged signal.
    await f.moved(c.id);
    await f.moved(withCriteria.id);
    await expectEventually(async () =>
      expect(
        (await notifications(c.id)).filter((n) => n.kind === 'protective_appeal_suggested'),
      ).toHaveLength(1),
    );
    // The timeline row is written by the next activity, just after the notification.
    await expectEventually(async () => {
      const timeline = await f.sql<{ kind: string }>(
        `select kind from timeline_events where case_id = $1`,
        [c.id],
      );
      expect(timeline.map((t) => t.kind)).toContain('protective_appeal_suggested');
    });
    await new Promise((r) => setTimeout(r, 3000));
    expect(
      (await notifications(withCriteria.id)).filter(
        (n) => n.kind === 'protective_appeal_suggested',
      ),
    ).toHaveLength(0);
    expect(mailsAbout('protective appeal').length).toBeGreaterThanOrEqual(1);
  });

  it('follows up a records request that went unanswered, once', async () => {
    const c = await f.createCase();
    expectOk(
      await f.api.gql(
        `mutation($i: CaseEventInput!) { requestRecords(input: $i) { stage } }`,
        { i: { caseId: c.id } },
        f.tenant.headers,
      ),
    );
    await expectEventually(
      async () =>
        expect(
          (await notifications(c.id)).filter((n) => n.kind === 'records_follow_up'),
        ).toHaveLength(1),
      { timeoutMs: 15_000 },
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect((await notifications(c.id)).filter((n) => n.kind === 'records_follow_up')).toHaveLength(
      1,
    );
  });

  it('extends only a payer clock, only by what its rule allows, once; payerLateSince follows it', async () => {
    const extend = (caseId: string, deadlineId: string, newDueAt: Date) =>
      f.api.gql<{
        extendDeadline: {
          payerLateSince: string | null;
          deadlines: Array<{ id: string; status: string; dueAt: string }>;
        };
      }>(
        `mutation($i: ExtendDeadlineInput!) { extendDeadline(input: $i) { payerLateSince deadlines { id status dueAt } } }`,
        {
          i: {
            caseId,
            deadlineId,
            newDueAt: newDueAt.toISOString(),
            reason: 'plan needs more information; notice sent',
          },
        },
        f.tenant.headers,
      );
    const reasonOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
      res.errors?.[0]?.extensions?.['reason'];
    const c = await f.createCase({ regime: 'medicaid_managed_care' });
    const [filing] = await f.sql<{ id: string }>(
      `select id from deadlines where case_id = $1 and kind = 'member_appeal_filing'`,
      [c.id],
    );
    // The member's window is never extended by the user.
    expect(reasonOf(await extend(c.id, filing!.id, new Date(Date.now() + 400 * 86_400_000)))).toBe(
      'NOT_EXTENDABLE',
    );
    expectOk(
      await f.api.gql(
        `mutation($i: SubmitAppealInput!) { submitAppeal(input: $i) { id } }`,
        { i: { caseId: c.id, channel: 'portal' } },
        f.tenant.headers,
      ),
    );
    await expectEventually(async () =>
      expect(
        (
          await f.sql(`select 1 from appeal_cases where id = $1 and payer_late_since is not null`, [
            c.id,
          ])
        ).length,
      ).toBe(1),
    );
    const [payer] = await f.sql<{ id: string; due_at: Date }>(
      `select id, due_at from deadlines where case_id = $1 and kind = 'payer_appeal_decision'`,
      [c.id],
    );
    const base = new Date(payer!.due_at).getTime();
    // 42 CFR 438.408(c)(1): at most 14 days.
    const tooLong = await extend(c.id, payer!.id, new Date(base + 15 * 86_400_000));
    expect(reasonOf(tooLong)).toBe('EXTENSION_TOO_LONG');
    expect(tooLong.errors?.[0]?.extensions?.['citation']).toBe('42 CFR 438.408(c)(1)');
    const ok = expectOk(
      await extend(c.id, payer!.id, new Date(base + 14 * 86_400_000)),
    ).extendDeadline;
    expect(ok.payerLateSince).toBeNull();
    expect(ok.deadlines.find((d) => d.id === payer!.id)?.status).toBe('open');
    const [row] = await f.sql<{ base_due_at: Date; assumptions: string[] }>(
      `select base_due_at, assumptions from deadlines where id = $1`,
      [payer!.id],
    );
    expect(new Date(row!.base_due_at).getTime()).toBe(base);
    expect(row!.assumptions.join(' ')).toContain('438.408(c)(1)');
    const again = await extend(c.id, payer!.id, new Date(base + 14 * 86_400_000 + 1000));
    expect(reasonOf(again)).toBe('ALREADY_EXTENDED');

    // An ERISA appeal decision has no extension at all (29 CFR 2560.503-1(i)(2)).
    const e = await f.createCase();
    expectOk(
      await f.api.gql(
        `mutation($i: SubmitAppealInput!) { submitAppeal(input: $i) { id } }`,
        { i: { caseId: e.id, channel: 'portal' } },
        f.tenant.headers,
      ),
    );
    const [ep] = await f.sql<{ id: string }>(
      `select id from deadlines where case_id = $1 and kind = 'payer_appeal_decision'`,
      [e.id],
    );
    expect(reasonOf(await extend(e.id, ep!.id, new Date(Date.now() + 86_400_000)))).toBe(
      'NO_EXTENSION_ALLOWED',
    );
  });

  it('opens the payer-is-late path when the payer clock passes: worklist, deemed-exhaustion guidance, notification', async () => {
    const c = await f.createCase();
    expectOk(
      await f.api.gql(
        `mutation($i: SubmitAppealInput!) { submitAppeal(input: $i) { stage } }`,
        { i: { caseId: c.id, channel: 'fax' } },
        f.tenant.headers,
      ),
    );
    const late = await expectEventually(
      async () => {
        const res = expectOk(
          await f.api.gql<{ payerLate: Array<{ id: string; payerLateSince: string }> }>(
            `query { payerLate { id payerLateSince } }`,
            {},
            f.tenant.headers,
          ),
        );
        const found = res.payerLate.find((x) => x.id === c.id);
        expect(found?.payerLateSince).toBeTruthy();
        return found;
      },
      { timeoutMs: 20_000 },
    );
    expect(late).toBeTruthy();
    // The worklist flag is written first, the notification right after it.
    const n = await expectEventually(async () => {
      const row = (
        await f.sql<{ kind: string; body: string }>(
          `select kind, body from notifications where case_id = $1 and kind = 'payer_late'`,
          [c.id],
        )
      )[0];
      expect(row).toBeTruthy();
      return row;
    });
    expect(n?.body).toContain('2560.503-1(l)');
    expect(n?.body).toMatch(/external review/i);
    const tl = await f.sql<{ kind: string; data: { guidance: string } }>(
      `select kind, data from timeline_events where case_id = $1 and kind = 'payer_late'`,
      [c.id],
    );
    expect(tl[0]?.data.guidance).toMatch(/deemed/);
    // A decision takes the case off the late list.
    expectOk(
      await f.api.gql(
        `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { stage } }`,
        {
          i: { caseId: c.id, outcome: 'upheld', decidedOn: clinicDay() },
        },
        f.tenant.headers,
      ),
    );
    const after = expectOk(
      await f.api.gql<{ payerLate: Array<{ id: string }> }>(
        `query { payerLate { id } }`,
        {},
        f.tenant.headers,
      ),
    );
    expect(after.payerLate.map((x) => x.id)).not.toContain(c.id);
  });

  it('a deadline moved by a correction re-arms its reminders and shows in upcomingDeadlines', async () => {
    const c = await f.createCase();
    await f.dueIn(c.id, 'member_appeal_filing', 600);
    const [d] = await f.sql<{ id: string }>(
      `select id from deadlines where case_id = $1 and kind = 'member_appeal_filing'`,
      [c.id],
    );
    await f.dueIn(c.id, 'member_appeal_filing', 6);
    await f.moved(c.id);
    const upcoming = expectOk(
      await f.api.gql<{
        upcomingDeadlines: Array<{ deadline: { id: string }; appealCase: { id: string } }>;
      }>(
        `query { upcomingDeadlines(withinDays: 1) { deadline { id } appealCase { id } } }`,
        {},
        f.tenant.headers,
      ),
    );
    expect(
      upcoming.upcomingDeadlines.some((u) => u.deadline.id === d!.id && u.appealCase.id === c.id),
    ).toBe(true);
    await expectEventually(
      async () =>
        expect(
          (await notifications(c.id)).filter((n) => n.kind === 'deadline_reminder'),
        ).toHaveLength(2),
      { timeoutMs: 15_000 },
    );
    const list = expectOk(
      await f.api.gql<{
        notifications: Array<{ id: string; kind: string; readAt: string | null }>;
      }>(`query { notifications(unreadOnly: true) { id kind readAt } }`, {}, f.tenant.headers),
    );
    const one = list.notifications[0]!;
    expectOk(
      await f.api.gql(
        `mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`,
        { id: one.id },
        f.tenant.headers,
      ),
    );
    const unread = expectOk(
      await f.api.gql<{ notifications: Array<{ id: string }> }>(
        `query { notifications(unreadOnly: true) { id } }`,
        {},
        f.tenant.headers,
      ),
    );
    expect(unread.notifications.map((n) => n.id)).not.toContain(one.id);
  });
});
