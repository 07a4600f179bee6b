import { Table } from '@mantine/core';
import { formatDate, humanize } from '@claimlane/web-ui';
import { CaseQuery } from './case-query';
import {
  carrierContactsQuery,
  caseDocumentsQuery,
  recordCallsQuery,
} from './case-records-documents';

// The criteria matrix, letters and packet panels live in matrix-panel, letter-editor and packet-panel.

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
