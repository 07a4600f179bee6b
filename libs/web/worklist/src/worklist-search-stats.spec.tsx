import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeGraphqlClient, renderWithProviders } from '@claimlane/web-testing';
import { BulkAssignBar } from './bulk-assign-bar';
import { WorklistPage } from './worklist-page';
import { WorklistStatCards } from './worklist-stats';

const EMPTY_PAGE = {
  appealCases: {
    __typename: 'AppealCaseConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
    edges: [],
  },
};
const STATS = {
  worklistStats: {
    __typename: 'WorklistStats',
    open: 12,
    overdue: 2,
    dueThisWeek: 0,
    payerLate: 1,
    submitted: 3,
    overturned: 4,
    amountAtStake: 15250.5,
    recoveredAmount: 800,
  },
};

function fakeApi() {
  return fakeGraphqlClient((call) => {
    if (call.operationName === 'Worklist') return { data: EMPTY_PAGE };
    if (call.operationName === 'WorklistStats') return { data: STATS };
    if (call.operationName === 'WorklistMembers') return { data: { members: [] } };
    return { data: null };
  });
}

describe('worklist search, stats and "me + unassigned"', () => {
  it('opens on me + unassigned, for the list and the stat cards alike', async () => {
    const { client, calls } = fakeApi();
    renderWithProviders(<WorklistPage />, { client, route: '/cases' });
    await screen.findByText('No cases yet');
    const worklist = calls.find((c) => c.operationName === 'Worklist')!;
    const stats = calls.find((c) => c.operationName === 'WorklistStats')!;
    expect(worklist.variables['filter']).toEqual({ assignedTo: 'ME_OR_UNASSIGNED' });
    expect(stats.variables['filter']).toEqual({ assignedTo: 'ME_OR_UNASSIGNED' });
    const cards = await screen.findByRole('list', { name: 'Worklist stats' });
    await within(cards).findByLabelText('Open: 12');
  });

  it('searches once typing pauses, with the term in the filter and the empty state saying why', async () => {
    const { client, calls } = fakeApi();
    renderWithProviders(<WorklistPage />, { client, route: '/cases' });
    await screen.findByText('No cases yet');
    fireEvent.change(screen.getByLabelText(/^Search/), { target: { value: 'Smi' } });
    fireEvent.change(screen.getByLabelText(/^Search/), { target: { value: 'Smith ' } });
    await waitFor(() =>
      expect(
        calls.filter(
          (c) =>
            c.operationName === 'Worklist' &&
            (c.variables['filter'] as { search?: string }).search !== undefined,
        ),
      ).toHaveLength(1),
    );
    const searched = calls.filter((c) => c.operationName === 'Worklist').at(-1)!;
    expect(searched.variables['filter']).toEqual({
      assignedTo: 'ME_OR_UNASSIGNED',
      search: 'Smith',
    });
    await screen.findByText('No case matches these filters');
  });

  it('"Anyone" drops the assignment filter', async () => {
    const { client, calls } = fakeApi();
    renderWithProviders(<WorklistPage />, { client, route: '/cases?assigned=ALL' });
    await screen.findByText('No case matches these filters');
    expect(calls.find((c) => c.operationName === 'Worklist')!.variables['filter']).toEqual({});
  });
});

describe('WorklistStatCards', () => {
  it('shows counts and money, and placeholders while loading', () => {
    const { unmount } = renderWithProviders(<WorklistStatCards stats={STATS.worklistStats} />);
    expect(screen.getByLabelText('Overdue: 2')).toBeTruthy();
    expect(screen.getByLabelText(/^At stake: \$15,250\.50/)).toBeTruthy();
    expect(screen.getByLabelText(/^Recovered: \$800/)).toBeTruthy();
    unmount();
    renderWithProviders(<WorklistStatCards stats={null} />);
    expect(screen.getByLabelText('Open: …')).toBeTruthy();
  });
});

describe('BulkAssignBar', () => {
  it('assigns the whole selection in one mutation', async () => {
    const userId = '00000000-0000-4000-8000-0000000000a1';
    const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    const { client, calls } = fakeGraphqlClient((call) => {
      if (call.operationName === 'WorklistMembers')
        return {
          data: {
            members: [
              {
                __typename: 'Member',
                id: userId,
                role: 'BILLER',
                user: { __typename: 'User', id: userId, name: 'Bea Biller' },
              },
            ],
          },
        };
      return {
        data: {
          bulkAssignCases: ids.map((id) => ({
            __typename: 'AppealCase',
            id,
            version: 2,
            assignee: { __typename: 'User', id: userId, name: 'Bea Biller' },
          })),
        },
      };
    });
    const onDone = vi.fn();
    renderWithProviders(<BulkAssignBar selected={ids} onDone={onDone} />, { client });
    await waitFor(() =>
      expect(calls.some((c) => c.operationName === 'WorklistMembers')).toBe(true),
    );
    const input = screen.getAllByLabelText('Assign to').find((e) => e.tagName === 'INPUT')!;
    fireEvent.click(input);
    fireEvent.click(await screen.findByRole('option', { name: 'Bea Biller' }));
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(
      calls.filter((c) => c.operationName === 'BulkAssignCases').map((c) => c.variables),
    ).toEqual([{ ids, assigneeId: userId }]);
  });
});
