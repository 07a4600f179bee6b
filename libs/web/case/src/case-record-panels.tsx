import { Alert, Badge, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { ErrorState, LoadingState, formatDate, humanize } from '@claimlane/web-ui';
import {
  carrierContactsQuery,
  caseDocumentsQuery,
  caseLettersQuery,
  matrixCompletenessQuery,
  recordCallsQuery,
} from './case-records-documents';

/** Loading, error and empty states for one case tab; the tab renders only when opened. */
function CaseQuery<T, V extends AnyVariables>({
  query,
  variables,
  isEmpty,
  empty,
  children,
}: {
  query: TypedDocumentNode<T, V>;
  variables: V;
  isEmpty: (data: T) => boolean;
  empty: string;
  children: (data: T) => ReactNode;
}) {
  const [r, refetch] = useQuery<T, V>({ query, variables } as never);
  if (r.error && !r.data)
    return (
      <ErrorState error={r.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  if (!r.data) return <LoadingState />;
  if (isEmpty(r.data))
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return <>{children(r.data)}</>;
}

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

export function DocumentsPanel({ caseId }: { caseId: string }) {
  return (
    <CaseQuery
      query={caseDocumentsQuery}
      variables={{ caseId }}
      isEmpty={(d) => d.caseDocuments.length === 0}
      empty="No documents on this case yet."
    >
      {(d) => (
        <Table striped aria-label="Documents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Pages</Table.Th>
              <Table.Th>Dated</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.caseDocuments.map((doc) => (
              <Table.Tr key={doc.id}>
                <Table.Td>{doc.title}</Table.Td>
                <Table.Td>{humanize(doc.kind)}</Table.Td>
                <Table.Td>{doc.pages ?? '—'}</Table.Td>
                <Table.Td>{formatDate(doc.documentDate)}</Table.Td>
                <Table.Td>{humanize(doc.status)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </CaseQuery>
  );
}

export function LettersPanel({ caseId }: { caseId: string }) {
  return (
    <CaseQuery
      query={caseLettersQuery}
      variables={{ caseId }}
      isEmpty={(d) => d.letters.length === 0}
      empty="No letters drafted yet."
    >
      {(d) => (
        <Table striped aria-label="Letters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Letter</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>Sign-off</Table.Th>
              <Table.Th>Updated</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.letters.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{l.content.title || l.content.subject}</Table.Td>
                <Table.Td>{humanize(l.kind)}</Table.Td>
                <Table.Td>v{l.currentVersion}</Table.Td>
                <Table.Td>
                  {l.signedOff ? (
                    <Badge color="teal.9">
                      Signed v{l.signedOffVersion} · {formatDate(l.signedOffAt)}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not signed
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{when(l.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </CaseQuery>
  );
}

export function MatrixPanel({ caseId }: { caseId: string }) {
  return (
    <CaseQuery
      query={matrixCompletenessQuery}
      variables={{ caseId }}
      isEmpty={(d) => d.matrixCompleteness.total === 0 && !d.matrixCompleteness.criteriaMissing}
      empty="No criteria recorded for this case yet."
    >
      {(d) => {
        const m = d.matrixCompleteness;
        const pct = m.total ? Math.round(((m.evidenced + m.explained) / m.total) * 100) : 0;
        return (
          <Stack gap="sm">
            {m.criteriaMissing ? (
              <Alert color="yellow" title="Criteria not received">
                The payer has not disclosed the criteria it applied; request them before drafting.
              </Alert>
            ) : null}
            <Group gap="sm">
              <Text size="sm" fw={600}>
                {m.evidenced + m.explained} of {m.total} criteria answered
              </Text>
              {m.readyToSubmit ? <Badge color="teal.9">Ready to submit</Badge> : null}
            </Group>
            <Progress value={pct} aria-label={`Criteria answered: ${pct}%`} />
            <Table striped aria-label="Criteria">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Criterion</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {m.criteria.map((c) => (
                  <Table.Tr key={c.criterionId}>
                    <Table.Td>{c.ref}</Table.Td>
                    <Table.Td>{humanize(c.status)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {m.tasks.length ? (
              <List size="sm" aria-label="Evidence to gather">
                {m.tasks.map((t) => (
                  <List.Item key={`${t.criterionId}-${t.task}`}>
                    {t.ref}: {t.task}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Stack>
        );
      }}
    </CaseQuery>
  );
}

export function RecordCallsPanel({ caseId }: { caseId: string }) {
  return (
    <CaseQuery
      query={recordCallsQuery}
      variables={{ caseId }}
      isEmpty={(d) => d.recordCalls.length === 0}
      empty="No Record Calls on this case."
    >
      {(d) => (
        <Table striped aria-label="Record Calls">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Status</Table.Th>
              <Table.Th>Outcome</Table.Th>
              <Table.Th>Attempts</Table.Th>
              <Table.Th>Started</Table.Th>
              <Table.Th>Reference numbers</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.recordCalls.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  {humanize(c.status)}
                  {c.errorCode ? ` (${c.errorCode})` : ''}
                </Table.Td>
                <Table.Td>{humanize(c.outcome)}</Table.Td>
                <Table.Td>{c.attempts}</Table.Td>
                <Table.Td>{when(c.startedAt ?? c.scheduledFor)}</Table.Td>
                <Table.Td>{c.referenceNumbers.join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </CaseQuery>
  );
}

export function ContactsPanel({ caseId }: { caseId: string }) {
  return (
    <CaseQuery
      query={carrierContactsQuery}
      variables={{ caseId }}
      isEmpty={(d) => d.carrierContacts.length === 0}
      empty="No contacts with the payer logged yet."
    >
      {(d) => (
        <Table striped aria-label="Contact log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Channel</Table.Th>
              <Table.Th>Summary</Table.Th>
              <Table.Th>Representative</Table.Th>
              <Table.Th>Reference</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.carrierContacts.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{when(c.occurredAt)}</Table.Td>
                <Table.Td>{humanize(c.channel)}</Table.Td>
                <Table.Td>{c.summary}</Table.Td>
                <Table.Td>{c.representative ?? '—'}</Table.Td>
                <Table.Td>{c.referenceNumber ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </CaseQuery>
  );
}
