import { randomUUID } from 'node:crypto';
import {
  Client,
  Connection,
  WorkflowIdReusePolicy,
  WorkflowUpdateFailedError,
  WorkflowNotFoundError,
  type WorkflowClientInterceptor,
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
import { retryWhileTransient } from './transient-engine-error';

/** Raised when the workflow refused an event (it does not fit the stage); nothing changed. */
export class TransitionRejectedError extends Error {}

/** The transition was accepted but could not be saved (its activity failed for good). */
export class TransitionFailedError extends Error {
  constructor(
    message: string,
    readonly failureType: string | null,
  ) {
    super(message);
  }
}

function rootFailure(e: unknown): { message: string; type: string | null } {
  let cur = e as { cause?: unknown; message?: string; type?: string } | undefined;
  let last = { message: cur?.message ?? 'failed', type: cur?.type ?? null };
  while (cur) {
    last = { message: cur.message ?? last.message, type: cur.type ?? last.type };
    cur = cur.cause as typeof cur;
  }
  return last;
}

export interface AppealWorkflowClientOptions {
  address: string;
  namespace?: string;
  taskQueue?: string;
  timing: AppealTiming;
  /** Tracing (trace context into workflow headers) and metrics, from the observability lib. */
  interceptors?: WorkflowClientInterceptor[];
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
    const client = new Client({
      connection,
      namespace: opts.namespace ?? 'default',
      interceptors: { workflow: opts.interceptors ?? [] },
    });
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

  /**
   * Applies an event as a validated update and waits for its activity to have written Postgres, for at
   * most `timeoutMs` (then WorkflowUnavailableError: an update the engine took may still apply later,
   * with its audit row, when the worker comes back). One update id for every try, so a retry after a
   * lost answer joins the update already taken instead of applying the event twice.
   */
  async transition(
    tenantId: string,
    caseId: string,
    event: AppealEvent,
    timeoutMs = 15_000,
  ): Promise<TransitionResult> {
    const handle = this.client.workflow.getHandle(appealWorkflowId(tenantId, caseId));
    const updateId = randomUUID();
    const deadlineAt = Date.now() + timeoutMs;
    try {
      return await this.connection.withDeadline(deadlineAt, () =>
        retryWhileTransient(
          () =>
            handle.executeUpdate<TransitionResult, [AppealEvent]>('transition', {
              args: [event],
              updateId,
            }),
          deadlineAt,
        ),
      );
    } catch (e) {
      if (e instanceof WorkflowUpdateFailedError) {
        const root = rootFailure(e.cause);
        // The workflow's own refusals carry type CONFLICT; anything else is a failed activity.
        if (root.type === 'CONFLICT' || root.type === null)
          throw new TransitionRejectedError(root.message);
        throw new TransitionFailedError(root.message, root.type);
      }
      // Validator rejections arrive as update failures too on some server versions.
      const msg = (e as { message?: string }).message ?? '';
      if (/Update.*rejected/i.test(msg)) throw new TransitionRejectedError(msg);
      throw e;
    }
  }

  /** Starts the workflow if needed, within a deadline (WorkflowUnavailableError past it). */
  async ensureStarted(tenantId: string, caseId: string, timeoutMs = 5_000): Promise<void> {
    const deadlineAt = Date.now() + timeoutMs;
    await this.connection.withDeadline(deadlineAt, () =>
      retryWhileTransient(() => this.start(tenantId, caseId), deadlineAt),
    );
  }

  async signal(tenantId: string, caseId: string, event: AppealEvent): Promise<void> {
    const { type, ...payload } = event;
    await this.client.workflow.getHandle(appealWorkflowId(tenantId, caseId)).signal(type, payload);
  }

  /**
   * The case's deadlines were recomputed in Postgres (a corrected denial, a re-analysis): the workflow
   * reloads them and re-plans its timers. A case whose workflow has not started needs nothing (it
   * loads its deadlines when it starts).
   */
  async deadlinesChanged(tenantId: string, caseId: string, reason: string): Promise<void> {
    try {
      await this.client.workflow
        .getHandle(appealWorkflowId(tenantId, caseId))
        .signal('deadlinesChanged', { reason });
    } catch (e) {
      if (!(e instanceof WorkflowNotFoundError)) throw e;
    }
  }

  /**
   * The case was deleted: its workflow is cancelled so no reminder or payer-late notice follows a
   * case that no longer exists. Already finished or never started is fine.
   */
  async cancel(tenantId: string, caseId: string): Promise<void> {
    try {
      await this.client.workflow.getHandle(appealWorkflowId(tenantId, caseId)).cancel();
    } catch (e) {
      if (!(e instanceof WorkflowNotFoundError)) throw e;
    }
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

  /** Readiness: the frontend answers its health check within `timeoutMs`. */
  async ping(timeoutMs = 2000): Promise<void> {
    await this.connection.withDeadline(Date.now() + timeoutMs, () =>
      this.connection.healthService.check({}),
    );
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
