import { Badge } from '@mantine/core';
import { daysUntil, formatDate } from './format';

/** Days under which a deadline shows red on the worklist and the case page. */
export const URGENT_DAYS = 7;

export function DeadlineBadge({ dueAt, now }: { dueAt: string | null | undefined; now?: number }) {
  if (!dueAt) return <span aria-label="No open deadline">—</span>;
  const days = daysUntil(dueAt, now);
  const urgent = days < URGENT_DAYS;
  const text = days < 0 ? `${-days}d overdue` : days === 0 ? 'today' : `${days}d`;
  return (
    <Badge
      color={urgent ? 'red.9' : 'gray.8'}
      variant={urgent ? 'filled' : 'outline'}
      data-urgent={urgent || undefined}
      title={formatDate(dueAt)}
      // Never cut the date short in a narrow table column.
      style={{ maxWidth: 'none', flexShrink: 0 }}
    >
      {formatDate(dueAt)} · {text}
    </Badge>
  );
}
