import { Table } from '@mantine/core';
import { humanize } from '@claimlane/web-ui';
import { CaseQuery } from './case-query';
import { carrierContactsQuery } from './case-records-documents';

// The criteria matrix, letters and packet panels live in matrix-panel, letter-editor and packet-panel;
// documents (uploads, OCR status) in case-uploads-panel; Record Calls in record-call-panel.

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

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
