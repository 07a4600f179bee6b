import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, type CombinedError } from 'urql';
import type {
  CaseAction,
  DecisionOutcome,
  EscalationLevel,
  SubmissionChannel,
} from '@claimlane/web-data-access';
import { errorMessage, humanize } from '@claimlane/web-ui';
import {
  closeCaseMutation,
  escalateLevelMutation,
  markCriteriaReceivedMutation,
  markRecordsReceivedMutation,
  recordDecisionMutation,
  requestRecordsMutation,
  submitAppealMutation,
} from './case-documents';

/** The stage buttons, in the API's order. Extending a deadline lives on the deadline, not here. */
type StageAction = Exclude<CaseAction, 'EXTEND_DEADLINE'>;

const LABELS: Record<StageAction, string> = {
  REQUEST_RECORDS: 'Request records',
  MARK_RECORDS_RECEIVED: 'Records received',
  MARK_CRITERIA_RECEIVED: 'Criteria received',
  SUBMIT_APPEAL: 'Submit appeal',
  RECORD_DECISION: 'Record decision',
  ESCALATE_LEVEL: 'Escalate level',
  CLOSE_CASE: 'Close case',
};

type SimpleAction = 'REQUEST_RECORDS' | 'MARK_RECORDS_RECEIVED' | 'MARK_CRITERIA_RECEIVED';
type Dialog = Exclude<StageAction, SimpleAction> | null;

const isStageAction = (a: CaseAction): a is StageAction => a in LABELS;
const isSimple = (a: StageAction): a is SimpleAction =>
  a === 'REQUEST_RECORDS' || a === 'MARK_RECORDS_RECEIVED' || a === 'MARK_CRITERIA_RECEIVED';

/**
 * Buttons for the transitions the API offers this caller now (`AppealCase.availableActions`: the
 * stage machine and the caller's role); forms for the ones that need details.
 */
export function StageActions({
  caseId,
  actions,
  onDone,
}: {
  caseId: string;
  actions: readonly CaseAction[];
  onDone: () => void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [request, requestRecords] = useMutation(requestRecordsMutation);
  const [records, markRecords] = useMutation(markRecordsReceivedMutation);
  const [criteria, markCriteria] = useMutation(markCriteriaReceivedMutation);

  async function simple(action: SimpleAction) {
    const input = { input: { caseId } };
    const r =
      action === 'REQUEST_RECORDS'
        ? await requestRecords(input)
        : action === 'MARK_RECORDS_RECEIVED'
          ? await markRecords(input)
          : await markCriteria(input);
    setError(r.error ?? null);
    if (!r.error) onDone();
  }

  const busy = request.fetching || records.fetching || criteria.fetching;
  const buttons = actions.filter(isStageAction);
  if (buttons.length === 0) return null;
  return (
    <Stack gap="xs">
      {error ? (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {errorMessage(error)}
        </Alert>
      ) : null}
      <Group gap="xs" role="group" aria-label="Stage actions">
        {buttons.map((a) => (
          <Button
            key={a}
            variant={a === 'SUBMIT_APPEAL' ? 'filled' : a === 'CLOSE_CASE' ? 'default' : 'light'}
            disabled={busy}
            onClick={() => (isSimple(a) ? void simple(a) : setDialog(a))}
          >
            {LABELS[a]}
          </Button>
        ))}
      </Group>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog ? LABELS[dialog] : ''}
      >
        {dialog === 'SUBMIT_APPEAL' ? (
          <SubmitForm caseId={caseId} onDone={() => (setDialog(null), onDone())} />
        ) : null}
        {dialog === 'RECORD_DECISION' ? (
          <DecisionForm caseId={caseId} onDone={() => (setDialog(null), onDone())} />
        ) : null}
        {dialog === 'ESCALATE_LEVEL' ? (
          <EscalateForm caseId={caseId} onDone={() => (setDialog(null), onDone())} />
        ) : null}
        {dialog === 'CLOSE_CASE' ? (
          <CloseForm caseId={caseId} onDone={() => (setDialog(null), onDone())} />
        ) : null}
      </Modal>
    </Stack>
  );
}

function FormError({ error }: { error: CombinedError | undefined }) {
  return error ? (
    <Alert color="red" role="alert">
      {errorMessage(error)}
    </Alert>
  ) : null;
}

