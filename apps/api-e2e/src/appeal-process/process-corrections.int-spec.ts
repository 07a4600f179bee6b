import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, expectOk } from '@claimlane/testing';
import { appealWorkflowId, type WorkflowDeadline } from '@claimlane/shared-contracts';
import { processFixture, type ProcessFixture } from './process-fixture';

interface CaseView {
  id: string;
  denial: { id: string };
  deadlines: Array<{
    id: string;
    kind: string;
    status: string;
    due: string;
    dueAt: string;
    citation: string | null;
  }>;
  timeline: Array<{ kind: string; summary: string }>;
}
const FIELDS = `id denial { id } deadlines { id kind status due dueAt citation } timeline { kind summary }`;
const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Corrections flow (issue 9): a corrected denial moves the case's deadlines and its workflow's timers. */
describe('corrections flow into deadlines and the workflow', () => {
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
  const updateDenial = (input: Record<string, unknown>) =>
    f.api.gql(
      `mutation($i: UpdateDenialInput!) { updateDenial(input: $i) { id regime noticeDate } }`,
      { i: input },
      f.tenant.headers,
    );
  const workflowDeadlines = (caseId: string) =>
    f.api.runtime
      .workflows!.raw.workflow.getHandle(appealWorkflowId(f.tenant.id, caseId))
      .query<WorkflowDeadline[]>('deadlines');

  it('a corrected notice date and regime recompute the filing deadline, keep the old one on the timeline, and move the timer', async () => {
    const c = await f.createCase();
    const before = await get(c.id);
    const filing = before.deadlines.find((d) => d.kind === 'member_appeal_filing')!;
    await expectEventually(async () =>
      expect((await workflowDeadlines(c.id)).find((d) => d.id === filing.id)?.dueAt).toBe(
        new Date(filing.dueAt).toISOString(),
      ),
    );

    const notice = isoDay(Date.now() - 30 * DAY);
    expectOk(await updateDenial({ id: before.denial.id, noticeDate: notice }));
    const moved = await get(c.id);
    const next = moved.deadlines.find((d) => d.kind === 'member_appeal_filing')!;
    expect(next.id).toBe(filing.id);
    expect(next.due < filing.due).toBe(true);
    const history = moved.timeline.find((e) => e.kind === 'deadline_recomputed')!;
    expect(history.summary).toContain(filing.due);
    expect(history.summary).toContain(next.due);
    await expectEventually(async () =>
      expect((await workflowDeadlines(c.id)).find((d) => d.id === filing.id)?.dueAt).toBe(
        new Date(next.dueAt).toISOString(),
      ),
    );

    // ERISA's 180 days become Medicare Advantage's 65 with its own citation.
    expectOk(await updateDenial({ id: before.denial.id, regime: 'medicare_advantage' }));
    const ma = (await get(c.id)).deadlines.find((d) => d.kind === 'member_appeal_filing')!;
    expect(ma.citation).toMatch(/422\.58/);
    expect(ma.citation).not.toBe(filing.citation);
    expect(ma.due < next.due).toBe(true);
    await expectEventually(async () =>
      expect((await workflowDeadlines(c.id)).find((d) => d.id === filing.id)?.dueAt).toBe(
        new Date(ma.dueAt).toISOString(),
      ),
    );
  });

  it('a notice date in the future is refused and changes nothing', async () => {
    const c = await f.createCase();
    const before = await get(c.id);
    const res = await updateDenial({
      id: before.denial.id,
      noticeDate: isoDay(Date.now() + 40 * DAY),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['reason']).toBe('DATE_IN_FUTURE');
    expect((await get(c.id)).deadlines).toEqual(before.deadlines);
  });

  it('deleteAppealCase cancels the workflow and its reminders', async () => {
    const c = await f.createCase();
    const handle = f.api.runtime.workflows!.raw.workflow.getHandle(
      appealWorkflowId(f.tenant.id, c.id),
    );
    await expectEventually(async () => expect(await handle.query('stage')).toBe('intake'));
    expectOk(
      await f.api.gql(
        `mutation($id: ID!) { deleteAppealCase(id: $id) }`,
        { id: c.id },
        f.tenant.headers,
      ),
    );
    await expectEventually(async () =>
      expect((await handle.describe()).status.name).toBe('CANCELLED'),
    );
  });
});
