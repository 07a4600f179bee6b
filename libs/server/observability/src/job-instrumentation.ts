import { runInJobSpan } from './job-trace';
import { runWithLogIds } from './log-context';
import { timeJob } from './record-metrics';

/** Wraps one job's processing: log ids, the consumer span (when tracing) and the duration metric. */
export function instrumentJob<R>(
  queue: string,
  jobId: string,
  rawData: unknown,
  fn: () => Promise<R>,
): Promise<R> {
  return runWithLogIds({ jobId, queue }, () =>
    runInJobSpan(queue, jobId, rawData, () => timeJob(queue, fn)),
  );
}
