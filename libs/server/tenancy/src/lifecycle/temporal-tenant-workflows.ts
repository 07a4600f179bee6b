import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { appealWorkflowId } from '@claimlane/shared-contracts';
import type { TenantWorkflowTerminator } from './tenant-purge';

/**
 * Terminates a purged tenant's appeal workflows: one per case row (`appeal-<tenantId>-<caseId>`),
 * plus any still running under the tenant's id prefix that visibility lists (a case row already gone).
 * Terminate, not cancel: nothing of the tenant may run again, not even cleanup code.
 */
export class TemporalTenantWorkflows implements TenantWorkflowTerminator {
  constructor(private readonly client: Client) {}

  async terminateTenantWorkflows(tenantId: string, caseIds: string[]): Promise<number> {
    const ids = new Set(caseIds.map((c) => appealWorkflowId(tenantId, c)));
    try {
      const running = this.client.workflow.list({
        query: `WorkflowId STARTS_WITH "appeal-${tenantId}-" AND ExecutionStatus = "Running"`,
      });
      for await (const wf of running) ids.add(wf.workflowId);
    } catch {
      // Visibility stores without STARTS_WITH: the case rows above still name every workflow.
    }
    let terminated = 0;
    for (const id of ids) {
      try {
        await this.client.workflow.getHandle(id).terminate('tenant purged');
        terminated++;
      } catch (e) {
        // Never started, or already finished: nothing left to stop.
        if (!(e instanceof WorkflowNotFoundError)) throw e;
      }
    }
    return terminated;
  }
}
