import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  Paper,
  Spoiler,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { can, useWorkspace, type RecordCallResultsQuery } from '@claimlane/web-data-access';
import { ErrorState, LoadingState, errorMessage, humanize } from '@claimlane/web-ui';
import {
  addPayerPhoneMutation,
  payerPhonesQuery,
  recordCallResultsQuery,
  requestRecordCallMutation,
} from './case-intake-documents';

/** How often the results refresh while a call is queued or on the line. */
export const CALL_POLL_MS = 2000;

type RecordCallView = RecordCallResultsQuery['recordCalls'][number];

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

/** Record Calls tab: start a call to the payer (with its disclosure first), then its live results. */
export function RecordCallSection({
  caseId,
  payerId,
  payerName,
}: {
  caseId: string;
  payerId: string | null;
  payerName: string | null;
}) {
  const { workspace } = useWorkspace();
  const [r, refetch] = useQuery({ query: recordCallResultsQuery, variables: { caseId } });
  const calls = r.data?.recordCalls ?? [];
  const running = calls.some((c) => c.status === 'queued' || c.status === 'in_progress');
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => refetch({ requestPolicy: 'network-only' }), CALL_POLL_MS);
    return () => clearInterval(t);
  }, [running, refetch]);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Stack gap="md">
      {can(workspace, 'calls.request') ? (
        <CallCarrier
          caseId={caseId}
          payerId={payerId}
          payerName={payerName}
          busy={running}
          mayAddPhone={can(workspace, 'payerPhones.manage')}
          onStarted={reload}
        />
      ) : null}
      {r.error && !r.data ? (
        <ErrorState error={r.error} onRetry={reload} />
      ) : !r.data ? (
        <LoadingState label="Loading the calls…" />
      ) : calls.length === 0 ? (
        <Text size="sm" c="dimmed">
          No Record Calls on this case.
        </Text>
      ) : (
        calls.map((c) => <RecordCallResult key={c.id} call={c} />)
      )}
    </Stack>
  );
}

function CallCarrier({
  caseId,
  payerId,
  payerName,
  busy,
  mayAddPhone,
  onStarted,
}: {
  caseId: string;
  payerId: string | null;
  payerName: string | null;
  busy: boolean;
  mayAddPhone: boolean;
  onStarted: () => void;
}) {
  const [open, setOpen] = useState(false);
  if (!payerId)
    return (
      <Text size="sm" c="dimmed">
        A Record Call needs the case&apos;s payer; this case has none.
      </Text>
    );
  return (
    <Group>
      <Button onClick={() => setOpen(true)} disabled={busy}>
        Call the carrier
      </Button>
      {busy ? (
        <Text size="xs" c="dimmed">
          A call is under way; its results update below.
        </Text>
      ) : null}
      <Modal opened={open} onClose={() => setOpen(false)} title="Call the carrier" size="lg">
        {open ? (
          <StartCallForm
            caseId={caseId}
            payerId={payerId}
            payerName={payerName ?? 'the payer'}
            mayAddPhone={mayAddPhone}
            onStarted={() => (setOpen(false), onStarted())}
          />
        ) : null}
      </Modal>
    </Group>
  );
}

