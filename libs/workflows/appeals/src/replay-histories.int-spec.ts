import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { bundleAppealWorkflows } from '@claimlane/workflows-activities';

/**
 * Histories recorded from finished runs (apps/api-e2e, `RECORD_HISTORIES=1`) replayed against the
 * current workflow code: a change that would break running workflows (nondeterminism) fails here.
 */
describe('recorded appeal workflow histories', () => {
  const dir = join(__dirname, '../histories');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('has recorded histories to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it('replays every recorded history without nondeterminism', async () => {
    const bundle = await bundleAppealWorkflows();
    const histories = files.map((f) => ({
      workflowId: f.replace(/\.json$/, ''),
      history: historyFromJSON(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
    }));
    const results = [];
    for await (const r of Worker.runReplayHistories({ workflowBundle: bundle }, histories))
      results.push(r);
    expect(results.map((r) => [r.workflowId, r.error?.message])).toEqual(
      histories.map((h) => [h.workflowId, undefined]),
    );
  });
});
