import {
  Anchor,
  Badge,
  Checkbox,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { AppealCaseSortField, SortDirection } from '@claimlane/web-data-access';
import { DeadlineBadge, formatMoney, humanize, regimeLabel } from '@claimlane/web-ui';
import type { WorklistRow } from './worklist-query';

export interface WorklistSort {
  field: AppealCaseSortField;
  direction: SortDirection;
}

const col = createColumnHelper<WorklistRow>();

/** Column id → the server sort it maps to (sorting happens in the API: the list is paginated). */
const SORTABLE: Record<string, AppealCaseSortField> = {
  deadline: 'NEXT_DEADLINE',
  amount: 'AMOUNT_AT_STAKE',
};

function columns(now: number | undefined) {
  return [
    col.accessor('title', {
      id: 'case',
      header: 'Case',
      cell: (c) => (
        <Anchor component={Link} to={`/cases/${c.row.original.id}`} size="sm" fw={500}>
          {c.getValue() || 'Untitled case'}
        </Anchor>
      ),
    }),
    col.accessor('nextDeadlineAt', {
      id: 'deadline',
      header: 'Next deadline',
      cell: (c) => <DeadlineBadge dueAt={c.getValue()} {...(now !== undefined ? { now } : {})} />,
    }),
    col.accessor('amountAtStake', {
      id: 'amount',
      header: 'At stake',
      cell: (c) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(c.getValue())}</span>
      ),
    }),
    col.accessor((r) => r.payer?.name ?? null, {
      id: 'payer',
      header: 'Payer',
      cell: (c) => c.getValue() ?? '—',
    }),
    col.accessor((r) => r.denial.category, {
      id: 'category',
      header: 'Category',
      cell: (c) => humanize(c.getValue()),
    }),
    col.accessor((r) => r.denial.regime, {
      id: 'regime',
      header: 'Regime',
      cell: (c) => regimeLabel(c.getValue()),
    }),
    col.accessor('stage', {
      id: 'stage',
      header: 'Stage',
      cell: (c) => <span style={{ whiteSpace: 'nowrap' }}>{humanize(c.getValue())}</span>,
    }),
    col.accessor('level', { id: 'level', header: 'Level', cell: (c) => c.getValue() }),
    col.accessor((r) => r.assignee?.name ?? null, {
      id: 'assignee',
      header: 'Assignee',
      cell: (c) =>
        c.getValue() ?? (
          <Text span c="dimmed" size="sm">
            Unassigned
          </Text>
        ),
    }),
    col.accessor('payerLateSince', {
      id: 'payerLate',
      header: 'Payer late',
      cell: (c) =>
        c.getValue() ? (
          <Badge color="orange.3" autoContrast title={`Since ${c.getValue()}`}>
            Payer late
          </Badge>
        ) : (
          <VisuallyHidden>No</VisuallyHidden>
        ),
    }),
  ] as Array<ColumnDef<WorklistRow, unknown>>;
}

/**
 * The worklist grid: one row per case, red deadlines under 7 days. Sorting is the server's (the
 * header buttons report the wanted order); rows arrive already sorted.
 */
export function WorklistTable({
  rows,
  sort,
  onSortChange,
  now,
  selected,
  onSelectedChange,
}: {
  rows: readonly WorklistRow[];
  sort: WorklistSort;
  onSortChange: (sort: WorklistSort) => void;
  now?: number;
  /** With these, a first column of checkboxes selects rows for bulk actions. */
  selected?: ReadonlySet<string>;
  onSelectedChange?: (next: Set<string>) => void;
}) {
  const cols = useMemo(() => {
    const base = columns(now);
    if (!selected || !onSelectedChange) return base;
    const all = rows.length > 0 && rows.every((r) => selected.has(r.id));
    const select: ColumnDef<WorklistRow, unknown> = {
      id: 'select',
      header: () => (
        <Checkbox
          aria-label="Select all shown cases"
          checked={all}
          indeterminate={!all && selected.size > 0}
          onChange={() => onSelectedChange(all ? new Set() : new Set(rows.map((r) => r.id)))}
        />
      ),
      cell: (c) => (
        <Checkbox
          aria-label={`Select ${c.row.original.title || 'case'}`}
          checked={selected.has(c.row.original.id)}
          onChange={() => {
            const next = new Set(selected);
            if (next.has(c.row.original.id)) next.delete(c.row.original.id);
            else next.add(c.row.original.id);
            onSelectedChange(next);
          }}
        />
      ),
    };
    return [select, ...base];
  }, [now, rows, selected, onSelectedChange]);
  const table = useReactTable({
    data: rows as WorklistRow[],
    columns: cols,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    getRowId: (r) => r.id,
  });
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover stickyHeader aria-label="Cases">
        <Table.Thead>
          {table.getHeaderGroups().map((hg) => (
            <Table.Tr key={hg.id}>
              {hg.headers.map((h) => {
                const field = SORTABLE[h.column.id];
                const active = field && sort.field === field;
                const label = flexRender(h.column.columnDef.header, h.getContext());
                return (
                  <Table.Th
                    key={h.id}
                    aria-sort={
                      active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : undefined
                    }
                  >
                    {field ? (
                      <UnstyledButton
                        fw={700}
                        fz="sm"
                        onClick={() =>
                          onSortChange({
                            field,
                            direction: active && sort.direction === 'ASC' ? 'DESC' : 'ASC',
                          })
                        }
                      >
                        {label}
                        {active ? (sort.direction === 'ASC' ? ' ▲' : ' ▼') : ''}
                      </UnstyledButton>
                    ) : (
                      label
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((r) => (
            <Table.Tr key={r.id} data-case-id={r.original.id}>
              {r.getVisibleCells().map((c) => (
                <Table.Td key={c.id}>
                  {flexRender(c.column.columnDef.cell, c.getContext())}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
