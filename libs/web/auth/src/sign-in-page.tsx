import { Anchor, Text } from '@mantine/core';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { AuthCard } from './auth-card';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/cases';
  return (
    <AuthCard title="Sign in">
      <SignInForm onSignedIn={() => navigate(from, { replace: true })} />
      <Text size="sm">
        New here?{' '}
        <Anchor component={Link} to="/sign-up">
          Create an account
        </Anchor>
      </Text>
      <Text size="xs" c="dimmed">
        Forgot your password? Ask an administrator of your workspace to invite you again. After
        several failed attempts an account is locked for a few minutes.
      </Text>
    </AuthCard>
  );
}
