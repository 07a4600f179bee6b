import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { signUpMutation, sessionStore } from '@claimlane/web-data-access';
import { errorMessage } from '@claimlane/web-ui';
import { AuthCard } from './auth-card';
import { PASSWORD_MIN, validateEmail, validatePassword, validateRequired } from './validation';

type Errors = Partial<Record<'name' | 'email' | 'password', string>>;

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [result, signUp] = useMutation(signUpMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: Errors = {};
    const n = validateRequired(name, 'your name');
    const m = validateEmail(email);
    const p = validatePassword(password);
    if (n) next.name = n;
    if (m) next.email = m;
    if (p) next.password = p;
    setErrors(next);
    if (n || m || p) return;
    const r = await signUp({ input: { name: name.trim(), email: email.trim(), password } });
    const payload = r.data?.signUp;
    if (!payload) return;
    sessionStore.set({
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      user: payload.user,
      tenantId: null,
    });
    onSignedUp();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Create an account">
      <Stack gap="sm">
        {result.error ? (
          <Alert color="red" role="alert">
            {errorMessage(result.error)}
          </Alert>
        ) : null}
        <TextInput
          label="Your name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
        />
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
          required
        />
        <PasswordInput
          label="Password"
          description={`At least ${PASSWORD_MIN} characters`}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
          required
        />
        <Button type="submit" loading={result.fetching}>
          Create account
        </Button>
      </Stack>
    </form>
  );
}

export function SignUpPage() {
  const navigate = useNavigate();
  // An invitation link sends people here with `from`: they join that workspace instead of creating one.
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/workspaces/new';
  return (
    <AuthCard title="Create your account">
      <SignUpForm onSignedUp={() => navigate(from, { replace: true })} />
      <Text size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
      </Text>
    </AuthCard>
  );
}
