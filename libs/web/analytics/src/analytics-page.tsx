import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useQuery } from 'urql';
import type { AppealStage } from '@claimlane/web-data-access';
import { ErrorState, LoadingState, formatMoney, humanize } from '@claimlane/web-ui';
import {
  CATEGORIES,
  STAGES,
  analyticsCategoryCountsQuery,
  analyticsCountsQuery,
} from './analytics-documents';

const CountChart = lazy(() => import('./count-chart'));

const OPEN: AppealStage[] = [
  'intake',
  'records_requested',
  'evidence',
  'drafting',
  'submitted',
  'awaiting_decision',
  'next_level',
];
const WEEK_MS = 7 * 86_400_000;

export function AnalyticsPage() {
  const variables = useMemo(
    () => ({ dueBefore: new Date(Date.now() + WEEK_MS).toISOString(), open: OPEN }),
    [],
  );
  const [result, refetch] = useQuery({ query: analyticsCountsQuery, variables });
  const [categories] = useQuery({
    query: analyticsCategoryCountsQuery,
    variables: { open: OPEN },
  });
  if (result.error && !result.data)
    return (
      <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  if (!result.data) return <LoadingState label="Counting cases…" />;
  const d = result.data as unknown as Record<string, { totalCount: number }> & typeof result.data;
  const byStage = STAGES.map((s) => ({
    label: humanize(s),
    count: d[`stage_${s}`]?.totalCount ?? 0,
  }));
  const byCategory = CATEGORIES.map((c) => ({
    label: humanize(c),
    count:
      (categories.data as Record<string, { totalCount: number }> | undefined)?.[`category_${c}`]
        ?.totalCount ?? 0,
  })).filter((x) => x.count > 0);
  const open = OPEN.reduce((n, s) => n + (d[`stage_${s}`]?.totalCount ?? 0), 0);
  const submitted =
    (d['stage_submitted']?.totalCount ?? 0) + (d['stage_awaiting_decision']?.totalCount ?? 0);
  const overturned =
    (d['stage_overturned']?.totalCount ?? 0) + (d['stage_partially_overturned']?.totalCount ?? 0);
  const lateAmount = result.data.payerLate.reduce((n, c) => n + (c.amountAtStake ?? 0), 0);
  const cards: Array<[string, string | number]> = [
    ['Open', open],
    ['Due this week', result.data.dueThisWeek.totalCount],
    ['Payer late', `${result.data.payerLate.length} · ${formatMoney(lateAmount)}`],
    ['Submitted', submitted],
    ['Overturned', overturned],
    ['All cases', result.data.all.totalCount],
  ];
  return (
    <Stack gap="md">
      <Title order={1} size="h3">
        Analytics
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        {cards.map(([label, value]) => (
          <Paper key={label} withBorder p="sm">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="xl">
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            Cases by stage
          </Title>
          <Suspense fallback={<LoadingState label="Loading chart…" />}>
            <CountChart data={byStage} label="Cases by stage" />
          </Suspense>
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            Open cases by denial category
          </Title>
          {byCategory.length ? (
            <Suspense fallback={<LoadingState label="Loading chart…" />}>
              <CountChart data={byCategory} label="Open cases by denial category" />
            </Suspense>
          ) : (
            <Text size="sm" c="dimmed">
              No open cases.
            </Text>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
