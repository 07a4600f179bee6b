import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorMessage, formatDate } from '@claimlane/web-ui';
import { updateNoticeDateMutation } from './case-intake-documents';

/** Earlier than this no denial this product handles was written: a typo (1925 for 2025). */
const EARLIEST_NOTICE = '2000-01-01';

/** Today as YYYY-MM-DD in the browser's own calendar (the date the user reads on their wall). */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function isRealDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * The first date of service: the claim's, else the earliest the letter states (its Record Check
 * analysis, `fields.serviceDates.value`), as the API checks it.
 */
export function firstServiceDate(
  claimFrom: string | null | undefined,
  analysis: unknown,
): string | null {
  if (claimFrom) return claimFrom;
  const value = (analysis as { fields?: { serviceDates?: { value?: unknown } | null } } | null)
    ?.fields?.serviceDates?.value;
  const dates = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && isRealDate(v))
    : [];
  return dates.length ? [...dates].sort()[0]! : null;
}

/**
 * Why a notice date cannot be right, or null. The API refuses a future date as well (DATE_IN_FUTURE);
 * the service-date and far-past checks are the screen's, since a notice cannot predate the care it
 * denies.
 */
export function noticeDateProblem(
  value: string,
  opts: { today: string; serviceDate?: string | null },
): string | null {
  const v = value.trim();
  if (!v) return 'Enter the date printed on the notice';
  if (!isRealDate(v)) return 'Enter a real calendar date (YYYY-MM-DD)';
  if (v > opts.today) return 'The notice date cannot be after today';
  if (opts.serviceDate && v < opts.serviceDate)
    return `The notice date cannot be before the date of service (${formatDate(opts.serviceDate)})`;
  if (v < EARLIEST_NOTICE) return 'That date is too far in the past for a denial notice';
  return null;
}

/**
 * Shown while a deadline waits for its date (`needs_date`): the answer to its question goes to
 * `updateDenial`, which times the waiting deadlines from it; the page then refetches and shows them
 * with their due date and citation.
 */
export function NoticeDateForm({
  denialId,
  question,
  serviceDate,
  onSaved,
  today = localToday(),
}: {
  denialId: string;
  question: string;
  serviceDate?: string | null;
  onSaved: () => void;
  today?: string;
}) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, update] = useMutation(updateNoticeDateMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p = noticeDateProblem(value, { today, serviceDate });
    setProblem(p);
    if (p) return;
    const r = await update({ input: { id: denialId, noticeDate: value.trim() } });
    if (!r.error) onSaved();
  }

  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-label="Notice date">
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {question}
          </Text>
          <Text size="xs" c="dimmed">
            The deadlines below count from it; until it is known they are shown but not timed.
          </Text>
          <Group align="flex-end">
            <TextInput
              type="date"
              label="Notice date"
              value={value}
              max={today}
              min={serviceDate ?? EARLIEST_NOTICE}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={problem}
              required
            />
            <Button type="submit" loading={state.fetching}>
              Save notice date
            </Button>
          </Group>
          {state.error ? (
            <Alert color="red" role="alert" title="The date was not saved">
              {errorMessage(state.error)}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
