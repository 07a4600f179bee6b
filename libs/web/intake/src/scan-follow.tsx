import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { useClient } from 'urql';
import {
  can,
  ensureAccessToken,
  fetchDocument,
  useWorkspace,
  type UploadedDocument,
} from '@claimlane/web-data-access';
import { LiveOcrStatus } from '@claimlane/web-ui';

/**
 * Follows an uploaded scan through OCR (the shared LiveOcrStatus, as on the case page) and, once the
 * text is read, links to the case Record Check opened from it (`letterCaseId` of GET /documents/:id).
 */
export function ScanFollow({ document, name }: { document: UploadedDocument; name: string }) {
  const client = useClient();
  const { workspace } = useWorkspace();
  const [doc, setDoc] = useState(document);
  const [error, setError] = useState<string | null>(null);

  // Called when the OCR job ends: the document's own row then says ready or failed, and which case.
  const refresh = useCallback(async () => {
    try {
      const token = await ensureAccessToken(client);
      setDoc(await fetchDocument(document.id, token));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The document could not be read');
    }
  }, [client, document.id]);

  if (doc.status === 'ready') {
    return doc.letterCaseId ? (
      <Alert color="teal" role="status" title="The text is read">
        <Stack gap={4}>
          <Text size="sm">{`Record Check opened a case from ${name}.`}</Text>
          <Anchor component={Link} to={`/cases/${doc.letterCaseId}`} size="sm">
            Open the case
          </Anchor>
        </Stack>
      </Alert>
    ) : (
      <Alert color="yellow" role="status" title="The text is read">
        {`No denial could be read from ${name}, so no case was opened; the document is marked for review.`}
      </Alert>
    );
  }
  return (
    <Stack gap={4} aria-label={`OCR of ${name}`} role="group">
      <Text size="sm" fw={600}>
        {`OCR of ${name}`}
      </Text>
      <LiveOcrStatus
        title={name}
        sha256={doc.sha256}
        status={doc.status}
        mayRetry={can(workspace, 'jobs.manage')}
        onSettled={() => void refresh()}
      />
      {error ? (
        <Text size="xs" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
