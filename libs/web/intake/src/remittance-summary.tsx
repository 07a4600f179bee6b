import { Alert, SimpleGrid, Paper, Table, Text } from '@mantine/core';
import type { ImportRemittanceMutation } from '@claimlane/web-data-access';
import { formatMoney } from '@claimlane/web-ui';

export type RemittanceSummary = ImportRemittanceMutation['importRemittance'];

/** What an 835 import did: created, already imported (duplicates), skipped with reasons. */
export function RemittanceSummaryView({ summary }: { summary: RemittanceSummary }) {
  const stats: Array<[string, string | number]> = [
    ['Claims in file', summary.claimsRead],
    ['Denied claims', summary.deniedClaims],
    ['Cases created', summary.denialsCreated],
    ['Already imported', summary.alreadyImported],
    ['Skipped', summary.errors.length],
    ['Denied amount', formatMoney(summary.totalDenied)],
  ];
  return (
    <Alert color="green" title="Import finished" role="status">
      <SimpleGrid cols={{ base: 2, sm: 3 }} my="xs">
        {stats.map(([label, value]) => (
          <Paper key={label} withBorder p="xs">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700}>{value}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {summary.payers.length ? <Text size="sm">Payers: {summary.payers.join(', ')}</Text> : null}
      {summary.errors.length ? (
        <Table mt="xs" aria-label="Skipped claims">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Segment</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.errors.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Td>{e.segmentNumber ?? '—'}</Table.Td>
                <Table.Td>
                  {e.code}: {e.message}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Alert>
  );
}
