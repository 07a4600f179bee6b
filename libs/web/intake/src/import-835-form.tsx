import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '@claimlane/web-ui';
import { importRemittanceMutation } from './intake-documents';
import { RemittanceSummaryView } from './remittance-summary';

/** Paste an 835 (small files); large ones go through the upload tab. All or nothing, idempotent. */
export function Import835Form() {
  const [content, setContent] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [result, importRemittance] = useMutation(importRemittanceMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!content.trim().startsWith('ISA'))
      return setInvalid('Paste an 835 file; it starts with ISA');
    setInvalid(null);
    await importRemittance({ file: { content } });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Import an 835">
      <Stack gap="sm">
        {result.error ? (
          <Alert color="red" role="alert" title="Nothing was imported">
            {errorMessage(result.error)}
          </Alert>
        ) : null}
        {result.data ? <RemittanceSummaryView summary={result.data.importRemittance} /> : null}
        <Textarea
          label="835 content"
          autosize
          minRows={6}
          maxRows={16}
          styles={{ input: { fontFamily: 'ui-monospace, monospace' } }}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          error={invalid}
          required
        />
        <Button type="submit" loading={result.fetching} w="fit-content">
          Import
        </Button>
      </Stack>
    </form>
  );
}
