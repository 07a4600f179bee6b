import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  fakeGraphqlClient,
  renderWithProviders,
  testWorkspace,
  type GraphqlCall,
} from '@claimlane/web-testing';
import { PacketPanel } from './packet-panel';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';

const listed = [
  { id: 'p2', status: 'done', createdAt: '2026-12-01T15:00:00Z', totalPages: 14 },
  { id: 'p1', status: 'done', createdAt: '2026-11-20T15:00:00Z', totalPages: 9 },
];

function packet(id: string) {
  const row = listed.find((p) => p.id === id)!;
  return {
    __typename: 'Packet',
    id,
    status: 'done',
    progress: 100,
    stage: 'done',
    totalPages: row.totalPages,
    sha256: `sha-${id}`,
    errorCode: null,
    downloadUrl: `/api/files/token-${id}`,
    downloadExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    finishedAt: row.createdAt,
    manifest: { __typename: 'PacketManifest', exhibits: [] },
  };
}

function respond(call: GraphqlCall) {
  if (call.operationName === 'CaseLetters') return { data: { letters: [] } };
  if (call.operationName === 'CasePackets')
    return { data: { casePackets: listed.map((p) => ({ __typename: 'Packet', ...p })) } };
  if (call.operationName === 'PacketStatus')
    return { data: { packet: packet(String(call.variables['id'])) } };
  return { data: null };
}

describe('PacketPanel', () => {
  it('shows the latest packet after a reload, lists the earlier one, and brings it up on demand', async () => {
    const { client, calls } = fakeGraphqlClient(respond);
    renderWithProviders(<PacketPanel caseId={CASE_ID} />, { client });
    expect(await screen.findByText('Packet ready: 14 pages')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download packet (PDF)' }).getAttribute('href')).toBe(
      '/api/files/token-p2',
    );
    const earlier = screen.getByRole('table', { name: 'Earlier packets' });
    expect(earlier.textContent).toMatch(/Nov 20, 2026.*Done.*9/s);
    fireEvent.click(screen.getByRole('button', { name: 'Show the packet built Nov 20, 2026' }));
    expect(await screen.findByText('Packet ready: 9 pages')).toBeTruthy();
    await waitFor(() =>
      expect(
        calls.some((c) => c.operationName === 'PacketStatus' && c.variables['id'] === 'p1'),
      ).toBe(true),
    );
    // The latest now sits in the list in its place.
    expect(screen.getByRole('table', { name: 'Earlier packets' }).textContent).toMatch(/14/);
  });

  it('shows nothing but the build form when the case has no packet', async () => {
    const { client, calls } = fakeGraphqlClient((call) =>
      call.operationName === 'CasePackets' ? { data: { casePackets: [] } } : respond(call),
    );
    renderWithProviders(<PacketPanel caseId={CASE_ID} />, {
      client,
      workspace: testWorkspace('BILLER', ['cases.read', 'packets.build']),
    });
    expect(await screen.findByRole('button', { name: 'Build packet' })).toBeTruthy();
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CasePackets')).toBe(true));
    expect(screen.queryByRole('table', { name: 'Earlier packets' })).toBeNull();
    expect(calls.some((c) => c.operationName === 'PacketStatus')).toBe(false);
  });
});
