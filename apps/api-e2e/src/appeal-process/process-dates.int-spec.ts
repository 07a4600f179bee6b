import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  bearer,
  clinicDay,
  createTestTenant,
  errorCode,
  expectEventually,
  expectOk,
  type GqlResponse,
} from '@claimlane/testing';
import { processFixture, type ProcessFixture } from './process-fixture';

interface Deadline {
  id: string;
  kind: string;
  status: string;
  due: string;
  dueAt: string;
}
interface TimelineRow {
  kind: string;
  summary: string;
  note: string | null;
  proof: string | null;
  occurredAt: string;
  recordedAt: string;
}
interface CaseView {
  id: string;
  stage: string;
  deadlines: Deadline[];
  timeline: TimelineRow[];
}

const FIELDS = `id stage deadlines { id kind status due dueAt }
  timeline { kind summary note proof occurredAt recordedAt }`;
const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Dates and clocks (issue 9): the submission time the user gives is the truth, impossible dates are
 * refused, hour clocks count from the instant, and date deadlines are days in the clinic's zone.
 * The worker starts after the cases whose deadlines are moved, so their workflows load the moved
 * deadlines; the filing deadline is declared missed 15 s after it passes (APPEAL_MISSED_GRACE).
 */
describe('appeal dates and clocks', () => {
  let f: ProcessFixture;
  let withinGrace: { id: string };
  let afterMissed: { id: string };
  let mailed: { id: string };
  let t0: number;
  let tMissed: number;

  beforeAll(async () => {
    f = await processFixture({ APPEAL_MISSED_GRACE: '15s' });
    withinGrace = await f.createCase();
    afterMissed = await f.createCase();
    tMissed = Date.now();
    await f.dueIn(afterMissed.id, 'member_appeal_filing', 1);
    mailed = await f.createCase({ title: 'Lumbar MRI denial', claimNumber: 'CLM-7781' });
    // A date deadline (due_text is a day) whose 5-second reminder fires at once.
    await f.sql(
      `update deadlines set due_at = now() + interval '4 seconds', due_text = '2026-09-14'
        where case_id = $1 and kind = 'member_appeal_filing'`,
      [mailed.id],
    );
    t0 = Date.now();
    await f.dueIn(withinGrace.id, 'member_appeal_filing', 2);
    await f.startWorker();
  });
  afterAll(async () => f?.close());

  const mutate = (
    name: string,
    type: string,
    input: Record<string, unknown>,
    headers: Record<string, string> = f.tenant.headers,
  ) =>
    f.api.gql<Record<string, CaseView>>(
      `mutation($i: ${type}!) { ${name}(input: $i) { ${FIELDS} } }`,
      { i: input },
      headers,
    );
  const get = async (id: string) =>
    expectOk(
      await f.api.gql<{ appealCase: CaseView }>(
        `query($id: ID!) { appealCase(id: $id) { ${FIELDS} } }`,
        { id },
        f.tenant.headers,
      ),
    ).appealCase;
  const filing = (c: CaseView) => c.deadlines.find((d) => d.kind === 'member_appeal_filing')!;
  const reason = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.['reason'];

  it('a submission dated before the deadline, recorded after it passed, meets it: no "missed" mail', async () => {
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + 2500 - Date.now())));
    const res = await mutate('submitAppeal', 'SubmitAppealInput', {
      caseId: withinGrace.id,
      channel: 'fax',
      at: new Date(t0).toISOString(),
      proof: 'Fax confirmation 88213',
      note: 'Sent from the front desk fax',
    });
    const c = expectOk(res).submitAppeal!;
    expect(filing(c).status).toBe('met');
    const submitted = c.timeline.find((e) => e.kind === 'appealSubmitted')!;
    expect(submitted.proof).toBe('Fax confirmation 88213');
    expect(submitted.note).toBe('Sent from the front desk fax');
    // occurredAt is the time the user gave; recordedAt the server's.
    expect(Math.abs(new Date(submitted.occurredAt).getTime() - t0)).toBeLessThan(1000);
    expect(new Date(submitted.recordedAt).getTime()).toBeGreaterThan(t0 + 2000);
    // Past the grace: nothing declared missed, nothing mailed about it.
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + 19_000 - Date.now())));
    const rows = await f.sql<{ kind: string }>(
      `select kind from notifications where case_id = $1 and kind = 'deadline_missed'`,
      [withinGrace.id],
    );
    expect(rows).toEqual([]);
    expect(filing(await get(withinGrace.id)).status).toBe('met');
  });

  it('a deadline already declared missed turns met when the submission is dated before it', async () => {
    await expectEventually(
      async () => expect(filing(await get(afterMissed.id)).status).toBe('missed'),
      { timeoutMs: 30_000 },
    );
    const c = expectOk(
      await mutate('submitAppeal', 'SubmitAppealInput', {
        caseId: afterMissed.id,
        channel: 'portal',
        at: new Date(tMissed).toISOString(),
      }),
    ).submitAppeal!;
    expect(filing(c).status).toBe('met');
    expect(
      c.timeline.some((e) => e.kind === 'deadline_met' && /before the deadline/.test(e.summary)),
    ).toBe(true);
  });

  it('refuses dates in the future and before the denial, with a reason, and changes nothing', async () => {
    const notice = isoDay(Date.now() - 10 * DAY);
    const c = await f.createCase({ noticeDate: notice });
    const future = await mutate('submitAppeal', 'SubmitAppealInput', {
      caseId: c.id,
      channel: 'mail',
      at: new Date(Date.now() + 365 * DAY).toISOString(),
    });
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    expect(reason(future)).toBe('DATE_IN_FUTURE');
    // A few minutes of clock skew are fine; ten are not.
    const skewed = await mutate('markRecordsReceived', 'CaseEventInput', {
      caseId: c.id,
      at: new Date(Date.now() + 10 * 60_000).toISOString(),
    });
    expect(reason(skewed)).toBe('DATE_IN_FUTURE');
    const before = await mutate('requestRecords', 'CaseEventInput', {
      caseId: c.id,
      at: new Date(Date.now() - 20 * DAY).toISOString(),
    });
    expect(errorCode(before)).toBe('BAD_USER_INPUT');
    expect(reason(before)).toBe('DATE_BEFORE_DENIAL');
    const view = await get(c.id);
    expect(view.stage).toBe('intake');
    expect(filing(view).status).toBe('open');

    expectOk(
      await mutate('submitAppeal', 'SubmitAppealInput', {
        caseId: c.id,
        channel: 'mail',
        at: new Date(Date.now() - DAY).toISOString(),
      }),
    );
    const decided = await mutate('recordDecision', 'RecordDecisionInput', {
      caseId: c.id,
      outcome: 'upheld',
      decidedOn: isoDay(Date.now() + 30 * DAY),
    });
    expect(reason(decided)).toBe('DATE_IN_FUTURE');
  });

  it('a Record Check with a received date in the future or before the notice is refused', async () => {
    const create = (facts: Record<string, unknown>) =>
      f.api.gql(
        `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`,
        {
          i: {
            text: 'We have denied your claim for the MRI because it is not medically necessary. You may appeal within 180 days.',
            facts,
          },
        },
        f.tenant.headers,
      );
    const future = await create({ receivedDate: isoDay(Date.now() + 200 * DAY) });
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    expect(reason(future)).toBe('DATE_IN_FUTURE');
    const early = await create({
      noticeDate: isoDay(Date.now() - 5 * DAY),
      receivedDate: isoDay(Date.now() - 9 * DAY),
    });
    expect(reason(early)).toBe('DATE_BEFORE_DENIAL');
  });

  it('an hour clock (72-hour urgent appeal) counts from the instant of submission, not midnight', async () => {
    const c = await f.createCase({ serviceType: 'urgent' });
    const at = new Date(Math.floor((Date.now() - 60_000) / 1000) * 1000);
    const view = expectOk(
      await mutate('submitAppeal', 'SubmitAppealInput', {
        caseId: c.id,
        channel: 'phone',
        at: at.toISOString(),
      }),
    ).submitAppeal!;
    const payer = view.deadlines.find((d) => d.kind === 'payer_appeal_decision')!;
    expect(new Date(payer.dueAt).getTime()).toBe(at.getTime() + 72 * 3_600_000);
  });

  it('e-mails name the case, payer, claim and clinic, show a date deadline as a date, and link to the case', async () => {
    await expectEventually(
      () => {
        const mail = f.smtp.messages.find((m) => m.text.includes(`/cases/${mailed.id}`));
        expect(mail).toBeDefined();
        return mail;
      },
      { timeoutMs: 15_000 },
    );
    const mail = f.smtp.messages.find((m) => m.text.includes(`/cases/${mailed.id}`))!;
    expect(mail.subject).toContain('Lumbar MRI denial');
    expect(mail.text).toContain('Monday, September 14, 2026');
    expect(mail.text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(mail.text).toContain('Payer: Keystone Benefit Administrators');
    expect(mail.text).toContain('Claim: CLM-7781');
    expect(mail.text).toMatch(/Clinic: Clinic/);
    const [row] = await f.sql<{ body: string }>(
      `select body from notifications where case_id = $1 order by created_at limit 1`,
      [mailed.id],
    );
    expect(row!.body).toContain('Monday, September 14, 2026');
  });

  it('a tenant time zone (OWNER/ADMIN) ends date deadlines at 23:59:59 there', async () => {
    const t = expectOk(
      await f.api.gql<{ tenant: { timeZone: string; seatsUsed: number; seatsPending: number } }>(
        `query { tenant { timeZone seatsUsed seatsPending seatLimit } }`,
        {},
        f.tenant.headers,
      ),
    ).tenant;
    expect(t.timeZone).toBe('America/New_York');
    const biller = await addMember(f.api, f.tenant, 'BILLER');
    const refused = await f.api.gql(
      `mutation { updateTenantSettings(input: { state: "CA" }) { timeZone } }`,
      {},
      bearer(biller, f.tenant.id),
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const bad = await f.api.gql(
      `mutation { updateTenantSettings(input: { timeZone: "Mars/Olympus" }) { timeZone } }`,
      {},
      f.tenant.headers,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');

    const c = await f.createCase({ noticeDate: '2026-11-20' });
    expectOk(
      await f.api.gql(
        `mutation { updateTenantSettings(input: { state: "CA" }) { timeZone } }`,
        {},
        f.tenant.headers,
      ),
    );
    const d = filing(await get(c.id));
    expect(d.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The case's workflow re-arms its timers on the new end of day (signalled after commit).
    const [stored] = await f.sql<{ due_at: Date }>(
      `select due_at from deadlines where case_id = $1 and kind = 'member_appeal_filing'`,
      [c.id],
    );
    await expectEventually(
      async () => {
        const wf = await f.api.runtime.workflows!.deadlines(f.tenant.id, c.id);
        const filingClock = wf.find((x) => x.kind === 'member_appeal_filing');
        expect(new Date(filingClock!.dueAt).getTime()).toBe(new Date(stored!.due_at).getTime());
      },
      { timeoutMs: 20_000 },
    );
    // Screens get the date as a date, not the UTC instant.
    const labels = expectOk(
      await f.api.gql<{ appealCase: { deadlines: Array<{ kind: string; dueLabel: string }> } }>(
        `query($id: ID!) { appealCase(id: $id) { deadlines { kind dueLabel } } }`,
        { id: c.id },
        f.tenant.headers,
      ),
    ).appealCase.deadlines;
    const label = labels.find((x) => x.kind === 'member_appeal_filing')!.dueLabel;
    const [yy, mm, dd] = d.due.split('-').map(Number) as [number, number, number];
    expect(label).toBe(
      new Intl.DateTimeFormat('en-US', {
        timeZone: 'UTC',
        weekday: 'long',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      }).format(new Date(Date.UTC(yy, mm - 1, dd, 12))),
    );
    // 23:59:59 Pacific on the due day, in the offset in force that day.
    const utc = new Date(d.dueAt);
    const local = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Los_Angeles',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).format(utc);
    expect(local).toBe(`${d.due}, 23:59:59`);
  });

  it("a case is dated where its clinic is: UTC's day is neither required nor enough", async () => {
    // 14 hours ahead of UTC and 11 behind: for most of any UTC day one of them is on another date.
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const t = await createTestTenant(f.api);
      expectOk(
        await f.api.gql(
          `mutation { updateTenantSettings(input: { timeZone: "${zone}" }) { timeZone } }`,
          {},
          t.headers,
        ),
      );
      const open = (noticeDate: string) =>
        f.api.gql<{ createAppealCase: { id: string } }>(
          `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
          {
            i: {
              payerName: 'Keystone Benefit Administrators',
              regime: 'erisa_group_health',
              serviceType: 'post_service',
              noticeDate,
            },
          },
          t.headers,
        );
      const tomorrow = await open(clinicDay(1, zone));
      expect(errorCode(tomorrow), zone).toBe('BAD_USER_INPUT');
      expect(reason(tomorrow), zone).toBe('DATE_IN_FUTURE');
      const c = expectOk(await open(clinicDay(0, zone))).createAppealCase;
      // Submitting now is on the notice's day there, whatever UTC's date is.
      const sent = expectOk(
        await mutate(
          'submitAppeal',
          'SubmitAppealInput',
          { caseId: c.id, channel: 'fax' },
          t.headers,
        ),
      ).submitAppeal!;
      expect(sent.stage, zone).toBe('awaiting_decision');
    }
  });
});
