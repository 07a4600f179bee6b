import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import {
  graphql,
  type AppealCaseFilter,
  type WorklistStatsQuery,
} from '@claimlane/web-data-access';
import { formatMoney } from '@claimlane/web-ui';

export const worklistStatsQuery = graphql(`
  query WorklistStats($filter: AppealCaseFilter) {
    worklistStats(filter: $filter) {
      open
      overdue
      dueThisWeek
      payerLate
      submitted
      overturned
      amountAtStake
      recoveredAmount
    }
  }
`);

type Stats = WorklistStatsQuery['worklistStats'];

const CARDS: Array<{ key: keyof Stats; label: string; money?: boolean; alert?: boolean }> = [
  { key: 'open', label: 'Open' },
  { key: 'overdue', label: 'Overdue', alert: true },
  { key: 'dueThisWeek', label: 'Due this week', alert: true },
  { key: 'payerLate', label: 'Payer late' },
  { key: 'submitted', label: 'Submitted' },
  { key: 'overturned', label: 'Overturned' },
  { key: 'amountAtStake', label: 'At stake', money: true },
  { key: 'recoveredAmount', label: 'Recovered', money: true },
];

/** The stat cards over the cases the current filters select (one API statement). */
export function WorklistStatCards({ stats }: { stats: Stats | null }) {
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 4, lg: 8 }}
      spacing="xs"
      role="list"
      aria-label="Worklist stats"
    >
      {CARDS.map((c) => {
        const value = stats ? stats[c.key] : null;
        const shown =
          value === null || typeof value !== 'number'
            ? '…'
            : c.money
              ? formatMoney(value)
              : value.toLocaleString();
        return (
          <Paper key={c.key} withBorder p="xs" role="listitem" aria-label={`${c.label}: ${shown}`}>
            <Text size="xs" c="dimmed">
              {c.label}
            </Text>
            <Text
              fw={700}
              c={c.alert && typeof value === 'number' && value > 0 ? 'red.9' : undefined}
            >
              {shown}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

export function WorklistStats({ filter }: { filter: AppealCaseFilter }) {
  // The stats name no case, so say which mutations make them stale (assignments, stage moves).
  const context = useMemo(() => ({ additionalTypenames: ['AppealCase'] }), []);
  const [result] = useQuery({ query: worklistStatsQuery, variables: { filter }, context });
  // The cards are a summary: when they fail the worklist below still works, so no error page here.
  if (result.error && !result.data)
    return (
      <Text size="sm" c="dimmed" role="status">
        Stats are unavailable right now.
      </Text>
    );
  return <WorklistStatCards stats={result.data?.worklistStats ?? null} />;
}
