import { Alert, Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@claimlane/web-data-access';
import { errorMessage } from '@claimlane/web-ui';

export const worklistMembersQuery = graphql(`
  query WorklistMembers {
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

export const bulkAssignMutation = graphql(`
  mutation BulkAssignCase($input: UpdateAppealCaseInput!) {
    updateAppealCase(input: $input) {
      id
      assignee {
        id
        name
      }
    }
  }
`);

/**
 * Assigns the selected cases one update at a time (the API has no bulk mutation yet); failures are
 * listed and the rest still go through.
 */
export function BulkAssignBar({
  selected,
  onDone,
}: {
  selected: readonly string[];
  onDone: () => void;
}) {
  const [members] = useQuery({ query: worklistMembersQuery });
  const [, assign] = useMutation(bulkAssignMutation);
  const [assignee, setAssignee] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<string[]>([]);

  async function run() {
    if (assignee === null) return;
    setBusy(true);
    const failed: string[] = [];
    for (const id of selected) {
      const r = await assign({ input: { id, assigneeId: assignee } });
      if (r.error) failed.push(errorMessage(r.error));
    }
    setBusy(false);
    setFailures(failed);
    onDone();
  }

  return (
    <Paper withBorder p="xs" role="region" aria-label="Bulk actions">
      <Group gap="sm" align="flex-end">
        <Text size="sm" fw={600}>
          {selected.length} selected
        </Text>
        <Select
          label="Assign to"
          size="xs"
          w={220}
          placeholder="Choose a person"
          data={[
            { value: '', label: 'Unassigned' },
            ...(members.data?.members
              .filter((m) => m.role !== 'VIEWER')
              .map((m) => ({ value: m.id, label: m.user.name })) ?? []),
          ]}
          value={assignee}
          onChange={setAssignee}
        />
        <Button size="xs" onClick={run} loading={busy} disabled={assignee === null}>
          Assign
        </Button>
      </Group>
      {failures.length ? (
        <Alert color="red" role="alert" mt="xs">
          {failures.length} case(s) were not assigned: {failures[0]}
        </Alert>
      ) : null}
    </Paper>
  );
}
