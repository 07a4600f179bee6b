import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { loginMutation, sessionStore } from '@claimlane/web-data-access';
import { errorCode, errorMessage } from '@claimlane/web-ui';
import { validateEmail } from './validation';

/** E-mail + password; used by the sign-in page and, over the open page, when a session expired. */
export function SignInForm({
  onSignedIn,
  initialEmail = '',
}: {
  onSignedIn: () => void;
  initialEmail?: string;
}) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [result, login] = useMutation(loginMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next = {
      email: validateEmail(email) ?? undefined,
      password: password ? undefined : 'Enter your password',
    };
    setErrors(next);
    if (next.email || next.password) return;
    const r = await login({ input: { email: email.trim(), password } });
    const p = r.data?.login;
    if (!p) return;
    const previous = sessionStore.get();
    sessionStore.set({
      accessToken: p.accessToken,
      refreshToken: p.refreshToken,
      user: p.user,
      // Same person signing in again keeps the workspace they were in.
      tenantId: previous?.user.id === p.user.id ? previous.tenantId : null,
    });
    onSignedIn();
  }

  const code = errorCode(result.error);
  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <Stack gap="sm">
        {result.error ? (
          <Alert color="red" role="alert" title={code === 'RATE_LIMITED' ? 'Slow down' : undefined}>
            {errorMessage(result.error)}
          </Alert>
        ) : null}
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
          required
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
          required
        />
        <Button type="submit" loading={result.fetching}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
