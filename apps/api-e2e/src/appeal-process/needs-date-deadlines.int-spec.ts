import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicDayInWords, errorCode, expectEventually, expectOk } from '@claimlane/testing';
import { appealWorkflowId, type WorkflowDeadline } from '@claimlane/shared-contracts';
import { processFixture, type ProcessFixture } from './process-fixture';

interface Deadline {
  id: string;
  kind: string;
  status: string;
  needsDate: boolean;
  due: string | null;
  dueAt: string | null;
  dueLabel: string;
  anchorEvent: string | null;
  anchorDate: string | null;
  citation: string | null;
  question: string | null;
  amount: number | null;
}
interface CaseView {
  id: string;
  nextDeadlineAt: string | null;
  denial: {
    id: string;
    recordCheck: {
      documentKind: { value: string };
      pendingDeadlines: Array<{ kind: string; status: string; citation: string; question: string }>;
      questionsForUser: Array<{ decides: string; text: string }>;
    } | null;
  };
  deadlines: Deadline[];
  timeline: Array<{ kind: string; summary: string }>;
}

const FIELDS = `id nextDeadlineAt
  denial { id recordCheck { documentKind { value } pendingDeadlines { kind status citation question }
    questionsForUser { decides text } } }
  deadlines { id kind status needsDate due dueAt dueLabel anchorEvent anchorDate citation question amount }
  timeline { kind summary }`;
const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A plan letter that never prints its own date (fictitious people). */
const DATELESS_LETTER = `Keystone Benefit Administrators
Claims Review Unit

RE: Member ID KBA448120913   Claim number 2026-CL-771203
Patient: Dana Whitfield
Date of service: 03/02/2026

We have denied your claim for an MRI of the lumbar spine (CPT 72148), billed at $1,850.00.
The reviewer determined the service was not medically necessary: your records do not show six weeks
of conservative therapy as our clinical guideline requires.

Your plan is an employer-sponsored group health plan governed by ERISA. You may appeal this
decision within 180 days of receiving this notice. You may ask for copies of all documents relevant
to your claim free of charge. You have the right to bring a civil action under section 502(a) of ERISA
after an adverse decision on appeal.`;

const ERISA_FILING = '29 CFR 2560.503-1(h)(3)(i)';

/**
 * Issue 7: a deadline is never calendared from the analysis day. Without the notice date it is
 * `needs_date` on the case (shown, not timed, never reminded or missed); supplying the date times it
 * with its citation and arms the workflow's timers.
 */
