import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useClient, type CombinedError } from 'urql';
import {
  asRecordCheckView,
  graphql,
  type RecordCheckQuery,
  type RecordCheckView,
} from '@claimlane/web-data-access';
import {
  DeadlineTimeline,
  FindingList,
  HighlightedLetter,
  LetterActions,
  errorCode,
  errorMessage,
  humanize,
  regimeLabel,
} from '@claimlane/web-ui';

export const recordCheckQuery = graphql(`
  query RecordCheck($text: String!, $facts: KnownFactsInput) {
    recordCheckResult(text: $text, facts: $facts) {
      analysis
      pendingDeadlines {
        kind
        label
        question
        rule
        citation
        anchorEvent
        statedDays
      }
    }
  }
`);

export type PendingDeadlineView = NonNullable<
  RecordCheckQuery['recordCheckResult']
>['pendingDeadlines'][number];

/**
 * The rate-limit answer, whichever way it comes: the API's RATE_LIMITED error (with
 * `retryAfterSeconds`), or an HTTP 429 from a proxy in front of it (with a Retry-After header).
 * Returns null when the error is something else; `seconds` is null when nobody said how long.
 */
export function rateLimitOf(error: CombinedError | null): { seconds: number | null } | null {
  if (!error) return null;
  const fromApi = errorCode(error) === 'RATE_LIMITED';
  const response = (error as { response?: { status?: number; headers?: Headers } }).response;
  if (!fromApi && response?.status !== 429) return null;
  const ext = error.graphQLErrors[0]?.extensions?.['retryAfterSeconds'];
  if (typeof ext === 'number' && ext > 0) return { seconds: Math.ceil(ext) };
  const header = Number(response?.headers?.get?.('retry-after'));
  return { seconds: Number.isFinite(header) && header > 0 ? Math.ceil(header) : null };
}

export function rateLimitMessage(seconds: number | null, now: Date = new Date()): string {
  if (seconds === null)
    return 'You have run many checks in a short time. Wait a minute, then try again.';
  const at = new Date(now.getTime() + seconds * 1000).toLocaleTimeString([], {
    hour: 'numeric',
    minute: '2-digit',
  });
  return `You have run many checks in a short time. Try again in ${seconds} second${seconds === 1 ? '' : 's'} (at ${at}).`;
}

const MAX_CHARS = 200_000;

/** Deadlines of the Record Check document in the shape the shared timeline reads. */
export function recordCheckDeadlines(view: RecordCheckView) {
  return view.deadlines.map((d, i) => ({
    key: `${d.kind}-${i}`,
    label: d.label,
    dueAt: d.due,
    rule: d.rule,
    anchorEvent: d.anchor?.event ?? null,
    anchorDate: d.anchor?.date ?? null,
    assumptions: d.assumptions ?? [],
    citation: d.citation,
  }));
}

export function letterHighlights(view: RecordCheckView) {
  return view.findings
    .filter((f) => f.span)
    .map((f) => ({
      targetId: `finding-${f.id}`,
      span: f.span as [number, number],
      severity: f.severity,
      label: humanize(f.kind),
    }));
}

/** The free Record Check at /check: paste a denial, see what it gets wrong. Nothing is stored. */
export function RecordCheckPage() {
  const client = useClient();
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [checkedText, setCheckedText] = useState('');
  const [view, setView] = useState<RecordCheckView | null>(null);
  const [pending, setPending] = useState<readonly PendingDeadlineView[]>([]);
  const [error, setError] = useState<CombinedError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return setInputError('Paste the text of the denial letter');
    if (text.length > MAX_CHARS)
      return setInputError('The letter is too long (200,000 characters at most)');
    setInputError(null);
    setBusy(true);
    const r = await client
      .query(recordCheckQuery, { text }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    setError(r.error ?? null);
    const result = r.data?.recordCheckResult;
    const v = result ? asRecordCheckView(result.analysis) : null;
    setView(v);
    setPending(v && result ? result.pendingDeadlines : []);
    if (v) setCheckedText(text);
  }

  const limited = rateLimitOf(error);

  return (
    <Container size="lg" py="lg" component="main">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} size="h2">
            Free Record Check
          </Title>
          <Anchor component={Link} to="/sign-in" size="sm">
            Sign in to track cases
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          Paste a denial letter. You get its classification, the procedural weaknesses, every
          deadline with its citation, and a ready-to-send request for the claim file. Nothing you
          paste is stored.
        </Text>
        <form onSubmit={submit} noValidate aria-label="Record Check">
          <Stack gap="xs">
            <Textarea
              label="Denial letter text"
              autosize
              minRows={8}
              maxRows={20}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={inputError}
              required
            />
            <Group>
              <Button type="submit" loading={busy}>
                Check this letter
              </Button>
            </Group>
          </Stack>
        </form>
        {error ? (
          <Alert
            color={limited ? 'yellow' : 'red'}
            role="alert"
            title={limited ? 'Too many checks' : 'The check failed'}
          >
            {limited ? rateLimitMessage(limited.seconds) : errorMessage(error)}
          </Alert>
        ) : null}
        {view ? <RecordCheckResult view={view} text={checkedText} pending={pending} /> : null}
      </Stack>
    </Container>
  );
}

