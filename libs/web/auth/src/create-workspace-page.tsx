import {
  Alert,
  Button,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { createTenantMutation, sessionStore, type TenantKind } from '@claimlane/web-data-access';
import { errorMessage } from '@claimlane/web-ui';
import { validateRequired } from './validation';

/** A clinic, or a billing office that works for several clinics (each clinic is its own workspace). */
export function CreateWorkspacePage({ onCreated }: { onCreated?: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TenantKind>('CLINIC');
  const [error, setError] = useState<string | null>(null);
  const [result, create] = useMutation(createTenantMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = validateRequired(name, 'a name for the workspace', 100);
    setError(v);
    if (v) return;
    const r = await create({ input: { name: name.trim(), kind } });
    const t = r.data?.createTenant;
    if (!t) return;
    sessionStore.update({ tenantId: t.id });
    onCreated?.();
    navigate('/cases', { replace: true });
  }

  return (
    <Paper withBorder p="lg" maw={520} mx="auto" mt="xl">
      <form onSubmit={submit} noValidate aria-label="Create a workspace">
        <Stack gap="sm">
          <Title order={1} size="h3">
            Create a workspace
          </Title>
          <Text size="sm" c="dimmed">
            Each clinic is its own workspace with its own cases, members and audit log.
          </Text>
          {result.error ? (
            <Alert color="red" role="alert">
              {errorMessage(result.error)}
            </Alert>
          ) : null}
          <TextInput
            label="Workspace name"
            placeholder="Riverside Family Clinic"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error}
            required
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="ws-kind-label">
              Kind
            </Text>
            <SegmentedControl
              aria-labelledby="ws-kind-label"
              value={kind}
              onChange={(v) => setKind(v as TenantKind)}
              data={[
                { value: 'CLINIC', label: 'Clinic' },
                { value: 'BILLING_OFFICE', label: 'Billing office' },
              ]}
            />
          </Stack>
          <Button type="submit" loading={result.fetching}>
            Create workspace
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