function StartCallForm({
  caseId,
  payerId,
  payerName,
  mayAddPhone,
  onStarted,
}: {
  caseId: string;
  payerId: string;
  payerName: string;
  mayAddPhone: boolean;
  onStarted: () => void;
}) {
  const [phones, refetchPhones] = useQuery({ query: payerPhonesQuery, variables: { payerId } });
  const [picked, setPicked] = useState<string>('');
  const [request, requestCall] = useMutation(requestRecordCallMutation);
  const active = (phones.data?.payerPhones ?? []).filter((p) => p.active);
  const phoneId = picked || active[0]?.id || '';
  const phone = active.find((p) => p.id === phoneId);

  async function start() {
    const res = await requestCall({ caseId, payerPhoneId: phoneId });
    if (!res.error) onStarted();
  }

  if (phones.error && !phones.data)
    return (
      <ErrorState
        error={phones.error}
        onRetry={() => refetchPhones({ requestPolicy: 'network-only' })}
      />
    );
  if (!phones.data) return <LoadingState label="Loading the payer's lines…" />;
  return (
    <Stack gap="sm">
      {active.length === 0 ? (
        <Alert color="yellow" title="No line on file">
          {`${payerName} has no phone line on file for Record Calls.`}
          {mayAddPhone ? ' Add one below.' : ' Ask an admin to add one.'}
        </Alert>
      ) : (
        <NativeSelect
          label="Payer line"
          data={active.map((p) => ({
            value: p.id,
            label: `${p.label} · ${p.phoneE164} (${p.opens}–${p.closes} ${p.timeZone})`,
          }))}
          value={phoneId}
          onChange={(e) => setPicked(e.currentTarget.value)}
        />
      )}
      {mayAddPhone && active.length === 0 ? (
        <AddPhoneForm
          payerId={payerId}
          onAdded={(id) => (setPicked(id), refetchPhones({ requestPolicy: 'network-only' }))}
        />
      ) : null}
      {phone ? (
        <Alert color="indigo" title="Before the call starts">
          <Text size="sm">
            {`An AI assistant will call ${payerName} at ${phone.phoneE164} on your behalf. It opens by saying that it is an AI assistant, an automated caller, and that the call is being recorded.`}
            {phone.state
              ? ` The line is in ${phone.state}: where everyone on a call must consent to recording, it asks for consent and ends the call if it is refused.`
              : ''}
          </Text>
          <Text size="sm" mt="xs">
            It asks only about this denial (the reason, the criteria applied, the reviewer, the
            appeal deadline and a reference number). The transcript shown here is redacted; every
            read of the full one is audited.
          </Text>
        </Alert>
      ) : null}
      {request.error ? (
        <Alert color="red" role="alert" title="The call was not started">
          {errorMessage(request.error)}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button onClick={() => void start()} disabled={!phone} loading={request.fetching}>
          Start the call
        </Button>
      </Group>
    </Stack>
  );
}

const E164 = /^\+[1-9]\d{7,14}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DAYS: Array<{ value: string; label: string; days: number[] }> = [
  { value: 'weekdays', label: 'Monday to Friday', days: [1, 2, 3, 4, 5] },
  { value: 'all', label: 'Every day', days: [1, 2, 3, 4, 5, 6, 7] },
];

function AddPhoneForm({ payerId, onAdded }: { payerId: string; onAdded: (id: string) => void }) {
  const [label, setLabel] = useState('Provider services');
  const [number, setNumber] = useState('');
  const [state, setState] = useState('');
  const [zone, setZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [opens, setOpens] = useState('08:00');
  const [closes, setCloses] = useState('17:00');
  const [days, setDays] = useState('weekdays');
  const [problem, setProblem] = useState<Record<string, string>>({});
  const [res, add] = useMutation(addPayerPhoneMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p: Record<string, string> = {};
    if (!label.trim()) p['label'] = 'Name the line';
    if (!E164.test(number.trim())) p['number'] = 'Use the E.164 form, e.g. +13125550100';
    if (state.trim() && !/^[A-Za-z]{2}$/.test(state.trim())) p['state'] = 'Two letters, e.g. CA';
    if (!zone.trim()) p['zone'] = 'The line’s time zone, e.g. America/Chicago';
    if (!CLOCK.test(opens.trim())) p['opens'] = 'HH:MM, e.g. 08:00';
    if (!CLOCK.test(closes.trim())) p['closes'] = 'HH:MM, e.g. 17:00 (24:00 for midnight)';
    else if (CLOCK.test(opens.trim()) && closes.trim() <= opens.trim())
      p['closes'] = 'The line must close after it opens';
    setProblem(p);
    if (Object.keys(p).length) return;
    const r = await add({
      input: {
        payerId,
        label: label.trim(),
        phoneE164: number.trim(),
        state: state.trim().toUpperCase() || null,
        timeZone: zone.trim(),
        opens: opens.trim(),
        closes: closes.trim(),
        days: DAYS.find((d) => d.value === days)?.days ?? DAYS[0]!.days,
      },
    });
    if (r.data) onAdded(r.data.addPayerPhone.id);
  }

  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-label="Add a payer line">
        <Stack gap="xs">
          <Group grow align="flex-start">
            <TextInput
              label="Line name"
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              error={problem['label']}
              required
            />
            <TextInput
              label="Phone number"
              placeholder="+13125550100"
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value)}
              error={problem['number']}
              required
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label="US state (recording consent)"
              value={state}
              maxLength={2}
              onChange={(e) => setState(e.currentTarget.value)}
              error={problem['state']}
            />
            <TextInput
              label="Time zone"
              value={zone}
              onChange={(e) => setZone(e.currentTarget.value)}
              error={problem['zone']}
              required
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label="Opens"
              value={opens}
              onChange={(e) => setOpens(e.currentTarget.value)}
              error={problem['opens']}
              required
            />
            <TextInput
              label="Closes"
              value={closes}
              onChange={(e) => setCloses(e.currentTarget.value)}
              error={problem['closes']}
              required
            />
            <NativeSelect
              label="Days"
              data={DAYS.map(({ value, label }) => ({ value, label }))}
              value={days}
              onChange={(e) => setDays(e.currentTarget.value)}
            />
          </Group>
          {res.error ? (
            <Alert color="red" role="alert">
              {errorMessage(res.error)}
            </Alert>
          ) : null}
          <Button type="submit" variant="light" loading={res.fetching} w="fit-content">
            Add line
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

const STATUS_COLOR: Record<string, string> = {
  queued: 'gray.8',
  in_progress: 'indigo.8',
  completed: 'teal.9',
  failed: 'red.9',
};

type Summary = NonNullable<RecordCallView['summary']>;
const ANSWERS: Array<[keyof Summary, string]> = [
  ['specificReason', 'Specific reason'],
  ['criteriaApplied', 'Criteria applied'],
  ['criteriaCopy', 'Copy of the criteria'],
  ['planProvision', 'Plan provision'],
  ['recordsReviewed', 'Records reviewed'],
  ['reviewerName', 'Reviewer'],
  ['reviewerCredentials', 'Reviewer credentials'],
  ['appealDeadline', 'Appeal deadline'],
  ['appealSubmission', 'How to submit the appeal'],
];

export function RecordCallResult({ call }: { call: RecordCallView }) {
  const live = call.status === 'queued' || call.status === 'in_progress';
  const s = call.summary;
  const refs = s?.referenceNumbers.map((r) => r.value) ?? call.referenceNumbers;
  return (
    <Paper
      withBorder
      p="sm"
      aria-label={`Record Call ${when(call.createdAt ?? call.scheduledFor)}`}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} size="h5">
              Record Call
            </Title>
            <Badge color={STATUS_COLOR[call.status] ?? 'gray.8'}>{humanize(call.status)}</Badge>
            {call.outcome && call.outcome !== call.status ? (
              <Badge variant="outline">{humanize(call.outcome)}</Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {call.startedAt
              ? `Started ${when(call.startedAt)}`
              : `Scheduled ${when(call.scheduledFor)}`}
            {call.endedAt ? ` · ended ${when(call.endedAt)}` : ''}
          </Text>
        </Group>
        {live ? (
          <Text size="sm" role="status">
            {call.status === 'queued'
              ? 'Waiting for the payer line to open…'
              : 'On the line with the payer…'}
          </Text>
        ) : null}
        {call.errorCode ? (
          <Text size="sm" c="red.9">
            {`The call failed (${call.errorCode}).`}
          </Text>
        ) : null}
        <Text size="sm">
          <b>Reference numbers:</b> {refs.length ? refs.join(', ') : 'none given yet'}
        </Text>
        {s ? (
          <Table striped aria-label="Call summary">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Asked about</Table.Th>
                <Table.Th>Answer</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ANSWERS.map(([key, label]) => {
                const a = s[key] as { status: string; value?: string | null } | null | undefined;
                if (!a) return null;
                return (
                  <Table.Tr key={key}>
                    <Table.Td>{label}</Table.Td>
                    <Table.Td>
                      {a.value ?? ''}{' '}
                      {a.status !== 'answered' ? (
                        <Badge variant="light" color="gray.8" size="sm">
                          {humanize(a.status)}
                        </Badge>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : null}
        {s && s.refusals.length ? (
          <Text size="sm">
            <b>Refused:</b>{' '}
            {s.refusals
              .map((r) => `${humanize(r.topic)}${r.proprietary ? ' (called proprietary)' : ''}`)
              .join(', ')}
          </Text>
        ) : null}
        {call.transcript?.length ? (
          <Spoiler maxHeight={160} showLabel="Show the whole transcript" hideLabel="Show less">
            <List size="sm" listStyleType="none" aria-label="Redacted transcript">
              {call.transcript.map((t, i) => (
                <List.Item key={i}>
                  <b>{t.speaker === 'assistant' ? 'Assistant' : 'Representative'}:</b> {t.text}
                  {t.interrupted ? ' [line dropped]' : ''}
                </List.Item>
              ))}
            </List>
          </Spoiler>
        ) : null}
      </Stack>
    </Paper>
  );
}
