import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealWorkflowId } from '@claimlane/shared-contracts';
import { bundleAppealWorkflows } from '@claimlane/workflows-activities';
import { expectEventually, expectOk, clinicDay } from '@claimlane/testing';
import { processFixture, type ProcessFixture } from './process-fixture';

describe('durability and replay', () => {
  let f: ProcessFixture;
  beforeAll(async () => {
    f = await processFixture({}, { payerClockOverrideMs: 2000 });
  });
  afterAll(async () => f?.close());

  const reminderKeys = async (caseId: string) =>
    (
      await f.sql<{ dedupe_key: string }>(
        `select dedupe_key from notifications where case_id = $1 and kind = 'deadline_reminder'`,
        [caseId],
      )
    ).map((r) => r.dedupe_key);

  it('a worker stopped mid-case is replaced and the pending reminder still fires exactly once', async () => {
    const c = await f.createCase();
    const first = await f.startWorker();
    // The deadline moves once the workflow runs, so a slow worker start cannot eat the reminders.
    const handle = f.api.runtime.workflows!.raw.workflow.getHandle(
      appealWorkflowId(f.tenant.id, c.id),
    );
    await expectEventually(async () => expect(await handle.query('stage')).toBe('intake'), {
      timeoutMs: 60_000,
    });
    await f.dueIn(c.id, 'member_appeal_filing', 10);
    await f.moved(c.id);
    // The 5-second reminder fires on the first worker…
    await expectEventually(async () => expect(await reminderKeys(c.id)).toHaveLength(1), {
      timeoutMs: 15_000,
    });
    await first.stop();
    // …the 3-second one is pending in Temporal while no worker runs; a new worker picks it up.
    await new Promise((r) => setTimeout(r, 1000));
    await f.startWorker();
    await expectEventually(
      async () => {
        const kinds = (
          await f.sql<{ kind: string }>(`select kind from notifications where case_id = $1`, [c.id])
        ).map((r) => r.kind);
        expect(kinds.filter((k) => k === 'deadline_missed')).toHaveLength(1);
      },
      { timeoutMs: 20_000 },
    );
    await new Promise((r) => setTimeout(r, 1500));
    const keys = await reminderKeys(c.id);
    expect(keys.map((k) => k.split(':').pop()).sort()).toEqual(['3000', '5000']);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('replays the histories of finished runs with the current workflow code (determinism check)', async () => {
    const client = f.api.runtime.workflows!;
    const histories: Array<{ workflowId: string; history: unknown }> = [];
    for (const path of ['overturned', 'upheld-late'] as const) {
      const c = await f.createCase();
      const q = (m: string, t: string, i: Record<string, unknown>) =>
        f.api.gql(
          `mutation($i: ${t}!) { ${m}(input: $i) { stage } }`,
          { i: { caseId: c.id, ...i } },
          f.tenant.headers,
        );
      expectOk(await q('requestRecords', 'CaseEventInput', {}));
      expectOk(await q('markRecordsReceived', 'CaseEventInput', {}));
      expectOk(await q('submitAppeal', 'SubmitAppealInput', { channel: 'portal' }));
      if (path === 'upheld-late') {
        await expectEventually(async () =>
          expect(
            (
              await f.sql(
                `select 1 from appeal_cases where id = $1 and payer_late_since is not null`,
                [c.id],
              )
            ).length,
          ).toBe(1),
        );
        expectOk(
          await q('recordDecision', 'RecordDecisionInput', {
            outcome: 'upheld',
            decidedOn: clinicDay(),
          }),
        );
        expectOk(await q('escalateLevel', 'EscalateLevelInput', { levelKind: 'external_review' }));
      } else {
        expectOk(
          await q('recordDecision', 'RecordDecisionInput', {
            outcome: 'overturned',
            decidedOn: clinicDay(),
          }),
        );
      }
      expectOk(await q('closeCase', 'CloseCaseInput', { reason: path }));
      const handle = client.raw.workflow.getHandle(appealWorkflowId(f.tenant.id, c.id));
      await handle.result();
      histories.push({ workflowId: `appeal-${path}`, history: await handle.fetchHistory() });
    }
    const bundle = await bundleAppealWorkflows();
    const results = [];
    for await (const r of Worker.runReplayHistories({ workflowBundle: bundle }, histories as never))
      results.push(r);
    expect(results).toHaveLength(2);
    expect(results.map((r) => r.error)).toEqual([undefined, undefined]);
    // `RECORD_HISTORIES=1 npm test` refreshes the committed histories the replay spec checks.
    if (process.env.RECORD_HISTORIES === '1') {
      const dir = resolve(__dirname, '../../../../libs/workflows/appeals/histories');
      mkdirSync(dir, { recursive: true });
      for (const h of histories)
        writeFileSync(
          join(dir, `${h.workflowId}.json`),
          historyToJSON(h.history as Parameters<typeof historyToJSON>[0]),
        );
    }
  });
});
