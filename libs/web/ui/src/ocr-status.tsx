import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobState } from '@claimlane/web-data-access';

/** What `jobProgress(queue: ocr)` answers for one document (null: the queue does not know it). */
export interface OcrJobView {
  state: JobState;
  attemptsMade: number;
  maxAttempts: number;
  errorCode: string | null | undefined;
  progress: { stage: string; done: number; total: number } | null | undefined;
}

export type OcrPhase =
  | { kind: 'ready' }
  | { kind: 'waiting'; label: string }
  | { kind: 'running'; label: string; fraction: number | null }
  | { kind: 'failed'; reason: string };

/** Why OCR gave up, in words a billing team can act on (the worker's dead-letter codes). */
const OCR_FAILURES: Record<string, string> = {
  OCR_CORRUPT: 'the file is damaged and could not be read',
  OCR_UNSUPPORTED: 'this file type cannot be read by OCR',
  OCR_NO_PAGES: 'the file has no pages',
  OCR_TOO_MANY_PAGES:
    'the file has more pages than OCR reads at once; split it and upload the parts',
  OCR_IMAGE_TOO_LARGE: 'a page image is too large to read',
  OCR_PAGE_TOO_COMPLEX: 'a page took too long to read',
  OCR_ENGINE_MISSING: 'the OCR engine is not installed on the server',
  OCR_DOCUMENT_MISSING: 'the document no longer exists',
  OCR_SOURCE_MISMATCH: 'the stored file does not match the upload',
  ENTITLEMENT_EXCEEDED: "the plan's OCR pages for this period are used up",
};

export function ocrFailureReason(code: string | null | undefined): string {
  if (!code) return 'OCR could not read the file';
  return OCR_FAILURES[code] ?? `OCR stopped (${code})`;
}

const STAGES: Record<string, string> = {
  fetch: 'Fetching the file',
  rasterize: 'Preparing the pages',
  ocr: 'Reading the pages',
  record_check: 'Checking the text',
};

/**
 * The OCR phase of a case document from its row status (`ready`, `needs_ocr`, `failed`) and, while
 * OCR may still run, its job. A retried job runs while the row still says `failed`, so a live job
 * wins over the row; a finished row wins over everything.
 */
export function ocrPhase(status: string, job: OcrJobView | null | undefined): OcrPhase {
  if (status === 'ready') return { kind: 'ready' };
  const live =
    job && (job.state === 'waiting' || job.state === 'active' || job.state === 'delayed');
  if (status === 'failed' && !live)
    return { kind: 'failed', reason: ocrFailureReason(job?.errorCode) };
  if (!job || job.state === 'unknown' || job.state === 'waiting')
    return { kind: 'waiting', label: 'Waiting for OCR' };
  if (job.state === 'dead_lettered' || job.state === 'failed')
    return { kind: 'failed', reason: ocrFailureReason(job.errorCode) };
  if (job.state === 'completed') return { kind: 'running', label: 'Saving the text', fraction: 1 };
  if (job.state === 'delayed')
    return {
      kind: 'running',
      label: `Retrying (attempt ${job.attemptsMade + 1} of ${job.maxAttempts})`,
      fraction: null,
    };
  const p = job.progress;
  const stage = (p && STAGES[p.stage]) ?? 'Reading the pages';
  if (p && p.total > 0)
    return {
      kind: 'running',
      label: `${stage}: page ${Math.min(p.done, p.total)} of ${p.total}`,
      fraction: p.done / p.total,
    };
  return { kind: 'running', label: stage, fraction: null };
}

/** One document's OCR status: a badge, a progress bar while it runs, the reason and a retry when it failed. */
export function OcrStatus({
  title,
  phase,
  onRetry,
  retrying = false,
}: {
  title: string;
  phase: OcrPhase;
  /** Only when the caller may retry dead-lettered jobs and the API knows the failure. */
  onRetry?: () => void;
  retrying?: boolean;
}) {
  if (phase.kind === 'ready') return <Badge color="teal.9">Text ready</Badge>;
  if (phase.kind === 'failed')
    return (
      <Stack gap={4}>
        <Group gap="xs">
          <Badge color="red.9">OCR failed</Badge>
          {onRetry ? (
            <Button size="compact-xs" variant="light" onClick={onRetry} loading={retrying}>
              Retry OCR
            </Button>
          ) : null}
        </Group>
        <Text size="xs" role="alert">
          {`OCR failed for ${title}: ${phase.reason}.`}
        </Text>
      </Stack>
    );
  const pct =
    phase.kind === 'running' && phase.fraction !== null ? Math.round(phase.fraction * 100) : null;
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="xs">{phase.label}</Text>
      {/* The section carries the progressbar role; an unknown fraction has no aria-valuenow (axe
          refuses aria-valuetext on Progress's root, where the plain component puts it). */}
      <Progress.Root>
        <Progress.Section
          value={pct ?? 100}
          animated={pct === null}
          striped={pct === null}
          withAria={false}
          role="progressbar"
          aria-label={`OCR progress for ${title}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct ?? undefined}
          aria-valuetext={pct === null ? phase.label : `${pct}%`}
        />
      </Progress.Root>
    </Stack>
  );
}
