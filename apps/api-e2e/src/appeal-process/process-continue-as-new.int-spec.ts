import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealWorkflowId } from '@claimlane/shared-contracts';
import { expectEventually, expectOk } from '@claimlane/testing';
import { processFixture, type ProcessFixture } from './process-fixture';

describe('long-running cases continue as new', () => {
  let f: ProcessFixture;
  beforeAll(async () => {
    f = await processFixture({ APPEAL_CONTINUE_AS_NEW_AFTER: '100' });
    await f.startWorker();
  });
  afterAll(async () => f?.close());

  it('starts a fresh run once history grows past the limit, keeping stage, deadlines and reminders state', async () => {
    const c = await f.createCase();
    const handle = f.api.runtime.workflows!.raw.workflow.getHandle(
      appealWorkflowId(f.tenant.id, c.id),
    );
    await expectEventually(async () => expect(await handle.query('stage')).toBe('intake'));
    const firstRun = (await handle.describe()).runId;
    const [d] = await f.sql<{ id: string }>(
      `select id from deadlines where case_id = $1 and kind = 'member_appeal_filing'`,
      [c.id],
    );
    expectOk(
      await f.api.gql(
        `mutation($i: CaseEventInput!) { requestRecords(input: $i) { id } }`,
        { i: { caseId: c.id } },
        f.tenant.headers,
      ),
    );
    // Each extension is an update plus a persisting activity: a few history events each.
    for (let i = 0; i < 30; i++) {
      const due = new Date(Date.UTC(2027, 0, 1 + i)).toISOString();
      // Straight to the workflow: the API allows a member window no extension (issue 9), but the
      // workflow's own handling of the event is what grows the history here.
      await f.api.runtime.workflows!.transition(f.tenant.id, c.id, {
        type: 'deadlineExtended',
        deadlineId: d!.id,
        newDueAt: due,
        reason: `extension ${i}`,
      });
    }
    await expectEventually(async () => expect((await handle.describe()).runId).not.toBe(firstRun), {
      timeoutMs: 15_000,
    });
    expect(await handle.query('stage')).toBe('records_requested');
    const deadlines = await handle.query<Array<{ id: string; dueAt: string }>>('deadlines');
    expect(deadlines.find((x) => x.id === d!.id)?.dueAt).toBe(
      new Date(Date.UTC(2027, 0, 30)).toISOString(),
    );
    // The new run carries on: the next event applies and is written as usual.
    const received = expectOk(
      await f.api.gql<{ markRecordsReceived: { stage: string } }>(
        `mutation($i: CaseEventInput!) { markRecordsReceived(input: $i) { stage } }`,
        { i: { caseId: c.id } },
        f.tenant.headers,
      ),
    );
    expect(received.markRecordsReceived.stage).toBe('evidence');
    const extensions = await f.sql(
      `select 1 from timeline_events where case_id = $1 and kind = 'deadlineExtended'`,
      [c.id],
    );
    expect(extensions).toHaveLength(30);
  });
});
