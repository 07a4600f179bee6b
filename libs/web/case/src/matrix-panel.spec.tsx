import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeGraphqlClient, renderWithProviders, testWorkspace } from '@claimlane/web-testing';
import type { CaseMatrix } from './evidence-documents';
import { MatrixView, pageRangeErrors } from './matrix-panel';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const C1 = '00000000-0000-4000-8000-00000000c001';
const C2 = '00000000-0000-4000-8000-00000000c002';
const EX = '00000000-0000-4000-8000-0000000000e1';
const DOC = '00000000-0000-4000-8000-0000000000d1';

const DATA: CaseMatrix = {
  caseCriteria: {
    id: CASE_ID,
    criteriaReceived: true,
    items: [
      {
        id: C1,
        ref: '1',
        text: 'At least 6 weeks of physical therapy',
        depth: 0,
        explanation: null,
      },
      {
        id: C2,
        ref: '2',
        text: 'Neurological deficit on examination',
        depth: 0,
        explanation: null,
      },
    ],
  },
  exhibits: [
    {
      id: EX,
      label: 'A',
      title: 'Chart notes',
      caseDocumentId: DOC,
      pageFrom: 2,
      pageTo: 3,
      pageCount: 2,
      sealed: true,
    },
  ],
  matrixLinks: [
    {
      id: 'l1',
      criterionId: C1,
      exhibitId: EX,
      exhibitLabel: 'A',
      pageFrom: 1,
      pageTo: 1,
      quote: 'PT twice weekly since 2024-12-01',
      quotePage: 1,
    },
  ],
  matrixCompleteness: {
    id: CASE_ID,
    total: 2,
    evidenced: 1,
    explained: 0,
    unmet: 1,
    criteriaMissing: false,
    readyToSubmit: false,
    criteria: [
      { criterionId: C1, ref: '1', status: 'evidenced' },
      { criterionId: C2, ref: '2', status: 'unmet' },
    ],
    tasks: [{ criterionId: C2, ref: '2', task: 'Find the exam note showing a deficit' }],
  },
  caseDocuments: [{ id: DOC, title: 'Chart', kind: 'chart_notes', pages: 3 }],
};

const WRITER = testWorkspace('BILLER', ['cases.read', 'evidence.write']);

