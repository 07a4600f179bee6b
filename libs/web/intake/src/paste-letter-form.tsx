import { Alert, Button, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { errorMessage } from '@claimlane/web-ui';
import { createCaseFromDenialMutation } from './intake-documents';

/** Paste a denial letter: the API analyses it and opens a case with findings and deadlines. */
export function PasteLetterForm() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [result, create] = useMutation(createCaseFromDenialMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return setInvalid('Paste the text of the denial letter');
    setInvalid(null);
    const r = await create({ input: { text, ...(title.trim() ? { title: title.trim() } : {}) } });
    const c = r.data?.createCaseFromDenial;
    if (c) navigate(`/cases/${c.id}`);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Paste a denial letter">
      <Stack gap="sm">
        {result.error ? (
          <Alert color="red" role="alert">
            {errorMessage(result.error)}
          </Alert>
        ) : null}
        <TextInput
          label="Case title (optional)"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={200}
        />
        <Textarea
          label="Denial letter text"
          autosize
          minRows={10}
          maxRows={24}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={invalid}
          required
        />
        <Button type="submit" loading={result.fetching} w="fit-content">
          Analyse and open case
        </Button>
      </Stack>
    </form>
  );
}
