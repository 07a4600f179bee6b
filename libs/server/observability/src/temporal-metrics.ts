import type {
  Next,
  WorkflowClientInterceptor,
  WorkflowStartInput,
  WorkflowStartOutput,
} from '@temporalio/client';
import type {
  ActivityExecuteInput,
  ActivityInboundCallsInterceptor,
  ActivityInterceptorsFactory,
} from '@temporalio/worker';
import { activityDuration, activityFailures, metricsEnabled, workflowStarts } from './metrics';

/** Counts workflow start requests (an already-started workflow is its own outcome: idempotent starts). */
export class WorkflowStartMetricsInterceptor implements WorkflowClientInterceptor {
  async startWithDetails(
    input: WorkflowStartInput,
    next: Next<WorkflowClientInterceptor, 'startWithDetails'>,
  ): Promise<WorkflowStartOutput> {
    if (!metricsEnabled()) return next(input);
    try {
      const out = await next(input);
      workflowStarts.inc({ workflow: input.workflowType, outcome: 'started' });
      return out;
    } catch (e) {
      const name = (e as { name?: string }).name;
      workflowStarts.inc({
        workflow: input.workflowType,
        outcome: name === 'WorkflowExecutionAlreadyStartedError' ? 'already_started' : 'error',
      });
      throw e;
    }
  }
}

/** Times every activity attempt and counts the attempts that threw. */
export const activityMetricsInterceptor: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    async execute(
      input: ActivityExecuteInput,
      next: Next<ActivityInboundCallsInterceptor, 'execute'>,
    ): Promise<unknown> {
      if (!metricsEnabled()) return next(input);
      const activity = ctx.info.activityType;
      const end = activityDuration.startTimer({ activity });
      try {
        const r = await next(input);
        end({ outcome: 'completed' });
        return r;
      } catch (e) {
        end({ outcome: 'failed' });
        activityFailures.inc({ activity, error: (e as { name?: string }).name ?? 'unknown' });
        throw e;
      }
    },
  },
});