describe('MatrixView', () => {
  it('lists each criterion with its status and cited exhibit pages, and the completeness', () => {
    renderWithProviders(<MatrixView caseId={CASE_ID} data={DATA} onChanged={() => undefined} />);
    expect(screen.getByText('1 of 2 criteria answered')).toBeTruthy();
    expect(screen.getByLabelText('Criteria answered: 50%')).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Criteria' })).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Evidenced');
    expect(rows[1]!.textContent).toContain('Exhibit A, p. 1: “PT twice weekly since 2024-12-01”');
    expect(rows[2]!.textContent).toContain('Unmet');
    expect(rows[2]!.textContent).toContain('None linked');
    expect(screen.getByText('2: Find the exam note showing a deficit')).toBeTruthy();
    const exhibits = within(screen.getByRole('table', { name: 'Exhibits' })).getAllByRole('row');
    expect(exhibits[1]!.textContent).toContain('Chart, pp. 2–3 (2 pages)');
    expect(exhibits[1]!.textContent).toContain('Sealed');
  });

  it('hides every editing control from a role without evidence.write', () => {
    renderWithProviders(<MatrixView caseId={CASE_ID} data={DATA} onChanged={() => undefined} />, {
      workspace: testWorkspace('VIEWER', ['cases.read']),
    });
    expect(screen.queryByRole('button', { name: /Unlink/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Link evidence' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add criterion' })).toBeNull();
  });

  it('link form: says what is missing and sends nothing until the link is complete', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({
      errors: [
        {
          message: 'The quote is not on pages 1–2 of exhibit A',
          extensions: { code: 'BAD_USER_INPUT', reason: 'QUOTE_NOT_ON_PAGE' },
        },
      ],
    }));
    const onChanged = vi.fn();
    renderWithProviders(<MatrixView caseId={CASE_ID} data={DATA} onChanged={onChanged} />, {
      client,
      workspace: WRITER,
    });
    const form = screen.getByRole('form', { name: 'Link evidence' });
    fireEvent.click(within(form).getByRole('button', { name: 'Link evidence' }));
    expect(await within(form).findByText('Choose a criterion')).toBeTruthy();
    expect(within(form).getByText('Choose an exhibit')).toBeTruthy();
    expect(within(form).getByText('Quote the record text that meets the criterion')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText(/^Criterion/), { target: { value: C2 } });
    fireEvent.change(within(form).getByLabelText(/^Exhibit/), { target: { value: EX } });
    // The exhibit has two pages: page 3 of it does not exist.
    fireEvent.change(within(form).getByLabelText(/^To exhibit page/), { target: { value: '3' } });
    fireEvent.change(within(form).getByLabelText(/^Quote from the record/), {
      target: { value: 'absent left ankle reflex' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Link evidence' }));
    expect(await within(form).findByText('Enter a page from 1 to 2')).toBeTruthy();
    expect(within(form).queryByText('Choose a criterion')).toBeNull();
    expect(calls).toEqual([]);

    fireEvent.change(within(form).getByLabelText(/^To exhibit page/), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Link evidence' }));
    // The API's cite-or-abstain refusal is shown as it says it.
    expect(
      await within(form).findByText('The quote is not on pages 1–2 of exhibit A'),
    ).toBeTruthy();
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([
      [
        'LinkEvidence',
        {
          input: {
            criterionId: C2,
            exhibitId: EX,
            pageFrom: 1,
            pageTo: 2,
            quote: 'absent left ankle reflex',
          },
        },
      ],
    ]);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('exhibit and criterion forms validate, then send and refresh the matrix', async () => {
    const { client, calls } = fakeGraphqlClient((c) => ({
      data:
        c.operationName === 'CreateExhibit'
          ? { createExhibit: { __typename: 'Exhibit', id: 'e2', label: 'B' } }
          : { addCriterion: { __typename: 'Criterion', id: 'c3', ref: '3' } },
    }));
    const onChanged = vi.fn();
    renderWithProviders(<MatrixView caseId={CASE_ID} data={DATA} onChanged={onChanged} />, {
      client,
      workspace: WRITER,
    });
    const exhibit = screen.getByRole('form', { name: 'Create an exhibit' });
    fireEvent.click(within(exhibit).getByRole('button', { name: 'Create exhibit' }));
    expect(await within(exhibit).findByText('Choose a document')).toBeTruthy();
    fireEvent.change(within(exhibit).getByLabelText(/^Document/), { target: { value: DOC } });
    // Choosing the document fills in its whole page range.
    expect((within(exhibit).getByLabelText(/^Last page/) as HTMLInputElement).value).toBe('3');
    fireEvent.change(within(exhibit).getByLabelText(/^First page/), { target: { value: '0' } });
    fireEvent.click(within(exhibit).getByRole('button', { name: 'Create exhibit' }));
    expect(await within(exhibit).findByText('Enter a page from 1 to 3')).toBeTruthy();
    fireEvent.change(within(exhibit).getByLabelText(/^First page/), { target: { value: '2' } });
    fireEvent.click(within(exhibit).getByRole('button', { name: 'Create exhibit' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));

    const criterion = screen.getByRole('form', { name: 'Add a criterion' });
    fireEvent.click(within(criterion).getByRole('button', { name: 'Add criterion' }));
    expect(await within(criterion).findByText('Enter the criterion text')).toBeTruthy();
    fireEvent.change(within(criterion).getByLabelText(/^Criterion text/), {
      target: { value: '  No prior lumbar surgery ' },
    });
    fireEvent.click(within(criterion).getByRole('button', { name: 'Add criterion' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([
      [
        'CreateExhibit',
        { input: { caseId: CASE_ID, caseDocumentId: DOC, pageFrom: 2, pageTo: 3 } },
      ],
      ['AddCriterion', { input: { caseId: CASE_ID, text: 'No prior lumbar surgery' } }],
    ]);
  });
});

describe('pageRangeErrors', () => {
  it('refuses non-numbers, reversed ranges and pages past the end', () => {
    expect(pageRangeErrors('1', '2', 2)).toEqual({});
    expect(pageRangeErrors('x', '2', 2)).toEqual({ from: 'Enter a page from 1 to 2' });
    expect(pageRangeErrors('2', '1', 5)).toEqual({ to: 'Enter a page from 2 to 5' });
    expect(pageRangeErrors('1', '40', null)).toEqual({});
    expect(pageRangeErrors('1.5', '', null)).toEqual({
      from: 'Enter a page from 1',
      to: 'Enter a page from 1',
    });
  });
});
