import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { acceptInvitationMutation, sessionStore, useSession } from '@claimlane/web-data-access';
import { errorMessage } from '@claimlane/web-ui';
import { AuthCard } from './auth-card';

/**
 * `/invite/:token` (the link from the invitation e-mail) or `/invite` to paste the token. The
 * invitation is bound to an e-mail address: sign in or sign up with that address first.
 */
export function AcceptInvitationPage() {
  const params = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const [token, setToken] = useState(params['token'] ?? tokenFromFragment());
  const [missing, setMissing] = useState<string | null>(null);
  const [result, accept] = useMutation(acceptInvitationMutation);
  const here = `/invite/${encodeURIComponent(token)}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!token.trim()) {
      setMissing('Paste the token from the invitation e-mail');
      return;
    }
    setMissing(null);
    const r = await accept({ token: token.trim() });
    const t = r.data?.acceptInvitation;
    if (!t) return;
    sessionStore.update({ tenantId: t.id });
    navigate('/cases', { replace: true });
  }

  return (
    <AuthCard title="Join a workspace">
      {!session ? (
        <Stack gap="xs">
          <Text size="sm">
            Sign in, or create an account with the e-mail address the invitation was sent to.
          </Text>
          <Anchor component={Link} to="/sign-in" state={{ from: here }}>
            Sign in
          </Anchor>
          <Anchor component={Link} to="/sign-up" state={{ from: here }}>
            Create an account
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Accept invitation">
          <Stack gap="sm">
            {result.error ? (
              <Alert color="red" role="alert">
                {errorMessage(result.error)}
              </Alert>
            ) : null}
            <TextInput
              label="Invitation token"
              value={token}
              onChange={(e) => setToken(e.currentTarget.value)}
              error={missing}
              required
            />
            <Button type="submit" loading={result.fetching}>
              Accept invitation
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}

/**
 * The invitation e-mail links to `/accept-invitation#token=…`: a fragment never reaches a server's
 * access log, so the token stays out of logs.
 */
function tokenFromFragment(): string {
  if (typeof window === 'undefined') return '';
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
}
