import {
  Alert,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import {
  UploadError,
  can,
  ensureAccessToken,
  uploadDocument,
  useWorkspace,
  type CaseDocumentKind,
  type CaseUploadsQuery,
} from '@claimlane/web-data-access';
import {
  ErrorState,
  LoadingState,
  errorCode,
  errorMessage,
  formatDate,
  humanize,
} from '@claimlane/web-ui';
import {
  attachCaseDocumentMutation,
  caseUploadsQuery,
  ocrJobFailuresQuery,
  ocrJobProgressQuery,
  retryJobFailureMutation,
} from './case-intake-documents';
import { OcrStatus, ocrPhase } from './ocr-status';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.txt,application/pdf,image/*,text/plain';
const MAX_BYTES = 25 * 1024 * 1024;
/** How often a document waiting for OCR asks for its job's progress. */
export const OCR_POLL_MS = 1500;

const KINDS: Array<{ value: CaseDocumentKind; label: string }> = [
  { value: 'chart_notes', label: 'Chart notes' },
  { value: 'imaging_report', label: 'Imaging report' },
  { value: 'pt_notes', label: 'Physical therapy notes' },
  { value: 'medication_history', label: 'Medication history' },
  { value: 'medical_policy', label: 'Medical policy' },
  { value: 'claim_file', label: 'Claim file from the payer' },
  { value: 'eob', label: 'Explanation of benefits' },
  { value: 'denial_letter', label: 'Denial letter' },
  { value: 'call_record', label: 'Call record' },
  { value: 'other', label: 'Other document' },
];

type CaseUpload = CaseUploadsQuery['caseDocuments'][number];

/** Documents tab: upload a PDF or image to the case and follow its OCR until the text is ready. */
export function CaseUploadsPanel({ caseId }: { caseId: string }) {
  const { workspace } = useWorkspace();
  const [r, refetch] = useQuery({ query: caseUploadsQuery, variables: { caseId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const mayUpload = can(workspace, 'documents.upload') && can(workspace, 'evidence.write');
  return (
    <Stack gap="md">
      {mayUpload ? <CaseUploadForm caseId={caseId} onUploaded={reload} /> : null}
      {r.error && !r.data ? (
        <ErrorState error={r.error} onRetry={reload} />
      ) : !r.data ? (
        <LoadingState label="Loading the documents…" />
      ) : r.data.caseDocuments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No documents on this case yet.
        </Text>
      ) : (
        <CaseUploadsTable
          documents={r.data.caseDocuments}
          mayRetry={can(workspace, 'jobs.manage')}
          onSettled={reload}
        />
      )}
    </Stack>
  );
}

export function CaseUploadsTable({
  documents,
  mayRetry,
  onSettled,
}: {
  documents: readonly CaseUpload[];
  mayRetry: boolean;
  onSettled: () => void;
}) {
  return (
    <Table striped aria-label="Documents">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Title</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th>Pages</Table.Th>
          <Table.Th>Dated</Table.Th>
          <Table.Th>Text (OCR)</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {documents.map((doc) => (
          <Table.Tr key={doc.id}>
            <Table.Td>{doc.title}</Table.Td>
            <Table.Td>{humanize(doc.kind)}</Table.Td>
            <Table.Td>{doc.pages ?? '—'}</Table.Td>
            <Table.Td>{formatDate(doc.documentDate)}</Table.Td>
            <Table.Td miw={220}>
              {doc.status === 'ready' ? (
                <OcrStatus title={doc.title} phase={{ kind: 'ready' }} />
              ) : (
                <LiveOcrStatus doc={doc} mayRetry={mayRetry} onSettled={onSettled} />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Polls the document's OCR job (its key is the file's SHA-256) while it waits or runs; when the job
 * ends the case's document list is fetched again, so the row's own status (ready / failed) shows.
 */
function LiveOcrStatus({
  doc,
  mayRetry,
  onSettled,
}: {
  doc: CaseUpload;
  mayRetry: boolean;
  onSettled: () => void;
}) {
  const client = useClient();
  const [job, refetch] = useQuery({
    query: ocrJobProgressQuery,
    variables: { key: doc.sha256 },
    requestPolicy: 'network-only',
  });
  const [retry, retryJob] = useMutation(retryJobFailureMutation);
  const [retryMessage, setRetryMessage] = useState<string | null>(null);
  // NOT_FOUND: the queue no longer (or not yet) holds the job; the document row then says more.
  const jobGone = errorCode(job.error) === 'NOT_FOUND';
  const jobView = jobGone ? null : (job.data?.jobProgress ?? null);
  const phase = ocrPhase(doc.status, jobView);
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

  // The job finished: the row's status is now final on the server; ask for it (once per end state).
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
      .find((f) => f.idempotencyKey === doc.sha256 && !f.resolvedAt);
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
        title={doc.title}
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

/** Upload (POST /documents, with a progress bar) then attach to the case with its kind and title. */
export function CaseUploadForm({ caseId, onUploaded }: { caseId: string; onUploaded: () => void }) {
  const client = useClient();
  const [, attach] = useMutation(attachCaseDocumentMutation);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<CaseDocumentKind>('chart_notes');
  const [title, setTitle] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setInvalid('Choose a PDF or image to upload');
    if (file.size > MAX_BYTES) return setInvalid('The file is larger than 25 MB');
    setInvalid(null);
    setMessage(null);
    setBusy(true);
    try {
      const token = await ensureAccessToken(client);
      setProgress(0);
      const doc = await uploadDocument(file, token, setProgress);
      const r = await attach({
        input: { caseId, documentId: doc.id, kind, title: title.trim() || null },
      });
      if (r.error) {
        setMessage({ color: 'red', text: errorMessage(r.error) });
        return;
      }
      setMessage({
        color: 'teal',
        text: doc.needsOcr
          ? `Uploaded. ${file.name} has no text layer; OCR is reading it (status below).`
          : `Uploaded ${file.name}.`,
      });
      setFile(null);
      setTitle('');
      setProgress(null);
      onUploaded();
    } catch (err) {
      const text =
        err instanceof UploadError || err instanceof Error ? err.message : 'The upload failed';
      setMessage({ color: 'red', text });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-label="Upload a document to this case">
        <Stack gap="sm">
          <Group align="flex-start" grow>
            <FileInput
              label="File"
              description="PDF or image (scans are read by OCR), up to 25 MB"
              accept={ACCEPT}
              value={file}
              onChange={setFile}
              error={invalid}
              clearable
              required
            />
            <NativeSelect
              label="What it is"
              data={KINDS}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as CaseDocumentKind)}
            />
            <TextInput
              label="Title (optional)"
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
          </Group>
          {progress !== null ? (
            <Stack gap={2}>
              <Progress value={Math.round(progress * 100)} aria-label="Upload progress" />
              <Text size="xs" c="dimmed">
                {Math.round(progress * 100)}% uploaded
              </Text>
            </Stack>
          ) : null}
          {message ? (
            <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>
              {message.text}
            </Alert>
          ) : null}
          <Button type="submit" loading={busy} w="fit-content">
            Upload to case
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
