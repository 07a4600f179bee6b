import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlClient, renderWithProviders, type GraphqlCall } from '@claimlane/web-testing';
import { CaseNotesPanel, NOTE_MAX_CHARS, noteProblem } from './case-notes-panel';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';

interface NoteData {
  id: string;
  body: string;
  createdAt: string;
  author: { id: string; name: string } | null;
}

function notesAnswer(notes: NoteData[]) {
  return {
    data: {
      appealCase: {
        __typename: 'AppealCase',
        id: CASE_ID,
        notes: notes.map((n) => ({
          __typename: 'CaseNote',
          ...n,
          author: n.author ? { __typename: 'User', ...n.author } : null,
        })),
      },
    },
  };
}

function renderPanel(
  respond: (call: GraphqlCall) => { data?: unknown; errors?: unknown[] },
  canWrite = true,
) {
  const { client, calls } = fakeGraphqlClient(respond);
  renderWithProviders(<CaseNotesPanel caseId={CASE_ID} canWrite={canWrite} />, { client });
  return calls;
}

const add = (text: string) => {
  fireEvent.change(screen.getByLabelText(/New note/), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
};

describe('noteProblem', () => {
  it('refuses blank, NUL and over-long notes, counting characters as the API does', () => {
    expect(noteProblem('  \n ')).toBe('Write something before saving the note');
    expect(noteProblem('a\u0000b')).toMatch(/cannot be stored/);
    expect(noteProblem('😀'.repeat(NOTE_MAX_CHARS))).toBeNull();
    expect(noteProblem('😀'.repeat(NOTE_MAX_CHARS + 1))).toBe(
      `A note is at most ${NOTE_MAX_CHARS} characters (this one has ${NOTE_MAX_CHARS + 1})`,
    );
    expect(noteProblem(' Called the payer ')).toBeNull();
  });
});

describe('CaseNotesPanel', () => {
  it('says when there are no notes, and validates before sending anything', async () => {
    const calls = renderPanel(() => notesAnswer([]));
    expect(await screen.findByText('No notes on this case yet.')).toBeTruthy();
    add('   ');
    expect(await screen.findByText('Write something before saving the note')).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'AddCaseNote')).toEqual([]);
  });

  it('lists notes newest first with author, and a VIEWER gets no form', async () => {
    renderPanel(
      () =>
        notesAnswer([
          {
            id: 'n2',
            body: 'Second',
            createdAt: '2026-11-30T10:00:00Z',
            author: { id: 'u1', name: 'Ana Biller' },
          },
          { id: 'n1', body: 'First', createdAt: '2026-11-29T10:00:00Z', author: null },
        ]),
      false,
    );
    const list = await screen.findByRole('list', { name: 'Case notes' });
    expect(list.textContent).toMatch(/Ana Biller.*Second.*API key or former member.*First/s);
    expect(screen.queryByRole('button', { name: 'Add note' })).toBeNull();
  });

  it('sends the trimmed note, then reloads the list', async () => {
    let saved = false;
    const calls = renderPanel((call) => {
      if (call.operationName === 'AddCaseNote') {
        saved = true;
        return { data: { addCaseNote: { __typename: 'CaseNote', id: 'n9' } } };
      }
      return notesAnswer(
        saved
          ? [
              {
                id: 'n9',
                body: 'Payer promised a call back',
                createdAt: '2026-12-01T09:00:00Z',
                author: null,
              },
            ]
          : [],
      );
    });
    await screen.findByText('No notes on this case yet.');
    add('  Payer promised a call back  ');
    expect(await screen.findByText('Payer promised a call back')).toBeTruthy();
    const sent = calls.find((c) => c.operationName === 'AddCaseNote');
    expect(sent?.variables).toEqual({ caseId: CASE_ID, body: 'Payer promised a call back' });
    await waitFor(() =>
      expect((screen.getByLabelText(/New note/) as HTMLTextAreaElement).value).toBe(''),
    );
  });

  it("shows the API's refusal, and a load error with a retry", async () => {
    renderPanel((call) =>
      call.operationName === 'AddCaseNote'
        ? {
            errors: [
              {
                message: 'A note is at most 4000 characters',
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ],
          }
        : notesAnswer([]),
    );
    await screen.findByText('No notes on this case yet.');
    add('fine locally');
    expect((await screen.findByRole('alert')).textContent).toMatch(/at most 4000 characters/);
  });

  it('shows an error state when the notes cannot be loaded', async () => {
    renderPanel(() => ({
      errors: [{ message: 'Case not found', extensions: { code: 'NOT_FOUND' } }],
    }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Case not found/);
  });
});