export function RecordCheckResult({
  view,
  text,
  pending = [],
}: {
  view: RecordCheckView;
  text: string;
  pending?: readonly PendingDeadlineView[];
}) {
  return (
    <Stack gap="md" aria-label="Record Check result">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Fact label="Category" value={humanize(view.category)} />
        <Fact label="Regime" value={regimeLabel(view.regime)} />
        <Fact
          label="Decision"
          value={view.determinationLevel === 'final_internal' ? 'Final internal' : 'Initial'}
        />
        <Fact label="Service type" value={humanize(view.serviceType?.value ?? null)} />
      </SimpleGrid>
      {view.strongestGround ? (
        <Alert color="indigo" title={`Strongest ground: ${humanize(view.strongestGround.ground)}`}>
          {view.strongestGround.reason}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            The letter
          </Title>
          <HighlightedLetter text={text} highlights={letterHighlights(view)} />
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            Weaknesses ({view.findings.length})
          </Title>
          {view.findings.length ? (
            <FindingList findings={view.findings} />
          ) : (
            <Text size="sm">No procedural weaknesses found.</Text>
          )}
        </Stack>
      </SimpleGrid>
      <Title order={2} size="h4">
        Deadlines
      </Title>
      {view.deadlines.length ? (
        <DeadlineTimeline items={recordCheckDeadlines(view)} />
      ) : pending.length === 0 ? (
        <Text size="sm">
          No deadline could be computed; the letter gives no date to count from.
        </Text>
      ) : null}
      {pending.length ? <PendingDeadlines items={pending} /> : null}
      <Title order={2} size="h4">
        Required disclosures
      </Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Element</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Citation</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.disclosures.map((d) => (
            <Table.Tr key={d.element}>
              <Table.Td>{humanize(d.element)}</Table.Td>
              <Table.Td>
                <Badge
                  variant="outline"
                  color={
                    d.status === 'present' ? 'teal.9' : d.status === 'missing' ? 'red.9' : 'gray.8'
                  }
                >
                  {humanize(d.status)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <cite>{d.citation}</cite>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Title order={2} size="h4">
          Request letter
        </Title>
        <LetterActions text={view.letter} filename="record-request.txt" />
      </Group>
      <Paper withBorder p="sm">
        <Text
          component="pre"
          size="sm"
          style={{ whiteSpace: 'pre-wrap', margin: 0 }}
          aria-label="Request letter text"
        >
          {view.letter}
        </Text>
      </Paper>
    </Stack>
  );
}

/** Deadlines that apply but wait for a date (needs_date): never timed from today, each with its question. */
function PendingDeadlines({ items }: { items: readonly PendingDeadlineView[] }) {
  return (
    <Stack gap="xs" aria-label="Deadlines waiting for a date">
      {items.map((d) => (
        <Alert key={d.kind} color="yellow" title={`${d.label}: not timed yet`}>
          <Text size="sm">
            {`This deadline counts from the ${humanize(d.anchorEvent).toLowerCase()}, which the letter does not give. ${d.question}`}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {d.rule} · <cite>{d.citation}</cite>
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Paper>
  );
}
