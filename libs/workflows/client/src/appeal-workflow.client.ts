import {
  Client,
  Connection,
  WorkflowIdReusePolicy,
  WorkflowUpdateFailedError,
  WorkflowNotFoundError,
} from '@temporalio/client';
import {
  APPEALS_TASK_QUEUE,
  appealWorkflowId,
  type AppealEvent,
  type AppealStage,
  type AppealTiming,
  type TimelineEntry,
  type TransitionResult,
  type WorkflowDeadline,
} from '@claimlane/shared-contracts';

/** Raised when the workflow refused an event (it does not fit the stage); nothing changed. */
export class TransitionRejectedError extends Error {}

export interface AppealWorkflowClientOptions {
  address: string;
  namespace?: string;
  taskQueue?: string;
  timing: AppealTiming;
}

/**
 * Typed access to appeal workflows: start (idempotent per case), transitions as validated updates,
 * signals for fire-and-forget callers, and the stage / deadlines / timeline queries.
 */
export class AppealWorkflowClient {
  private constructor(
    private readonly client: Client,
    private readonly connection: Connection,
    private readonly taskQueue: string,
    private readonly timing: AppealTiming,
  ) {}

  static async connect(opts: AppealWorkflowClientOptions): Promise<AppealWorkflowClient> {
    const connection = await Connection.connect({
      address: opts.address,
      connectTimeout: '5 seconds',
    });
    const client = new Client({ connection, namespace: opts.namespace ?? 'default' });
    return new AppealWorkflowClient(
      client,
      connection,
      opts.taskQueue ?? APPEALS_TASK_QUEUE,
      opts.timing,
    );
  }

  async start(tenantId: string, caseId: string): Promise<string> {
    const workflowId = appealWorkflowId(tenantId, caseId);
    try {
      await this.client.workflow.start('appealCaseWorkflow', {
        taskQueue: this.taskQueue,
        workflowId,
        args: [{ tenantId, caseId, timing: this.timing }],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        memo: { tenantId, caseId },
      });
    } catch (e) {
      if ((e as { name?: string }).name !== 'WorkflowExecutionAlreadyStartedError') throw e;
    }
    return workflowId;
  }

  async transition(
    tenantId: string,
    caseId: string,
    event: AppealEvent,
  ): Promise<TransitionResult> {
    const handle = this.client.workflow.getHandle(appealWorkflowId(tenantId, caseId));
    try {
      return await handle.executeUpdate<TransitionResult, [AppealEvent]>('transition', {
        args: [event],
      });
    } catch (e) {
      if (e instanceof WorkflowUpdateFailedError) {
        const cause = (e.cause as { message?: string } | undefined)?.message ?? e.message;
        throw new TransitionRejectedError(cause);
      }
      // Validator rejections arrive as update failures too on some server versions.
      const msg = (e as { message?: string }).message ?? '';
      if (/Update.*rejected/i.test(msg)) throw new TransitionRejectedError(msg);
      throw e;
    }
  }

  async signal(tenantId: string, caseId: string, event: AppealEvent): Promise<void> {
    const { type, ...payload } = event;
    await this.client.workflow.getHandle(appealWorkflowId(tenantId, caseId)).signal(type, payload);
  }

  async stage(tenantId: string, caseId: string): Promise<AppealStage> {
    return this.client.workflow
      .getHandle(appealWorkflowId(tenantId, caseId))
      .query<AppealStage>('stage');
  }

  async deadlines(tenantId: string, caseId: string): Promise<WorkflowDeadline[]> {
    return this.client.workflow
      .getHandle(appealWorkflowId(tenantId, caseId))
      .query<WorkflowDeadline[]>('deadlines');
  }

  async timeline(tenantId: string, caseId: string): Promise<TimelineEntry[]> {
    return this.client.workflow
      .getHandle(appealWorkflowId(tenantId, caseId))
      .query<TimelineEntry[]>('timeline');
  }

  async exists(tenantId: string, caseId: string): Promise<boolean> {
    try {
      await this.client.workflow.getHandle(appealWorkflowId(tenantId, caseId)).describe();
      return true;
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return false;
      throw e;
    }
  }

  get raw(): Client {
    return this.client;
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
