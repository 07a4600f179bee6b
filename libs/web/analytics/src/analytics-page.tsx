import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState, formatMoney, humanize } from '@claimlane/web-ui';
import { analyticsQuery } from './analytics-documents';
import { monthlySeries, percent, presetRange, type RangePreset } from './analytics-series';

// recharts is the largest dependency of the app: the charts load only when this page shows them.
const CountChart = lazy(() => import('./count-chart'));
const MonthlyChart = lazy(() => import('./monthly-chart'));
const RateChart = lazy(() => import('./rate-chart'));

const STAGE_ORDER = [
  'intake',
  'records_requested',
  'evidence',
  'drafting',
  'submitted',
  'awaiting_decision',
  'next_level',
  'overturned',
  'partially_overturned',
  'upheld',
  'closed',
];
const PRESETS: Array<{ value: RangePreset; label: string }> = [
  { value: '6m', label: '6 months' },
  { value: '12m', label: '12 months' },
  { value: '36m', label: '3 years' },
];
/** Rate charts show the groups with the most decisions; the rest are in no chart. */
const TOP = 10;

export function AnalyticsPage() {
  const [preset, setPreset] = useState<RangePreset>('12m');
  const variables = useMemo(() => presetRange(preset), [preset]);
  const [result, refetch] = useQuery({ query: analyticsQuery, variables });
  const retry = () => refetch({ requestPolicy: 'network-only' });

  const header = (
    <Group justify="space-between" align="flex-end">
      <Title order={1} size="h3">
        Analytics
      </Title>
      <SegmentedControl
        aria-label="Range"
        value={preset}
        onChange={(v) => setPreset(v as RangePreset)}
        data={PRESETS}
      />
    </Group>
  );
  if (result.error && !result.data)
    return (
      <Stack gap="md">
        {header}
        <ErrorState error={result.error} onRetry={retry} />
      </Stack>
    );
  if (!result.data)
    return (
      <Stack gap="md">
        {header}
        <LoadingState label="Counting cases…" />
      </Stack>
    );

  const { worklistStats: s, caseAnalytics: a } = result.data;
  const byStage = [...s.byStage]
    .sort((x, y) => STAGE_ORDER.indexOf(x.stage) - STAGE_ORDER.indexOf(y.stage))
    .map((x) => ({ label: humanize(x.stage), count: x.count }));
  const byCategory = monthlySeries(a.months, a.denialsByCategory, (r) => humanize(r.label));
  const byPayer = monthlySeries(a.months, a.denialsByPayer);
  const rates = (rows: typeof a.overturnByPayer, label: (r: (typeof rows)[number]) => string) =>
    rows.slice(0, TOP).map((r) => ({ label: label(r), rate: r.rate, count: r.decided }));
  const cards: Array<[string, string | number]> = [
    ['Open', s.open],
    ['Due this week', s.dueThisWeek],
    ['Payer late', s.payerLate],
    ['Submitted', s.submitted],
    ['At stake (open)', formatMoney(s.amountAtStake)],
  ];
  const rangeCards: Array<[string, string | number]> = [
    ['Denials', a.denials],
    ['Decisions', a.decided],
    ['Overturn rate', percent(a.overturnRate)],
    ['Recovered', formatMoney(a.recoveredAmount)],
    ['Payer on time', percent(a.payerOnTimeRate)],
  ];

  return (
    <Stack gap="md">
      {header}
      <Cards title="Now" cards={cards} />
      <Cards title={`${a.from} to ${a.to}`} cards={rangeCards} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title="Cases by stage" empty={byStage.length ? null : 'No cases yet.'}>
          <CountChart data={byStage} label="Cases by stage" />
        </Section>
        <Section
          title="Denials by month and category"
          empty={a.denials ? null : 'No denials dated in this range.'}
        >
          <MonthlyChart data={byCategory} label="Denials by month and category" />
        </Section>
        <Section
          title="Denials by month and payer"
          empty={a.denials ? null : 'No denials dated in this range.'}
        >
          <MonthlyChart data={byPayer} label="Denials by month and payer" />
        </Section>
        <Section
          title="Overturn rate by payer"
          note="Overturned or partially overturned, of the decisions in the range"
          empty={a.decided ? null : 'No appeal was decided in this range.'}
        >
          <RateChart
            data={rates(a.overturnByPayer, (r) => r.label)}
            label="Overturn rate by payer"
            countLabel="decisions"
          />
        </Section>
        <Section
          title="Overturn rate by denial category"
          empty={a.decided ? null : 'No appeal was decided in this range.'}
        >
          <RateChart
            data={rates(a.overturnByCategory, (r) => humanize(r.label))}
            label="Overturn rate by denial category"
            countLabel="decisions"
          />
        </Section>
        <Section
          title="Overturn rate by CPT/HCPCS code"
          note="A case counts once for each code on its claim"
          empty={a.overturnByCpt.length ? null : 'No decided case in this range has a code.'}
        >
          <RateChart
            data={rates(a.overturnByCpt, (r) => r.label)}
            label="Overturn rate by CPT/HCPCS code"
            countLabel="decisions"
          />
        </Section>
        <Section
          title="Payer decisions on time"
          note="Decided on or before the payer's decision deadline"
          empty={a.payerOnTime.length ? null : 'No decision in this range had a payer deadline.'}
        >
          <RateChart
            data={a.payerOnTime
              .slice(0, TOP)
              .map((p) => ({ label: p.payerName, rate: p.rate, count: p.decisions }))}
            label="Payer decisions on time"
            countLabel="decisions"
          />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

function Cards({ title, cards }: { title: string; cards: Array<[string, string | number]> }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} c="dimmed">
        {title}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
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
    </Stack>
  );
}

function Section({
  title,
  note,
  empty,
  children,
}: {
  title: string;
  note?: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {note ? (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      ) : null}
      {empty ? (
        <EmptyState title={empty} />
      ) : (
        <Suspense fallback={<LoadingState label="Loading chart…" />}>{children}</Suspense>
      )}
    </Stack>
  );
}
