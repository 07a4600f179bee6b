import { Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { errorCode, errorMessage } from './page-states';
import { ocrJobFailuresQuery, ocrJobProgressQuery, retryJobFailureMutation } from './ocr-documents';
import { OcrStatus, ocrPhase } from './ocr-status';

/** How often a document waiting for OCR asks for its job's progress. */
export const OCR_POLL_MS = 1500;

/**
 * Polls an uploaded document's OCR job (its key is the file's SHA-256) while it waits or runs. When
 * the job ends (or the queue no longer knows it) `onSettled` asks the caller to fetch the document
 * again, so its own status (ready / failed) shows: the row's status wins once it is final.
 */
export function LiveOcrStatus({
  title,
  sha256,
  status,
  mayRetry,
  onSettled,
}: {
  /** What the document is called on this screen (labels the progress bar and the failure). */
  title: string;
  sha256: string;
  /** The document's own status: `needs_ocr`, `failed` or `ready`. */
  status: string;
  /** Whether the user may retry dead-lettered jobs (`jobs.manage`). */
  mayRetry: boolean;
  onSettled: () => void;
}) {
  const client = useClient();
  const [job, refetch] = useQuery({
    query: ocrJobProgressQuery,
    variables: { key: sha256 },
    requestPolicy: 'network-only',
  });
  const [retry, retryJob] = useMutation(retryJobFailureMutation);
  const [retryMessage, setRetryMessage] = useState<string | null>(null);
  // NOT_FOUND: the queue no longer (or not yet) holds the job; the document row then says more.
  const jobGone = errorCode(job.error) === 'NOT_FOUND';
  const jobView = jobGone ? null : (job.data?.jobProgress ?? null);
  const phase = ocrPhase(status, jobView);
  const state = jobView?.state;
  const settled = state === 'completed' || state === 'dead_lettered';
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;

  useEffect(() => {
    if (phase.kind === 'ready' || phase.kind === 'failed') return;
    const t = setInterval(() => {
      refetch({ requestPolicy: 'network-only' });
      if (jobGone) settledRef.current();
    }, OCR_POLL_MS);
    return () => clearInterval(t);
  }, [phase.kind, refetch, jobGone]);

  // The job finished: the document's status is now final on the server; ask for it (once per end state).
  useEffect(() => {
    if (settled) settledRef.current();
  }, [settled, state]);

  async function retryOcr() {
    setRetryMessage(null);
    const failures = await client
      .query(ocrJobFailuresQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    const failure = failures.data?.jobFailures.edges
      .map((e) => e.node)
      .find((f) => f.idempotencyKey === sha256 && !f.resolvedAt);
    if (!failure) {
      setRetryMessage(
        failures.error
          ? errorMessage(failures.error)
          : 'No failed OCR job is on record for this file; upload it again to read it.',
      );
      return;
    }
    const res = await retryJob({ id: failure.id });
    if (res.error) setRetryMessage(errorMessage(res.error));
    else refetch({ requestPolicy: 'network-only' });
  }

  if (job.error && !jobGone)
    return (
      <Text size="xs" c="red.9" role="alert">
        {`OCR status unavailable: ${errorMessage(job.error)}`}
      </Text>
    );
  return (
    <Stack gap={4}>
      <OcrStatus
        title={title}
        phase={phase}
        onRetry={mayRetry ? () => void retryOcr() : undefined}
        retrying={retry.fetching}
      />
      {retryMessage ? (
        <Text size="xs" c="red.9" role="alert">
          {retryMessage}
        </Text>
      ) : null}
    </Stack>
  );
}