// Native selects in dialogs: short fixed lists, and the platform's own keyboard and screen-reader support.
const CHOOSE = { value: '', label: 'Choose…' };

const CHANNELS: SubmissionChannel[] = ['fax', 'portal', 'mail', 'email', 'phone'];

function SubmitForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [channel, setChannel] = useState<SubmissionChannel | null>(null);
  const [proof, setProof] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [result, submit] = useMutation(submitAppealMutation);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!channel) return setInvalid('Choose how the appeal was sent');
    setInvalid(null);
    const r = await submit({
      input: { caseId, channel, ...(proof.trim() ? { proof: proof.trim() } : {}) },
    });
    if (!r.error) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormError error={result.error} />
        <NativeSelect
          label="Sent by"
          data={[CHOOSE, ...CHANNELS.map((c) => ({ value: c, label: humanize(c) }))]}
          value={channel ?? ''}
          onChange={(e) => setChannel((e.currentTarget.value || null) as SubmissionChannel | null)}
          error={invalid}
          required
        />
        <TextInput
          label="Proof of submission"
          description="Fax confirmation, tracking number or portal reference"
          value={proof}
          onChange={(e) => setProof(e.currentTarget.value)}
        />
        <Button type="submit" loading={result.fetching}>
          Submit appeal
        </Button>
      </Stack>
    </form>
  );
}

function DecisionForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [decidedOn, setDecidedOn] = useState('');
  const [invalid, setInvalid] = useState<{ outcome?: string; decidedOn?: string }>({});
  const [result, record] = useMutation(recordDecisionMutation);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next = {
      outcome: outcome ? undefined : 'Choose the outcome',
      decidedOn: /^\d{4}-\d{2}-\d{2}$/.test(decidedOn)
        ? undefined
        : 'Enter the date on the decision notice',
    };
    setInvalid(next);
    if (next.outcome || next.decidedOn || !outcome) return;
    const r = await record({ input: { caseId, outcome, decidedOn } });
    if (!r.error) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormError error={result.error} />
        <NativeSelect
          label="Outcome"
          data={[
            CHOOSE,
            { value: 'overturned', label: 'Overturned' },
            { value: 'partially_overturned', label: 'Partially overturned' },
            { value: 'upheld', label: 'Upheld' },
          ]}
          value={outcome ?? ''}
          onChange={(e) => setOutcome((e.currentTarget.value || null) as DecisionOutcome | null)}
          error={invalid.outcome}
          required
        />
        <TextInput
          label="Decided on"
          type="date"
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.currentTarget.value)}
          error={invalid.decidedOn}
          required
        />
        <Button type="submit" loading={result.fetching}>
          Record decision
        </Button>
      </Stack>
    </form>
  );
}

const LEVELS: EscalationLevel[] = [
  'internal_second',
  'external_review',
  'medicare_reconsideration',
  'state_fair_hearing',
  'alj',
  'other',
];

function EscalateForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [levelKind, setLevelKind] = useState<EscalationLevel | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [result, escalate] = useMutation(escalateLevelMutation);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!levelKind) return setInvalid('Choose the next level');
    setInvalid(null);
    const r = await escalate({ input: { caseId, levelKind } });
    if (!r.error) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormError error={result.error} />
        <NativeSelect
          label="Next level"
          data={[CHOOSE, ...LEVELS.map((l) => ({ value: l, label: humanize(l) }))]}
          value={levelKind ?? ''}
          onChange={(e) => setLevelKind((e.currentTarget.value || null) as EscalationLevel | null)}
          error={invalid}
          required
        />
        <Button type="submit" loading={result.fetching}>
          Escalate
        </Button>
      </Stack>
    </form>
  );
}

function CloseForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [result, close] = useMutation(closeCaseMutation);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return setInvalid('Say why the case is closed');
    setInvalid(null);
    const r = await close({ input: { caseId, reason: reason.trim() } });
    if (!r.error) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormError error={result.error} />
        <TextInput
          label="Reason"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={invalid}
          required
        />
        <Button type="submit" color="gray.8" loading={result.fetching}>
          Close case
        </Button>
      </Stack>
    </form>
  );
}
