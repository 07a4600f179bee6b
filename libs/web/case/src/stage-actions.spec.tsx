import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeGraphqlClient, renderWithProviders } from '@claimlane/web-testing';
import { StageActions } from './stage-actions';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';

describe('StageActions', () => {
  it('shows exactly the actions the API offers, in its order, without deadline extension', () => {
    renderWithProviders(
      <StageActions
        caseId={CASE_ID}
        actions={['RECORD_DECISION', 'EXTEND_DEADLINE', 'ESCALATE_LEVEL', 'CLOSE_CASE']}
        onDone={() => undefined}
      />,
    );
    const group = screen.getByRole('group', { name: 'Stage actions' });
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Record decision',
      'Escalate level',
      'Close case',
    ]);
  });

  it('renders nothing when the API offers nothing (a VIEWER, a closed case)', () => {
    renderWithProviders(
      <StageActions caseId={CASE_ID} actions={['EXTEND_DEADLINE']} onDone={() => undefined} />,
    );
    expect(screen.queryByRole('group', { name: 'Stage actions' })).toBeNull();
  });

  it('runs a one-click action against the API and reports back', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({
      data: {
        requestRecords: {
          __typename: 'AppealCase',
          id: CASE_ID,
          stage: 'records_requested',
          version: 2,
        },
      },
    }));
    const onDone = vi.fn();
    renderWithProviders(
      <StageActions caseId={CASE_ID} actions={['REQUEST_RECORDS']} onDone={onDone} />,
      { client },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Request records' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([
      ['RequestRecords', { input: { caseId: CASE_ID } }],
    ]);
  });
});
