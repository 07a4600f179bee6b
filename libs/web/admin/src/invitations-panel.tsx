import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useWorkspace, type Role } from '@claimlane/web-data-access';
import { ErrorState, LoadingState, errorMessage, formatDate } from '@claimlane/web-ui';
import {
  invitationsQuery,
  inviteMemberMutation,
  revokeInvitationMutation,
} from './admin-documents';
import { roleOptions } from './role-options';

export function InviteForm({ onInvited }: { onInvited: (token: string | null) => void }) {
  const { workspace } = useWorkspace();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>('BILLER');
  const [invalid, setInvalid] = useState<{ email?: string; role?: string }>({});
  const [result, invite] = useMutation(inviteMemberMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next = {
      email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
        ? undefined
        : 'Enter a valid e-mail address',
      role: role ? undefined : 'Choose a role',
    };
    setInvalid(next);
    if (next.email || next.role || !role) return;
    const r = await invite({ input: { email: email.trim(), role } });
    if (r.data) {
      setEmail('');
      onInvited(r.data.inviteMember.token ?? null);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Invite a member">
      <Stack gap="xs">
        {result.error ? (
          <Alert color="red" role="alert">
            {errorMessage(result.error)}
          </Alert>
        ) : null}
        <Group align="flex-start" gap="xs">
          <TextInput
            label="E-mail"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={invalid.email}
            required
            w={280}
          />
          <Select
            label="Role"
            data={roleOptions(workspace.grantableRoles)}
            value={role}
            onChange={(v) => setRole(v as Role | null)}
            error={invalid.role}
            required
            w={160}
          />
          <Button type="submit" mt={25} loading={result.fetching}>
            Invite
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function InvitationsPanel() {
  const [result, refetch] = useQuery({ query: invitationsQuery });
  const [, revoke] = useMutation(revokeInvitationMutation);
  const [token, setToken] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack gap="sm">
      <InviteForm
        onInvited={(t) => {
          setToken(t);
          reload();
        }}
      />
      {token ? (
        <Alert color="green" title="Invitation sent">
          <Text size="sm">
            It was e-mailed. The invitee can also open{' '}
            <Code>{`${window.location.origin}/invite/${token}`}</Code>
          </Text>
        </Alert>
      ) : null}
      {result.error && !result.data ? <ErrorState error={result.error} onRetry={reload} /> : null}
      {!result.data && !result.error ? <LoadingState /> : null}
      {result.data ? (
        result.data.invitations.length === 0 ? (
          <Text size="sm" c="dimmed">
            No invitations.
          </Text>
        ) : (
          <Table striped aria-label="Invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.data.invitations.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.email}</Table.Td>
                  <Table.Td>{i.role}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={i.status === 'pending' ? 'grape.9' : 'gray.8'}>
                      {i.status === 'pending' ? 'pending · holds a seat' : i.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDate(i.expiresAt)}</Table.Td>
                  <Table.Td>
                    {i.status === 'pending' ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red.8"
                        onClick={async () => {
                          await revoke({ id: i.id });
                          reload();
                        }}
                      >
                        Revoke
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : null}
    </Stack>
  );
}
