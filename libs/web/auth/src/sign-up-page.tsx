import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useMutation } from 'urql';
import { requestSignUpMutation } from '@claimlane/web-data-access';
import { errorMessage } from '@claimlane/web-ui';
import { AuthCard } from './auth-card';
import { PASSWORD_MIN, validateEmail, validatePassword, validateRequired } from './validation';

type Errors = Partial<Record<'name' | 'email' | 'password', string>>;

/** Where the e-mailed link lands after sign-up (an invitation page, say); read by VerifyEmailPage. */
export const SIGN_UP_RETURN_KEY = 'claimlane.signUpReturnTo';

/**
 * Sign-up asks for a link by e-mail; the account exists once the link is opened (VerifyEmailPage).
 * The answer is the same whether or not the address already has an account.
 */
export function SignUpForm({ onRequested }: { onRequested: (email: string) => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [result, requestSignUp] = useMutation(requestSignUpMutation);

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
    const r = await requestSignUp({
      input: { name: name.trim(), email: email.trim(), password },
    });
    const requested = r.data?.requestSignUp;
    if (!requested) return;
    onRequested(requested.email);
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
  // An invitation link sends people here with `from`: they join that workspace instead of creating one.
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/workspaces/new';
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <AuthCard title="Create your account">
      {sentTo ? (
        <Alert color="blue" role="status" title="Check your e-mail">
          We sent a link to {sentTo}. Open it to finish creating your account.
        </Alert>
      ) : (
        <SignUpForm
          onRequested={(email) => {
            localStorage.setItem(SIGN_UP_RETURN_KEY, from);
            setSentTo(email);
          }}
        />
      )}
      <Text size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
      </Text>
    </AuthCard>
  );
}
