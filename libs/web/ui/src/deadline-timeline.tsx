import { Badge, Group, List, Text, Timeline } from '@mantine/core';
import { DeadlineBadge } from './deadline-badge';
import { formatDate, humanize } from './format';

/** One deadline as both the Record Check document and the stored case describe it. */
export interface DeadlineItem {
  key: string;
  label: string;
  /** ISO date or instant; drives the countdown. Null: the deadline waits for its date (needs_date). */
  dueAt: string | null;
  rule: string | null;
  anchorEvent: string | null;
  anchorDate: string | null;
  assumptions: readonly string[];
  citation: string | null;
  status?: string;
  /** For a deadline without its date: the question whose answer times it. */
  question?: string | null;
}

/**
 * Deadlines soonest first, then the ones still waiting for their date (never given a made-up one);
 * each shows the rule, the anchor event, the presumptions and the citation.
 */
export function DeadlineTimeline({ items, now }: { items: readonly DeadlineItem[]; now?: number }) {
  const sorted = [...items].sort((a, b) =>
    a.dueAt === null || b.dueAt === null
      ? Number(a.dueAt === null) - Number(b.dueAt === null)
      : a.dueAt.localeCompare(b.dueAt),
  );
  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label="Deadlines">
      {sorted.map((d) => (
        <Timeline.Item
          key={d.key}
          title={
            <Group gap="xs">
              <Text fw={600} size="sm">
                {d.label}
              </Text>
              {d.dueAt === null ? (
                <Badge variant="light" color="orange.9">
                  Needs the notice date
                </Badge>
              ) : (
                <DeadlineBadge dueAt={d.dueAt} {...(now !== undefined ? { now } : {})} />
              )}
              {d.status && d.status !== 'open' && d.status !== 'needs_date' ? (
                <Badge variant="outline" color="gray.8">
                  {d.status}
                </Badge>
              ) : null}
            </Group>
          }
        >
          <Text size="xs" c="dimmed">
            Rule <code>{d.rule ?? '—'}</code> · counted from {humanize(d.anchorEvent)}
            {d.anchorDate ? ` (${formatDate(d.anchorDate)})` : ''}
          </Text>
          {d.citation ? (
            <Text size="xs">
              Citation: <cite>{d.citation}</cite>
            </Text>
          ) : null}
          {d.dueAt === null ? (
            <Text size="xs">
              Not timed yet: {d.question ?? 'What date is printed on the notice?'}
            </Text>
          ) : null}
          {d.assumptions.length > 0 ? (
            <List size="xs" spacing={0}>
              {d.assumptions.map((a) => (
                <List.Item key={a}>Assumed: {a}</List.Item>
              ))}
            </List>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
