import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '@claimlane/web-ui';
import { CaseQuery } from './case-query';
import { addCaseNoteMutation, caseNotesQuery } from './case-notes-documents';

/** The API's cap (the database checks the same): characters as code points, not UTF-16 units. */
export const NOTE_MAX_CHARS = 4000;

/** Why a note cannot be saved as typed, or null (the API refuses the same with BAD_USER_INPUT). */
export function noteProblem(body: string): string | null {
  const text = body.trim();
  if (!text) return 'Write something before saving the note';
  if (text.includes('\u0000')) return 'The note contains a character that cannot be stored';
  const length = [...text].length;
  if (length > NOTE_MAX_CHARS)
    return `A note is at most ${NOTE_MAX_CHARS} characters (this one has ${length})`;
  return null;
}

/**
 * The case's notes, newest first, and a form to add one for the roles that may edit the case (a
 * VIEWER reads only; the API enforces it too). Notes are PHI: the API audits each read and write.
 */
export function CaseNotesPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  return (
    <CaseQuery query={caseNotesQuery} variables={{ id: caseId }}>
      {(d, reload) => (
        <Stack gap="sm">
          {canWrite ? <NoteForm caseId={caseId} onSaved={reload} /> : null}
          {d.appealCase.notes.length ? (
            <Stack
              gap="xs"
              component="ol"
              aria-label="Case notes"
              style={{ listStyle: 'none', padding: 0 }}
            >
              {d.appealCase.notes.map((n) => (
                <Paper key={n.id} withBorder p="sm" component="li">
                  <Text size="xs" c="dimmed">
                    {n.author?.name ?? 'API key or former member'} ·{' '}
                    <time dateTime={n.createdAt}>{new Date(n.createdAt).toLocaleString()}</time>
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {n.body}
                  </Text>
                </Paper>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              No notes on this case yet.
            </Text>
          )}
        </Stack>
      )}
    </CaseQuery>
  );
}

function NoteForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, add] = useMutation(addCaseNoteMutation);
  const length = [...body.trim()].length;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p = noteProblem(body);
    setProblem(p);
    if (p) return;
    const r = await add({ caseId, body: body.trim() });
    if (!r.error) {
      setBody('');
      onSaved();
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a note">
      <Stack gap="xs">
        <Textarea
          label="New note"
          description={`${length} / ${NOTE_MAX_CHARS} characters`}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            if (problem) setProblem(null);
          }}
          autosize
          minRows={2}
          maxRows={10}
          error={problem}
          required
        />
        <Group>
          <Button type="submit" loading={state.fetching}>
            Add note
          </Button>
        </Group>
        {state.error ? (
          <Alert color="red" role="alert" title="The note was not saved">
            {errorMessage(state.error)}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
