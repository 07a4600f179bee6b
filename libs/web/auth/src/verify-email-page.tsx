import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { sessionStore, verifyEmailMutation } from '@claimlane/web-data-access';
import { errorMessage } from '@claimlane/web-ui';
import { AuthCard } from './auth-card';
import { SIGN_UP_RETURN_KEY } from './sign-up-page';

/** `/verify-email#token=…`, the link from the sign-up e-mail: opens the account and signs in. */
export function VerifyEmailPage() {
  const navigate = useNavigate();
  const [result, verify] = useMutation(verifyEmailMutation);
  // A link works once: React's development double-effect must not spend it twice.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const token = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
    void verify({ token }).then((r) => {
      const payload = r.data?.verifyEmail;
      if (!payload) return;
      sessionStore.set({
        accessToken: payload.accessToken,
        refreshToken: payload.refreshToken,
        user: payload.user,
        tenantId: null,
      });
      const to = localStorage.getItem(SIGN_UP_RETURN_KEY) ?? '/workspaces/new';
      localStorage.removeItem(SIGN_UP_RETURN_KEY);
      navigate(to, { replace: true });
    });
  }, [verify, navigate]);

  return (
    <AuthCard title="Confirming your e-mail">
      {result.error ? (
        <Stack gap="xs">
          <Alert color="red" role="alert">
            {errorMessage(result.error)}
          </Alert>
          <Text size="sm">
            <Anchor component={Link} to="/sign-up">
              Sign up again
            </Anchor>{' '}
            or{' '}
            <Anchor component={Link} to="/sign-in">
              sign in
            </Anchor>
            .
          </Text>
        </Stack>
      ) : (
        <Loader aria-label="Confirming" />
      )}
    </AuthCard>
  );
}
