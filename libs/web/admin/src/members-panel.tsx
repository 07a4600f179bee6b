import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { can, useSession, useWorkspace, type Role } from '@claimlane/web-data-access';
import { ErrorState, LoadingState, errorMessage, formatDate } from '@claimlane/web-ui';
import { membersQuery, removeMemberMutation, updateMemberRoleMutation } from './admin-documents';
import { roleLabel, roleOptions } from './role-options';

export function MembersPanel() {
  const { workspace } = useWorkspace();
  const session = useSession();
  const [result, refetch] = useQuery({ query: membersQuery });
  const [, updateRole] = useMutation(updateMemberRoleMutation);
  const [, remove] = useMutation(removeMemberMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const canManage = can(workspace, 'members.invite');
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={reload} />;
  if (!result.data) return <LoadingState />;
  const { tenant, members } = result.data;
  const roles = roleOptions(workspace.grantableRoles);

  return (
    <Stack gap="xs">
      <Text size="sm">
        Seats: {tenant.seatsUsed} members + {tenant.seatsPending} pending invitations of{' '}
        {tenant.seatLimit}.
      </Text>
      {error ? (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {errorMessage(error)}
        </Alert>
      ) : null}
      <Table striped aria-label="Members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>E-mail</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Joined</Table.Th>
            {canManage ? <Table.Th>Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => {
            const self = m.id === session?.user.id;
            return (
              <Table.Tr key={m.id}>
                <Table.Td>{m.user.name}</Table.Td>
                <Table.Td>{m.user.email}</Table.Td>
                <Table.Td>
                  {canManage && !self && roles.some((r) => r.value === m.role) ? (
                    <Select
                      aria-label={`Role of ${m.user.name}`}
                      size="xs"
                      w={140}
                      data={roles}
                      value={m.role}
                      allowDeselect={false}
                      onChange={async (v) => {
                        if (!v || v === m.role) return;
                        const r = await updateRole({ input: { userId: m.id, role: v as Role } });
                        setError(r.error ?? null);
                        reload();
                      }}
                    />
                  ) : (
                    roleLabel(m.role)
                  )}
                </Table.Td>
                <Table.Td>{formatDate(m.joinedAt)}</Table.Td>
                {canManage ? (
                  <Table.Td>
                    {!self ? (
                      <Group gap={4}>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red.8"
                          onClick={async () => {
                            if (!window.confirm(`Remove ${m.user.name} from ${workspace.name}?`))
                              return;
                            const r = await remove({ userId: m.id });
                            setError(r.error ?? null);
                            reload();
                          }}
                        >
                          Remove
                        </Button>
                      </Group>
                    ) : (
                      <Text size="xs" c="dimmed">
                        You
                      </Text>
                    )}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
