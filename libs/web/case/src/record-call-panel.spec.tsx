import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlClient, renderWithProviders, testWorkspace } from '@claimlane/web-testing';
import { RecordCallSection } from './record-call-panel';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const PAYER_ID = '00000000-0000-4000-8000-0000000000a1';
const PHONE_ID = '00000000-0000-4000-8000-0000000000f1';

const completedCall = {
  __typename: 'RecordCall',
  id: '00000000-0000-4000-8000-0000000000b1',
  status: 'completed',
  outcome: 'completed',
  attempts: 1,
  createdAt: '2026-12-01T10:00:00.000Z',
  scheduledFor: '2026-12-01T10:00:00.000Z',
  startedAt: '2026-12-01T10:00:05.000Z',
  endedAt: '2026-12-01T10:04:00.000Z',
  errorCode: null,
  consentStates: ['CA'],
  referenceNumbers: ['REF-4471'],
  transcript: [
    {
      __typename: 'TranscriptTurn',
      speaker: 'assistant',
      text: 'Hello, this is an AI assistant.',
      interrupted: false,
    },
    {
      __typename: 'TranscriptTurn',
      speaker: 'representative',
      text: 'Member [REDACTED] confirmed.',
      interrupted: false,
    },
  ],
  summary: {
    __typename: 'RecordCallSummary',
    outcome: 'completed',
    holds: 0,
    transfers: 0,
    referenceNumbers: [{ __typename: 'CallReferenceNumber', value: 'REF-4471' }],
    refusals: [{ __typename: 'CallRefusal', topic: 'criteria_copy', proprietary: true }],
    specificReason: {
      __typename: 'CallAnswer',
      topic: 'specific_reason',
      status: 'answered',
      value: 'Not medically necessary',
    },
    criteriaApplied: null,
    criteriaCopy: {
      __typename: 'CallAnswer',
      topic: 'criteria_copy',
      status: 'refused',
      value: null,
    },
    planProvision: null,
    recordsReviewed: null,
    reviewerName: null,
    reviewerCredentials: null,
    appealDeadline: null,
    appealSubmission: null,
  },
};

function respond(calls: unknown[]) {
  return fakeGraphqlClient((call) => {
    if (call.operationName === 'RecordCallResults') return { data: { recordCalls: calls } };
    if (call.operationName === 'PayerPhones')
      return {
        data: {
          payerPhones: [
            {
              __typename: 'PayerPhone',
              id: PHONE_ID,
              label: 'Provider services',
              phoneE164: '+13125550100',
              state: 'CA',
              timeZone: 'America/Los_Angeles',
              opens: '08:00',
              closes: '17:00',
              days: [1, 2, 3, 4, 5],
              active: true,
            },
          ],
        },
      };
    if (call.operationName === 'RequestRecordCall')
      return {
        data: {
          requestRecordCall: {
            __typename: 'RecordCall',
            id: completedCall.id,
            status: 'queued',
            scheduledFor: completedCall.scheduledFor,
          },
        },
      };
    return { data: null };
  });
}

describe('RecordCallSection', () => {
  it('shows the disclosure before the call starts, then starts it on the chosen line', async () => {
    const { client, calls } = respond([]);
    renderWithProviders(
      <RecordCallSection caseId={CASE_ID} payerId={PAYER_ID} payerName="Keystone" />,
      { client, workspace: testWorkspace('BILLER', ['calls.request']) },
    );
    await screen.findByText('No Record Calls on this case.');
    fireEvent.click(screen.getByRole('button', { name: 'Call the carrier' }));
    const disclosure = await screen.findByRole('alert', { name: 'Before the call starts' });
    expect(disclosure.textContent).toContain('An AI assistant will call Keystone at +13125550100');
    expect(disclosure.textContent).toContain('the call is being recorded');
    expect(disclosure.textContent).toContain('The line is in CA');
    expect(calls.some((c) => c.operationName === 'RequestRecordCall')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Start the call' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'RequestRecordCall')?.variables).toEqual({
        caseId: CASE_ID,
        payerPhoneId: PHONE_ID,
      }),
    );
  });

  it('offers to add a line when the payer has none, refusing a malformed number or hours', async () => {
    const { client, calls } = fakeGraphqlClient((call) =>
      call.operationName === 'RecordCallResults'
        ? { data: { recordCalls: [] } }
        : call.operationName === 'PayerPhones'
          ? { data: { payerPhones: [] } }
          : { data: null },
    );
    renderWithProviders(
      <RecordCallSection caseId={CASE_ID} payerId={PAYER_ID} payerName="Keystone" />,
      { client, workspace: testWorkspace('OWNER', ['calls.request', 'payerPhones.manage']) },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Call the carrier' }));
    expect((await screen.findByText(/Keystone has no phone line on file/)).textContent).toContain(
      'Add one below.',
    );
    fireEvent.change(screen.getByLabelText(/Phone number/), { target: { value: '312-555-0100' } });
    fireEvent.change(screen.getByLabelText(/Closes/), { target: { value: '07:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add line' }));
    expect(await screen.findByText('Use the E.164 form, e.g. +13125550100')).toBeTruthy();
    expect(screen.getByText('The line must close after it opens')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start the call' })).toHaveProperty('disabled', true);
    expect(calls.some((c) => c.operationName === 'AddPayerPhone')).toBe(false);
  });

  it('shows a finished call: summary, refusals, reference numbers and the redacted transcript', async () => {
    const { client } = respond([completedCall]);
    renderWithProviders(
      <RecordCallSection caseId={CASE_ID} payerId={PAYER_ID} payerName="Keystone" />,
      { client, workspace: testWorkspace('VIEWER') },
    );
    const summary = await screen.findByRole('table', { name: 'Call summary' });
    expect(within(summary).getByText('Not medically necessary')).toBeTruthy();
    expect(within(summary).getByText('Refused')).toBeTruthy();
    expect(screen.getByText(/REF-4471/)).toBeTruthy();
    expect(screen.getByText(/Criteria copy \(called proprietary\)/)).toBeTruthy();
    expect(screen.getByLabelText('Redacted transcript').textContent).toContain('[REDACTED]');
    // A VIEWER may read calls, not start them.
    expect(screen.queryByRole('button', { name: 'Call the carrier' })).toBeNull();
  });
});
