import {
  Alert,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
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
  LiveOcrStatus,
  LoadingState,
  OcrStatus,
  UploadProgress,
  formatDate,
  humanize,
} from '@claimlane/web-ui';
import { caseUploadsQuery } from './case-intake-documents';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.txt,application/pdf,image/*,text/plain';
const MAX_BYTES = 25 * 1024 * 1024;

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
                <LiveOcrStatus
                  title={doc.title}
                  sha256={doc.sha256}
                  status={doc.status}
                  mayRetry={mayRetry}
                  onSettled={onSettled}
                />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Upload (POST /documents, with a progress bar) attached to the case with its kind and title in the
 * same request: OCR, which may finish within seconds, then always sees the scan as this case's
 * evidence (a separate attach call raced it, issue 10).
 */
export function CaseUploadForm({ caseId, onUploaded }: { caseId: string; onUploaded: () => void }) {
  const client = useClient();
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
      const doc = await uploadDocument(file, token, setProgress, {
        caseId,
        kind,
        title: title.trim() || undefined,
      });
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
              clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
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
          {progress !== null ? <UploadProgress fraction={progress} /> : null}
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
