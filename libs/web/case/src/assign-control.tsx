import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@claimlane/web-data-access';
import { errorMessage } from '@claimlane/web-ui';

export const assignableMembersQuery = graphql(`
  query AssignableMembers {
    members {
      id
      role
      user {
        id
        name
      }
    }
  }
`);

export const assignCaseMutation = graphql(`
  mutation AssignCase($input: UpdateAppealCaseInput!) {
    updateAppealCase(input: $input) {
      id
      version
      assignee {
        id
        name
      }
    }
  }
`);

const UNASSIGNED = '';

/**
 * Who works the case. Sends the version the page shows, so two people assigning at once get a
 * CONFLICT instead of silently overwriting each other.
 */
export function AssignControl({
  caseId,
  version,
  assigneeId,
  onDone,
}: {
  caseId: string;
  version: number;
  assigneeId: string | null;
  onDone: () => void;
}) {
  const [members] = useQuery({ query: assignableMembersQuery });
  const [result, assign] = useMutation(assignCaseMutation);
  const [error, setError] = useState<string | null>(null);
  const options = [
    { value: UNASSIGNED, label: 'Unassigned' },
    ...(members.data?.members
      .filter((m) => m.role !== 'VIEWER')
      .map((m) => ({ value: m.id, label: m.user.name })) ?? []),
  ];
  return (
    <div>
      <Select
        label="Assignee"
        size="xs"
        w={220}
        data={options}
        value={assigneeId ?? UNASSIGNED}
        allowDeselect={false}
        disabled={result.fetching || !members.data}
        onChange={async (v) => {
          if (v === null || v === (assigneeId ?? UNASSIGNED)) return;
          const r = await assign({
            input: { id: caseId, assigneeId: v, expectedVersion: version },
          });
          setError(r.error ? errorMessage(r.error) : null);
          onDone();
        }}
      />
      {error ? (
        <Text size="xs" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
    </div>
  );
}
