import {
  Alert,
  Button,
  Code,
  CopyButton,
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
import { apiKeysQuery, createApiKeyMutation, revokeApiKeyMutation } from './admin-documents';
import { roleOptions } from './role-options';

export function ApiKeysPanel() {
  const { workspace } = useWorkspace();
  const [result, refetch] = useQuery({ query: apiKeysQuery });
  const [created, create] = useMutation(createApiKeyMutation);
  const [, revoke] = useMutation(revokeApiKeyMutation);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | null>('VIEWER');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setInvalid('Name the key after what uses it');
    setInvalid(null);
    if (!role) return;
    const r = await create({ input: { name: name.trim(), role } });
    if (r.data) {
      setSecret(r.data.createApiKey.secret);
      setName('');
      reload();
    }
  }

  return (
    <Stack gap="sm">
      <form onSubmit={submit} noValidate aria-label="Create an API key">
        <Group align="flex-start" gap="xs">
          <TextInput
            label="Key name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={invalid}
            required
            w={260}
          />
          <Select
            label="Role"
            data={roleOptions(workspace.grantableRoles)}
            value={role}
            onChange={(v) => setRole(v as Role | null)}
            allowDeselect={false}
            w={160}
          />
          <Button type="submit" mt={25} loading={created.fetching}>
            Create key
          </Button>
        </Group>
      </form>
      {created.error ? (
        <Alert color="red" role="alert">
          {errorMessage(created.error)}
        </Alert>
      ) : null}
      {secret ? (
        <Alert color="yellow" title="Copy the key now: it is shown once">
          <Group gap="xs">
            <Code>{secret}</Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" mt={4}>
            Send it as the X-Api-Key header.
          </Text>
        </Alert>
      ) : null}
      {result.error && !result.data ? <ErrorState error={result.error} onRetry={reload} /> : null}
      {!result.data && !result.error ? <LoadingState /> : null}
      {result.data ? (
        result.data.apiKeys.length === 0 ? (
          <Text size="sm" c="dimmed">
            No API keys.
          </Text>
        ) : (
          <Table striped aria-label="API keys">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Prefix</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.data.apiKeys.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.name}</Table.Td>
                  <Table.Td>
                    <Code>{k.prefix}</Code>
                  </Table.Td>
                  <Table.Td>{k.role}</Table.Td>
                  <Table.Td>{formatDate(k.lastUsedAt)}</Table.Td>
                  <Table.Td>
                    {k.revokedAt ? (
                      <Text size="xs" c="dimmed">
                        Revoked {formatDate(k.revokedAt)}
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red.8"
                        onClick={async () => {
                          await revoke({ id: k.id });
                          reload();
                        }}
                      >
                        Revoke
                      </Button>
                    )}
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
