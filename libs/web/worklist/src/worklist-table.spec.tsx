import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@claimlane/web-testing';
import type { WorklistRow } from './worklist-query';
import { WorklistTable } from './worklist-table';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const DAY = 86_400_000;

function row(over: Partial<WorklistRow> & { id: string }): WorklistRow {
  return {
    title: `Case ${over.id}`,
    amountAtStake: 1250.5,
    nextDeadlineAt: new Date(NOW + 30 * DAY).toISOString(),
    payerLateSince: null,
    stage: 'intake',
    level: 1,
    levelKind: 'internal_first',
    payer: { id: 'p1', name: 'Keystone Benefit Administrators' },
    assignee: null,
    denial: { id: `d-${over.id}`, category: 'medical_necessity', regime: 'erisa_group_health' },
    ...over,
  } as WorklistRow;
}

describe('WorklistTable', () => {
  const rows = [
    row({ id: 'a', title: 'Soon', nextDeadlineAt: new Date(NOW + 3 * DAY).toISOString() }),
    row({
      id: 'b',
      title: 'Later',
      amountAtStake: 98000,
      payerLateSince: '2026-05-20T00:00:00Z',
      stage: 'awaiting_decision',
      level: 2,
      assignee: { id: 'u1', name: 'Dana Biller' },
      denial: { id: 'd-b', category: 'prior_authorization', regime: 'medicare_advantage' },
    }),
    row({ id: 'c', title: 'No deadline', nextDeadlineAt: null, amountAtStake: null, payer: null }),
  ];

  function bodyRows() {
    const table = screen.getByRole('table', { name: 'Cases' });
    return within(table).getAllByRole('row').slice(1);
  }

  it('shows one row per case in the given order with its columns', () => {
    renderWithProviders(
      <WorklistTable
        rows={rows}
        sort={{ field: 'NEXT_DEADLINE', direction: 'ASC' }}
        onSortChange={() => undefined}
        now={NOW}
      />,
    );
    const [soon, later, none] = bodyRows();
    expect(within(soon!).getByRole('link', { name: 'Soon' }).getAttribute('href')).toBe('/cases/a');
    expect(later!.textContent).toContain('$98,000.00');
    expect(later!.textContent).toContain('Keystone Benefit Administrators');
    expect(later!.textContent).toContain('Prior authorization');
    expect(later!.textContent).toContain('Medicare Advantage');
    expect(later!.textContent).toContain('Awaiting decision');
    expect(later!.textContent).toContain('Dana Biller');
    expect(within(later!).getByText('Payer late')).toBeTruthy();
    expect(soon!.textContent).toContain('Unassigned');
    expect(none!.textContent).toContain('—');
    expect(within(none!).getByLabelText('No open deadline')).toBeTruthy();
  });

  it('marks deadlines under 7 days red and later ones not', () => {
    renderWithProviders(
      <WorklistTable
        rows={rows}
        sort={{ field: 'NEXT_DEADLINE', direction: 'ASC' }}
        onSortChange={() => undefined}
        now={NOW}
      />,
    );
    const [soon, later] = bodyRows();
    expect(soon!.querySelector('[data-urgent]')?.textContent).toContain('3d');
    expect(later!.querySelector('[data-urgent]')).toBeNull();
    expect(later!.textContent).toContain('30d');
  });

  it('asks the server for the other direction when the sorted header is clicked, and shows aria-sort', () => {
    const onSortChange = vi.fn();
    renderWithProviders(
      <WorklistTable
        rows={rows}
        sort={{ field: 'NEXT_DEADLINE', direction: 'ASC' }}
        onSortChange={onSortChange}
        now={NOW}
      />,
    );
    const deadlineHeader = screen.getByRole('columnheader', { name: /Next deadline/ });
    expect(deadlineHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(deadlineHeader).getByRole('button'));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'NEXT_DEADLINE', direction: 'DESC' });
    fireEvent.click(
      within(screen.getByRole('columnheader', { name: /At stake/ })).getByRole('button'),
    );
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'AMOUNT_AT_STAKE', direction: 'ASC' });
    // Columns the API cannot sort by offer no button.
    expect(
      within(screen.getByRole('columnheader', { name: 'Payer' })).queryByRole('button'),
    ).toBeNull();
  });

  it('selects rows for bulk actions when asked to, and not otherwise', () => {
    const onSelectedChange = vi.fn();
    const { unmount } = renderWithProviders(
      <WorklistTable
        rows={rows}
        sort={{ field: 'NEXT_DEADLINE', direction: 'ASC' }}
        onSortChange={() => undefined}
        now={NOW}
        selected={new Set(['b'])}
        onSelectedChange={onSelectedChange}
      />,
    );
    expect(
      (screen.getByRole('checkbox', { name: 'Select Later' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Soon' }));
    expect([...onSelectedChange.mock.lastCall![0]].sort()).toEqual(['a', 'b']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Later' }));
    expect([...onSelectedChange.mock.lastCall![0]]).toEqual([]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all shown cases' }));
    expect([...onSelectedChange.mock.lastCall![0]].sort()).toEqual(['a', 'b', 'c']);
    unmount();
    renderWithProviders(
      <WorklistTable
        rows={rows}
        sort={{ field: 'NEXT_DEADLINE', direction: 'ASC' }}
        onSortChange={() => undefined}
        now={NOW}
      />,
    );
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });
});
