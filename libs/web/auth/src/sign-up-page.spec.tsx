import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '@claimlane/web-data-access';
import { fakeGraphqlClient, renderWithProviders } from '@claimlane/web-testing';
import { SignUpForm } from './sign-up-page';
import { SignInForm } from './sign-in-form';

afterEach(() => sessionStore.set(null));

function fill(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('SignUpForm', () => {
  it('shows a message per invalid field and sends nothing', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({ data: null }));
    renderWithProviders(<SignUpForm onSignedUp={() => undefined} />, { client });
    fill(/E-mail/, 'not-an-address');
    fill(/^Password/, 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter your name')).toBeTruthy();
    expect(screen.getByText('Enter a valid e-mail address')).toBeTruthy();
    expect(screen.getByText('Use at least 10 characters')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('signs up with trimmed values, stores the session and reports success', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({
      data: {
        signUp: {
          __typename: 'AuthPayload',
          accessToken: 'at',
          refreshToken: 'rt',
          user: { __typename: 'User', id: 'u1', name: 'Dana', email: 'dana@example.test' },
        },
      },
    }));
    const done = vi.fn();
    renderWithProviders(<SignUpForm onSignedUp={done} />, { client });
    fill(/Your name/, '  Dana ');
    fill(/E-mail/, 'dana@example.test ');
    fill(/^Password/, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(done).toHaveBeenCalledOnce());
    expect(calls).toEqual([
      {
        operationName: 'SignUp',
        variables: {
          input: { name: 'Dana', email: 'dana@example.test', password: 'correct horse battery' },
        },
      },
    ]);
    expect(sessionStore.get()).toMatchObject({
      refreshToken: 'rt',
      user: { id: 'u1' },
      tenantId: null,
    });
  });

  it('shows the API refusal (duplicate e-mail) and stays on the form', async () => {
    const { client } = fakeGraphqlClient(() => ({
      data: null,
      errors: [
        { message: 'An account with this email already exists', extensions: { code: 'CONFLICT' } },
      ],
    }));
    const done = vi.fn();
    renderWithProviders(<SignUpForm onSignedUp={done} />, { client });
    fill(/Your name/, 'Dana');
    fill(/E-mail/, 'dana@example.test');
    fill(/^Password/, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect((await screen.findByRole('alert')).textContent).toContain('already exists');
    expect(done).not.toHaveBeenCalled();
    expect(sessionStore.get()).toBeNull();
  });
});

describe('SignInForm', () => {
  it('requires both fields before sending', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({ data: null }));
    renderWithProviders(<SignInForm onSignedIn={() => undefined} />, { client });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your e-mail address')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('shows the lockout message from the API', async () => {
    const { client } = fakeGraphqlClient(() => ({
      data: null,
      errors: [
        {
          message: 'Account temporarily locked after repeated failed logins',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    }));
    renderWithProviders(<SignInForm onSignedIn={() => undefined} />, { client });
    fill(/E-mail/, 'dana@example.test');
    fill(/^Password/, 'whatever-it-is');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('temporarily locked');
  });
});
