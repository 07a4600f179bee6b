import { Table, VisuallyHidden } from '@mantine/core';

/**
 * A table's header row; `actions` adds a last column for row buttons, named for screen readers
 * only (an empty header cell reads as a blank column).
 */
export function TableHead({ columns, actions }: { columns: string[]; actions?: boolean }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c) => (
          <Table.Th key={c}>{c}</Table.Th>
        ))}
        {actions ? (
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        ) : null}
      </Table.Tr>
    </Table.Thead>
  );
}
