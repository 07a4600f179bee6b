import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorState, LoadingState, errorMessage } from '@claimlane/web-ui';
import { tenantSettingsQuery, updateTenantSettingsMutation } from './admin-documents';

/** Deadlines end at 23:59:59 in the workspace's time zone; the state picks state-law rules. */
export function SettingsPanel() {
  const [result, refetch] = useQuery({ query: tenantSettingsQuery });
  const [saved, save] = useMutation(updateTenantSettingsMutation);
  const [timeZone, setTimeZone] = useState('');
  const [state, setState] = useState('');
  const [invalid, setInvalid] = useState<{ timeZone?: string; state?: string }>({});
  const [done, setDone] = useState(false);
  const tenant = result.data?.tenant;
  useEffect(() => {
    if (tenant) {
      setTimeZone(tenant.timeZone);
      setState(tenant.state ?? '');
    }
  }, [tenant]);

  if (result.error && !result.data)
    return (
      <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  if (!tenant) return <LoadingState />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next = {
      timeZone: /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(timeZone.trim())
        ? undefined
        : 'Use an IANA time zone, e.g. America/Chicago',
      state:
        !state.trim() || /^[A-Za-z]{2}$/.test(state.trim()) ? undefined : 'Two letters, e.g. IL',
    };
    setInvalid(next);
    setDone(false);
    if (next.timeZone || next.state) return;
    const r = await save({
      input: {
        timeZone: timeZone.trim(),
        ...(state.trim() ? { state: state.trim().toUpperCase() } : {}),
      },
    });
    setDone(!r.error);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Workspace settings">
      <Stack gap="sm" maw={420}>
        {saved.error ? (
          <Alert color="red" role="alert">
            {errorMessage(saved.error)}
          </Alert>
        ) : null}
        {done ? (
          <Alert color="teal" role="status">
            Saved.
          </Alert>
        ) : null}
        <TextInput
          label="Time zone"
          description="Date deadlines end at 23:59:59 here"
          value={timeZone}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
          error={invalid.timeZone}
          required
        />
        <TextInput
          label="State"
          description="Two-letter state of the clinic"
          value={state}
          onChange={(e) => setState(e.currentTarget.value)}
          error={invalid.state}
          maxLength={2}
        />
        <Button type="submit" loading={saved.fetching} w="fit-content">
          Save settings
        </Button>
      </Stack>
    </form>
  );
}
