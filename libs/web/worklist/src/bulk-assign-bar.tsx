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
  mutation BulkAssignCases($ids: [ID!]!, $assigneeId: ID) {
    bulkAssignCases(ids: $ids, assigneeId: $assigneeId) {
      id
      version
      assignee {
        id
        name
      }
    }
  }
`);

/** The API's limit per call; a larger selection goes in chunks of this size. */
export const BULK_ASSIGN_MAX = 200;

/**
 * Assigns the selected cases with one mutation per 200 (the API's all-or-nothing bulk assignment);
 * a chunk that fails is reported and the others still go through.
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
  const [failures, setFailures] = useState<{ count: number; message: string } | null>(null);

  async function run() {
    if (assignee === null) return;
    setBusy(true);
    let failedCount = 0;
    let firstMessage = '';
    for (let i = 0; i < selected.length; i += BULK_ASSIGN_MAX) {
      const ids = selected.slice(i, i + BULK_ASSIGN_MAX);
      const r = await assign({ ids, assigneeId: assignee === '' ? null : assignee });
      if (!r.error) continue;
      failedCount += ids.length;
      firstMessage ||= errorMessage(r.error);
    }
    setBusy(false);
    setFailures(failedCount ? { count: failedCount, message: firstMessage } : null);
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
              .map((m) => ({ value: m.user.id, label: m.user.name })) ?? []),
          ]}
          value={assignee}
          onChange={setAssignee}
        />
        <Button size="xs" onClick={run} loading={busy} disabled={assignee === null}>
          Assign
        </Button>
      </Group>
      {failures ? (
        <Alert color="red" role="alert" mt="xs">
          {failures.count} case(s) were not assigned: {failures.message}
        </Alert>
      ) : null}
    </Paper>
  );
}