describe('needs_date deadlines end to end', () => {
  let f: ProcessFixture;
  beforeAll(async () => {
    f = await processFixture();
    await f.startWorker();
  });
  afterAll(async () => f?.close());

  const get = async (id: string) =>
    expectOk(
      await f.api.gql<{ appealCase: CaseView }>(
        `query($id: ID!) { appealCase(id: $id) { ${FIELDS} } }`,
        { id },
        f.tenant.headers,
      ),
    ).appealCase;
  const fromLetter = async (facts?: Record<string, unknown>) =>
    expectOk(
      await f.api.gql<{ createCaseFromDenial: { id: string } }>(
        `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`,
        { i: { text: DATELESS_LETTER, ...(facts ? { facts } : {}) } },
        f.tenant.headers,
      ),
    ).createCaseFromDenial;
  const updateDenial = (input: Record<string, unknown>) =>
    f.api.gql(
      `mutation($i: UpdateDenialInput!) { updateDenial(input: $i) { id noticeDate receivedDate } }`,
      { i: input },
      f.tenant.headers,
    );
  const handle = (caseId: string) =>
    f.api.runtime.workflows!.raw.workflow.getHandle(appealWorkflowId(f.tenant.id, caseId));
  const notifications = (caseId: string) =>
    f.sql<{ kind: string }>(`select kind from notifications where case_id = $1`, [caseId]);
  const filing = (c: CaseView) => c.deadlines.find((d) => d.kind === 'member_appeal_filing')!;

  it('a letter without a date opens a case whose filing deadline needs the date, untimed and never reminded', async () => {
    const c = await get((await fromLetter()).id);
    const d = filing(c);
    expect(d).toMatchObject({
      status: 'needs_date',
      needsDate: true,
      due: null,
      dueAt: null,
      anchorDate: null,
      dueLabel: 'Needs the notice date',
      citation: ERISA_FILING,
      amount: 180,
    });
    expect(d.question).toMatch(/receive the notice/);
    // Nothing to sort the worklist by: no date was made up.
    expect(c.nextDeadlineAt).toBeNull();
    expect(c.deadlines.every((x) => x.due === null)).toBe(true);

    // The typed analysis says the same, and asks the one question.
    expect(c.denial.recordCheck!.documentKind.value).toBe('denial');
    expect(c.denial.recordCheck!.pendingDeadlines).toEqual([
      expect.objectContaining({ kind: 'member_appeal_filing', status: 'needs_date' }),
    ]);
    expect(c.denial.recordCheck!.questionsForUser.map((q) => q.decides)).toContain('notice_date');

    // The workflow runs and knows no deadline to time; with second-long reminder offsets and a
    // one-second missed grace, a timed deadline would have been reminded and missed by now.
    await expectEventually(async () => expect(await handle(c.id).query('stage')).toBe('intake'), {
      timeoutMs: 60_000,
    });
    expect(await handle(c.id).query<WorkflowDeadline[]>('deadlines')).toEqual([]);
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await notifications(c.id)).toEqual([]);
    expect(filing(await get(c.id)).status).toBe('needs_date');
  });

  it('supplying the notice date times the deadline with its citation and arms the workflow timer', async () => {
    const c = await get((await fromLetter()).id);
    const untimed = filing(c);
    const notice = isoDay(Date.now() - 10 * DAY);
    expectOk(await updateDenial({ id: c.denial.id, noticeDate: notice }));

    const timed = filing(await get(c.id));
    expect(timed.id).toBe(untimed.id);
    expect(timed).toMatchObject({ status: 'open', needsDate: false, question: null });
    expect(timed.citation).toBe(ERISA_FILING);
    // 180 days, counted from the notice date (the earliest possible receipt: the safe date).
    expect(timed.due).toBe(isoDay(Date.parse(notice) + 180 * DAY));
    expect(timed.anchorDate).toBe(notice);
    expect(timed.dueLabel).not.toMatch(/Needs/);
    const view = await get(c.id);
    expect(view.nextDeadlineAt).toBe(timed.dueAt);
    expect(view.timeline.find((e) => e.kind === 'deadline_timed')?.summary).toContain(ERISA_FILING);

    // The workflow was signalled and times it now: moved seconds ahead, it reminds.
    await expectEventually(
      async () =>
        expect(
          (await handle(c.id).query<WorkflowDeadline[]>('deadlines')).find((d) => d.id === timed.id)
            ?.dueAt,
        ).toBe(new Date(timed.dueAt!).toISOString()),
      { timeoutMs: 60_000 },
    );
    await f.dueIn(c.id, 'member_appeal_filing', 8);
    await f.moved(c.id);
    await expectEventually(
      async () =>
        expect((await notifications(c.id)).map((n) => n.kind)).toContain('deadline_reminder'),
      { timeoutMs: 20_000 },
    );
  });

  it('refuses a notice date in the future or before the service, and a receipt before the notice, leaving the deadline untimed', async () => {
    const c = await get((await fromLetter()).id);
    const future = await updateDenial({
      id: c.denial.id,
      noticeDate: isoDay(Date.now() + 30 * DAY),
    });
    expect(future.status).toBe(200);
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.extensions?.['reason']).toBe('DATE_IN_FUTURE');

    const backdated = await updateDenial({
      id: c.denial.id,
      noticeDate: isoDay(Date.now() - 10 * DAY),
      receivedDate: isoDay(Date.now() - 20 * DAY),
    });
    expect(errorCode(backdated)).toBe('BAD_USER_INPUT');
    expect(backdated.errors?.[0]?.extensions?.['reason']).toBe('DATE_BEFORE_DENIAL');

    // The letter's date of service is 2026-03-02: a notice cannot come before the care it denies.
    const beforeCare = await updateDenial({ id: c.denial.id, noticeDate: '2026-03-01' });
    expect(errorCode(beforeCare)).toBe('BAD_USER_INPUT');
    expect(beforeCare.errors?.[0]?.extensions?.['reason']).toBe('DATE_BEFORE_SERVICE');
    expect(beforeCare.errors?.[0]?.message).toBe(
      'noticeDate (2026-03-01) is before the date of service (2026-03-02)',
    );

    const after = await get(c.id);
    expect(filing(after)).toMatchObject({ status: 'needs_date', due: null });
    expect(after.timeline.some((e) => e.kind.startsWith('deadline_'))).toBe(false);
  });

  it('a letter opened with the notice date supplied is timed at once; a hand-made case without one is not', async () => {
    const notice = isoDay(Date.now() - 3 * DAY);
    const withDate = await get((await fromLetter({ noticeDate: notice })).id);
    expect(withDate.deadlines.some((d) => d.needsDate)).toBe(false);
    expect(filing(withDate)).toMatchObject({ status: 'open', citation: ERISA_FILING });

    const manual = await get((await f.createCase({ noticeDate: null })).id);
    expect(filing(manual)).toMatchObject({ status: 'needs_date', due: null, needsDate: true });
    expect(manual.nextDeadlineAt).toBeNull();
  });

  it('a re-read letter that prints its date (an OCRed scan) times the deadline; a future date does not', async () => {
    const c = await get((await fromLetter()).id);
    const reanalyze = () =>
      f.api.gql<{ reanalyzeDenial: { noticeDate: string | null } }>(
        `mutation($id: ID!) { reanalyzeDenial(id: $id) { noticeDate } }`,
        { id: c.denial.id },
        f.tenant.headers,
      );
    const withDate = (d: string) =>
      f.sql(`update denials set letter_text = $2 where id = $1`, [
        c.denial.id,
        DATELESS_LETTER.replace('Claims Review Unit', `Claims Review Unit\nDate of notice: ${d}`),
      ]);
    // As the OCR intake does: the scan's text replaces the letter, then the engine runs again.
    await withDate(isoDay(Date.now() + 40 * DAY));
    expect(expectOk(await reanalyze()).reanalyzeDenial.noticeDate).toBeNull();
    expect(filing(await get(c.id)).status).toBe('needs_date');

    const notice = isoDay(Date.now() - 20 * DAY);
    await withDate(notice);
    expect(expectOk(await reanalyze()).reanalyzeDenial.noticeDate).toBe(notice);
    expect(filing(await get(c.id))).toMatchObject({
      status: 'open',
      due: isoDay(Date.parse(notice) + 180 * DAY),
      citation: ERISA_FILING,
    });
  });

  it('the public typed Record Check reports the untimed deadline and the question', async () => {
    const res = expectOk(
      await f.api.gql<{
        recordCheckResult: {
          documentKind: { value: string; confidence: number };
          regime: string;
          pendingDeadlines: Array<{ kind: string; status: string; statedDays: number | null }>;
          questionsForUser: Array<{ decides: string }>;
          analysis: { deadlines: unknown[] };
        };
      }>(
        `query($t: String!) { recordCheckResult(text: $t) { documentKind { value confidence } regime
           pendingDeadlines { kind status statedDays } questionsForUser { decides } analysis } }`,
        { t: DATELESS_LETTER },
      ),
    ).recordCheckResult;
    expect(res.documentKind.value).toBe('denial');
    expect(res.regime).toBe('erisa_group_health');
    expect(res.pendingDeadlines).toEqual([
      { kind: 'member_appeal_filing', status: 'needs_date', statedDays: 180 },
    ]);
    expect(res.questionsForUser.map((q) => q.decides)).toContain('notice_date');
    expect(res.analysis.deadlines).toEqual([]);
  });

  it("a letter dated after the clinic's today (a misread year) is not counted from, and the case still moves", async () => {
    const text = `Date of notice: ${clinicDayInWords(20)}\n\n${DATELESS_LETTER}`;
    const opened = expectOk(
      await f.api.gql<{
        createCaseFromDenial: {
          id: string;
          denial: { noticeDate: string | null };
          findings: Array<{ kind: string; explanation: string }>;
        };
      }>(
        `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) {
          id denial { noticeDate } findings { kind explanation } } }`,
        { i: { text } },
        f.tenant.headers,
      ),
    ).createCaseFromDenial;
    expect(opened.denial.noticeDate).toBeNull();
    expect(
      opened.findings.some(
        (x) => x.kind === 'inconsistent_dates' && /after the analysis date/.test(x.explanation),
      ),
    ).toBe(true);
    const c = await get(opened.id);
    expect(filing(c)).toMatchObject({ status: 'needs_date', due: null });
    expect(c.nextDeadlineAt).toBeNull();
    // Submitting today is not refused as "before the denial".
    expectOk(
      await f.api.gql(
        `mutation($i: SubmitAppealInput!) { submitAppeal(input: $i) { stage } }`,
        { i: { caseId: c.id, channel: 'fax' } },
        f.tenant.headers,
      ),
    );
  });
});
