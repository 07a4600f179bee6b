import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeGraphqlClient, renderWithProviders, testWorkspace } from '@claimlane/web-testing';
import type { LetterDetail } from './evidence-documents';
import { LetterView, SectionForm, sectionErrors, splitParagraphs } from './letter-editor';

const LETTER_ID = '00000000-0000-4000-8000-0000000000a1';

const LETTER: LetterDetail = {
  id: LETTER_ID,
  caseId: '00000000-0000-4000-8000-0000000000c1',
  kind: 'provider_medical_necessity',
  currentVersion: 3,
  signedOff: false,
  signedOffAt: null,
  signedOffVersion: null,
  updatedAt: '2026-11-30T10:00:00Z',
  content: {
    title: 'Letter of medical necessity',
    subject: 'Claim CLM-889',
    request: 'Please overturn the denial.',
    sections: [
      {
        key: 'reason-1',
        heading: 'Not medically necessary',
        paragraphs: ['First paragraph.', 'Second paragraph.'],
        edited: false,
      },
    ],
  },
};
const VERSIONS = [
  { version: 1, change: 'generated', editedSection: null, createdAt: '2026-11-30T09:00:00Z' },
  { version: 2, change: 'edited', editedSection: 'reason-1', createdAt: '2026-11-30T09:30:00Z' },
  { version: 3, change: 'regenerated', editedSection: null, createdAt: '2026-11-30T10:00:00Z' },
];

describe('SectionForm', () => {
  it('names each missing part and sends nothing', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({ data: null }));
    renderWithProviders(
      <SectionForm
        letterId={LETTER_ID}
        version={3}
        section={LETTER.content.sections[0]!}
        onCancel={() => undefined}
        onDone={() => undefined}
      />,
      { client },
    );
    fireEvent.change(screen.getByLabelText(/^Heading/), { target: { value: '  ' } });
    fireEvent.change(screen.getByLabelText(/^Text/), { target: { value: '\n\n  \n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save section' }));
    expect(await screen.findByText('Enter a heading')).toBeTruthy();
    expect(screen.getByText('Write at least one paragraph')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Heading/), { target: { value: 'Necessity' } });
    fireEvent.change(screen.getByLabelText(/^Text/), { target: { value: 'x'.repeat(8_001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save section' }));
    expect(await screen.findByText('Keep each paragraph under 8,000 characters')).toBeTruthy();
    expect(screen.queryByText('Enter a heading')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('sends the paragraphs split on blank lines, at the version it was opened at', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({
      data: { editLetterSection: { __typename: 'Letter', id: LETTER_ID, currentVersion: 4 } },
    }));
    const onDone = vi.fn();
    renderWithProviders(
      <SectionForm
        letterId={LETTER_ID}
        version={3}
        section={LETTER.content.sections[0]!}
        onCancel={() => undefined}
        onDone={onDone}
      />,
      { client },
    );
    // The form opens with the section as it stands.
    expect((screen.getByLabelText(/^Text/) as HTMLTextAreaElement).value).toBe(
      'First paragraph.\n\nSecond paragraph.',
    );
    fireEvent.change(screen.getByLabelText(/^Text/), {
      target: { value: 'PT for 8 weeks failed.\n\n\nExam shows a deficit.  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save section' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([
      [
        'EditLetterSection',
        {
          input: {
            letterId: LETTER_ID,
            expectedVersion: 3,
            sectionKey: 'reason-1',
            heading: 'Not medically necessary',
            paragraphs: ['PT for 8 weeks failed.', 'Exam shows a deficit.'],
          },
        },
      ],
    ]);
  });

  it('shows the API refusal (someone saved a newer version)', async () => {
    const { client } = fakeGraphqlClient(() => ({
      errors: [
        {
          message: 'The letter is at version 4; reload and retry',
          extensions: { code: 'CONFLICT', reason: 'VERSION_MISMATCH' },
        },
      ],
    }));
    const onDone = vi.fn();
    renderWithProviders(
      <SectionForm
        letterId={LETTER_ID}
        version={3}
        section={LETTER.content.sections[0]!}
        onCancel={() => undefined}
        onDone={onDone}
      />,
      { client },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save section' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The letter is at version 4; reload and retry',
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('LetterView', () => {
  it('offers sign-off only to a role with letters.signOff, and signs the version shown', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({
      data: {
        signOffLetter: {
          __typename: 'Letter',
          id: LETTER_ID,
          currentVersion: 3,
          signedOff: true,
          signedOffAt: '2026-11-30T11:00:00Z',
          signedOffVersion: 3,
        },
      },
    }));
    const biller = renderWithProviders(
      <LetterView letter={LETTER} versions={VERSIONS} onChanged={() => undefined} />,
      { workspace: testWorkspace('BILLER', ['letters.write', 'letters.render']) },
    );
    expect(screen.queryByRole('button', { name: /Sign off/ })).toBeNull();
    expect(screen.getByText('Awaiting a clinician’s sign-off')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Edit section Not medically necessary' }),
    ).toBeTruthy();
    biller.unmount();

    const onChanged = vi.fn();
    renderWithProviders(<LetterView letter={LETTER} versions={VERSIONS} onChanged={onChanged} />, {
      client,
      workspace: testWorkspace('CLINICIAN', ['letters.write', 'letters.signOff']),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sign off version 3' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([
      ['SignOffLetter', { input: { letterId: LETTER_ID, expectedVersion: 3 } }],
    ]);
  });

  it('lists versions newest first and opens an earlier one read-only', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({
      data: {
        letterAtVersion: {
          __typename: 'Letter',
          id: LETTER_ID,
          content: {
            __typename: 'LetterContent',
            title: 'Letter of medical necessity',
            subject: 'Claim CLM-889',
            request: 'Please overturn the denial.',
            sections: [
              {
                __typename: 'LetterSection',
                key: 'reason-1',
                heading: 'Not medically necessary',
                paragraphs: ['The text as generated first.'],
                edited: false,
              },
            ],
          },
        },
      },
    }));
    renderWithProviders(
      <LetterView letter={LETTER} versions={VERSIONS} onChanged={() => undefined} />,
      { client, workspace: testWorkspace('VIEWER', ['letters.render']) },
    );
    const rows = within(screen.getByRole('table', { name: 'Letter versions' })).getAllByRole('row');
    expect(rows.slice(1).map((r) => r.firstChild!.textContent)).toEqual(['v3', 'v2', 'v1']);
    expect(rows[2]!.textContent).toContain('Edited (reason-1)');
    // A VIEWER reads but edits nothing.
    expect(screen.queryByRole('button', { name: /^Edit section/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'View version 1' }));
    const earlier = await screen.findByRole('region', { name: 'Version 1' });
    expect(await within(earlier).findByText('The text as generated first.')).toBeTruthy();
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([
      ['LetterAtVersion', { id: LETTER_ID, version: 1 }],
    ]);
  });
});

describe('splitParagraphs / sectionErrors', () => {
  it('splits on blank lines and caps the paragraph count', () => {
    expect(splitParagraphs('a\nb\n\n c ')).toEqual(['a\nb', 'c']);
    expect(sectionErrors('H', Array.from({ length: 101 }, () => 'p').join('\n\n'))).toEqual({
      text: 'A section holds at most 100 paragraphs',
    });
    expect(sectionErrors('H', 'ok')).toEqual({});
  });
});
