import { Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { AuditEventsQuery } from '@claimlane/web-data-access';
import { ErrorState, LoadingState } from '@claimlane/web-ui';
import { auditEventsQuery } from './admin-documents';

type AuditRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** Newest first, 50 at a time. */
export function AuditPanel() {
  const client = useClient();
  const [result, refetch] = useQuery({ query: auditEventsQuery, variables: { first: 50 } });
  const [more, setMore] = useState<{
    rows: AuditRow[];
    cursor: string | null;
    hasNext: boolean;
  } | null>(null);
  const first = result.data?.auditEvents;
  if (result.error && !first)
    return (
      <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  if (!first) return <LoadingState />;
  const rows = [...first.edges.map((e) => e.node), ...(more?.rows ?? [])];
  const cursor = more ? more.cursor : (first.pageInfo.endCursor ?? null);
  const hasNext = more ? more.hasNext : first.pageInfo.hasNextPage;

  async function loadMore() {
    const r = await client.query(auditEventsQuery, { first: 50, after: cursor }).toPromise();
    const page = r.data?.auditEvents;
    if (page)
      setMore({
        rows: [...(more?.rows ?? []), ...page.edges.map((e) => e.node)],
        cursor: page.pageInfo.endCursor ?? null,
        hasNext: page.pageInfo.hasNextPage,
      });
  }

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {first.totalCount} events
      </Text>
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label="Audit log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Entity</Table.Th>
              <Table.Th>Actor</Table.Th>
              <Table.Th>IP</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{new Date(a.createdAt).toLocaleString()}</Table.Td>
                <Table.Td>
                  <Code>{a.action}</Code>
                </Table.Td>
                <Table.Td>
                  {a.entityType ?? '—'} {a.entityId ? <Code>{a.entityId.slice(0, 8)}</Code> : null}
                </Table.Td>
                <Table.Td>
                  {a.actorUserId
                    ? `user ${a.actorUserId.slice(0, 8)}`
                    : a.actorApiKeyId
                      ? `key ${a.actorApiKeyId.slice(0, 8)}`
                      : '—'}
                </Table.Td>
                <Table.Td>{a.ip ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasNext ? (
        <Group justify="center">
          <Button variant="default" onClick={loadMore}>
            Load more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
