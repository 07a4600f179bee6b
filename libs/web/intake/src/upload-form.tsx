import { Alert, Button, FileInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useClient, useMutation } from 'urql';
import {
  UploadError,
  ensureAccessToken,
  uploadDocument,
  type UploadedDocument,
} from '@claimlane/web-data-access';
import { UploadProgress, errorMessage } from '@claimlane/web-ui';
import { createCaseFromDenialMutation, importRemittanceMutation } from './intake-documents';
import { ScanFollow } from './scan-follow';
import { RemittanceSummaryView, type RemittanceSummary } from './remittance-summary';

const ACCEPT = '.pdf,.txt,.835,.edi,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,text/plain,image/*';

/**
 * Upload a letter (PDF, text, image) or an 835: the bytes go to `POST /documents` with a progress bar;
 * a letter then opens a case, an 835 is imported. A scan without a text layer is read by OCR, whose
 * progress shows below the form until the case it opened can be linked.
 */
export function UploadForm() {
  const client = useClient();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [summary, setSummary] = useState<RemittanceSummary | null>(null);
  const [scan, setScan] = useState<{ doc: UploadedDocument; name: string } | null>(null);
  const [, createCase] = useMutation(createCaseFromDenialMutation);
  const [, importRemittance] = useMutation(importRemittanceMutation);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setInvalid('Choose a file');
    setInvalid(null);
    setMessage(null);
    setSummary(null);
    setScan(null);
    setBusy(true);
    try {
      const token = await ensureAccessToken(client);
      setProgress(0);
      const doc = await uploadDocument(file, token, setProgress);
      if (doc.needsOcr) {
        setMessage({
          color: 'yellow',
          text: 'Uploaded. This file has no text layer and waits for OCR; the case opens when the text is read.',
        });
        setScan({ doc, name: file.name });
      } else if (doc.kind === 'remittance_835') {
        const r = await importRemittance({ file: { documentId: doc.id } });
        if (r.data) setSummary(r.data.importRemittance);
        else setMessage({ color: 'red', text: errorMessage(r.error ?? null) });
      } else {
        const r = await createCase({ input: { documentId: doc.id } });
        const c = r.data?.createCaseFromDenial;
        if (c) navigate(`/cases/${c.id}`);
        else setMessage({ color: 'red', text: errorMessage(r.error ?? null) });
      }
    } catch (err) {
      const text =
        err instanceof UploadError || err instanceof Error ? err.message : 'The upload failed';
      setMessage({ color: 'red', text });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Upload a document">
      <Stack gap="sm">
        <FileInput
          label="Denial letter or 835 file"
          description="PDF, text, image, or an 835 remittance (.835/.edi), up to 25 MB"
          accept={ACCEPT}
          value={file}
          onChange={setFile}
          error={invalid}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
          required
        />
        {progress !== null ? <UploadProgress fraction={progress} /> : null}
        {message ? (
          <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        ) : null}
        {summary ? <RemittanceSummaryView summary={summary} /> : null}
        {scan ? <ScanFollow key={scan.doc.id} document={scan.doc} name={scan.name} /> : null}
        <Button type="submit" loading={busy} w="fit-content">
          Upload
        </Button>
      </Stack>
    </form>
  );
}
