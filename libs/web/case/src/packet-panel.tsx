import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Progress,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { can, useWorkspace } from '@claimlane/web-data-access';
import { ErrorState, TableHead, formatDate, humanize } from '@claimlane/web-ui';
import { CaseQuery, MutationError } from './case-query';
import { caseLettersQuery } from './case-records-documents';
import { buildPacketMutation, casePacketsQuery, packetQuery } from './evidence-documents';

/** How often a running build is asked about: the worker writes progress every 10 %. */
export const PACKET_POLL_MS = 1_000;

/**
 * The exhibit packet: cover letter, summary, timeline, exhibit list and the sealed exhibits as one
 * PDF, built on the `packets` queue. The API has no subscription, so the panel polls `packet(id)`
 * until the build is done or failed, then offers the signed download link. The case's latest
 * packet shows on arrival; earlier ones stay listed (`casePackets`), so a reload loses none.
 */
export function PacketPanel({ caseId }: { caseId: string }) {
  const { workspace } = useWorkspace();
  const [packetId, setPacketId] = useState<string | null>(null);
  const [list, refetchList] = useQuery({ query: casePacketsQuery, variables: { caseId } });
  const packets = list.data?.casePackets ?? [];
  const shown = packetId ?? packets[0]?.id ?? null;
  return (
    <CaseQuery query={caseLettersQuery} variables={{ caseId }}>
      {(d) => (
        <Stack gap="md">
          <Text size="sm">
            The packet is the cover letter, a one-page summary, the timeline, the exhibit list and
            every exhibit, Bates-numbered. Building it seals every exhibit: sealed exhibits can no
            longer change.
          </Text>
          {can(workspace, 'packets.build') ? (
            <BuildForm
              caseId={caseId}
              letters={d.letters.filter((l) => l.kind !== 'claim_file_request')}
              onQueued={(id) => {
                setPacketId(id);
                refetchList({ requestPolicy: 'network-only' });
              }}
            />
          ) : (
            <Text size="sm" c="dimmed">
              Your role cannot build packets.
            </Text>
          )}
          {shown ? <PacketProgress key={shown} packetId={shown} /> : null}
          {list.error ? (
            <ErrorState
              error={list.error}
              onRetry={() => refetchList({ requestPolicy: 'network-only' })}
            />
          ) : null}
          <PacketList
            packets={packets.filter((p) => p.id !== shown)}
            onShow={(id) => setPacketId(id)}
          />
        </Stack>
      )}
    </CaseQuery>
  );
}

/** The case's other packets, newest first; "Show" brings one up with a fresh download link. */
function PacketList({
  packets,
  onShow,
}: {
  packets: ReadonlyArray<{
    id: string;
    status: string;
    createdAt: string;
    totalPages?: number | null;
  }>;
  onShow: (id: string) => void;
}) {
  if (!packets.length) return null;
  return (
    <Table aria-label="Earlier packets">
      <TableHead columns={['Built', 'Status', 'Pages']} actions />
      <Table.Tbody>
        {packets.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>{formatDate(p.createdAt)}</Table.Td>
            <Table.Td>{humanize(p.status)}</Table.Td>
            <Table.Td>{p.totalPages ?? '—'}</Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => onShow(p.id)}
                aria-label={`Show the packet built ${formatDate(p.createdAt)}`}
              >
                Show
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function BuildForm({
  caseId,
  letters,
  onQueued,
}: {
  caseId: string;
  letters: ReadonlyArray<{ id: string; kind: string; content: { title: string } }>;
  onQueued: (id: string) => void;
}) {
  const [letterId, setLetterId] = useState('');
  const [result, build] = useMutation(buildPacketMutation);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const r = await build({ caseId, ...(letterId ? { letterId } : {}) });
    if (r.data) onQueued(r.data.buildPacket.id);
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Build the packet">
      <Stack gap="xs">
        <MutationError error={result.error} />
        <Group align="flex-end" gap="xs">
          <NativeSelect
            label="Cover letter"
            data={[
              { value: '', label: 'Latest appeal letter' },
              ...letters.map((l) => ({
                value: l.id,
                label: `${l.content.title} (${humanize(l.kind)})`,
              })),
            ]}
            value={letterId}
            onChange={(e) => setLetterId(e.currentTarget.value)}
          />
          <Button type="submit" loading={result.fetching}>
            Build packet
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PacketProgress({ packetId }: { packetId: string }) {
  const [r, refetch] = useQuery({ query: packetQuery, variables: { id: packetId } });
  const p = r.data?.packet;
  const running = !p || p.status === 'queued' || p.status === 'running';
  useEffect(() => {
    if (!running || r.fetching) return;
    const t = setTimeout(() => refetch({ requestPolicy: 'network-only' }), PACKET_POLL_MS);
    return () => clearTimeout(t);
  }, [running, r.fetching, r.data, refetch]);
  if (r.error && !p)
    return (
      <ErrorState error={r.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  if (!p)
    return (
      <Text size="sm" role="status">
        Queued…
      </Text>
    );
  if (p.status === 'failed')
    return (
      <Alert color="red" role="alert" title="The packet could not be built">
        {humanize(p.errorCode ?? 'unknown error')}. Fix the cause and build it again.
      </Alert>
    );
  if (p.status !== 'done')
    return (
      <Stack gap={4} role="status" aria-live="polite">
        <Text size="sm">
          {p.status === 'queued'
            ? 'Waiting for a worker…'
            : `Building: ${humanize(p.stage ?? 'running')}`}{' '}
          ({p.progress} %)
        </Text>
        <Progress value={p.progress} animated aria-label={`Packet progress: ${p.progress}%`} />
      </Stack>
    );
  const expired = p.downloadExpiresAt ? new Date(p.downloadExpiresAt).getTime() < Date.now() : true;
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Text size="sm" fw={600}>
        Packet ready: {p.totalPages} pages
      </Text>
      <Group gap="sm">
        {p.downloadUrl && !expired ? (
          <Anchor href={p.downloadUrl} download>
            Download packet (PDF)
          </Anchor>
        ) : null}
        {/* The signed link lasts minutes; asking again issues a fresh one. */}
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => refetch({ requestPolicy: 'network-only' })}
        >
          New download link
        </Button>
      </Group>
      {p.manifest?.exhibits.length ? (
        <Table aria-label="Packet exhibits">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Exhibit</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Packet pages</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.manifest.exhibits.map((x) => (
              <Table.Tr key={x.label}>
                <Table.Td>{x.label}</Table.Td>
                <Table.Td>{x.title}</Table.Td>
                <Table.Td>
                  {x.packetPageFrom}–{x.packetPageTo}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Text size="xs" c="dimmed">
        SHA-256 {p.sha256}
      </Text>
    </Stack>
  );
}
