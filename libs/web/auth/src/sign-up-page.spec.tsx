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
    renderWithProviders(<SignUpForm onRequested={() => undefined} />, { client });
    fill(/E-mail/, 'not-an-address');
    fill(/^Password/, 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter your name')).toBeTruthy();
    expect(screen.getByText('Enter a valid e-mail address')).toBeTruthy();
    expect(screen.getByText('Use at least 10 characters')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('requests the sign-up link with trimmed values and stores no session', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({
      data: { requestSignUp: { __typename: 'SignUpRequested', email: 'dana@example.test' } },
    }));
    const done = vi.fn();
    renderWithProviders(<SignUpForm onRequested={done} />, { client });
    fill(/Your name/, '  Dana ');
    fill(/E-mail/, 'dana@example.test ');
    fill(/^Password/, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(done).toHaveBeenCalledWith('dana@example.test'));
    expect(calls).toEqual([
      {
        operationName: 'RequestSignUp',
        variables: {
          input: { name: 'Dana', email: 'dana@example.test', password: 'correct horse battery' },
        },
      },
    ]);
    // The account exists only once the e-mailed link is opened.
    expect(sessionStore.get()).toBeNull();
  });

  it('shows the API refusal (rate limit) and stays on the form', async () => {
    const { client } = fakeGraphqlClient(() => ({
      data: null,
      errors: [{ message: 'Too many sign-ups from here', extensions: { code: 'RATE_LIMITED' } }],
    }));
    const done = vi.fn();
    renderWithProviders(<SignUpForm onRequested={done} />, { client });
    fill(/Your name/, 'Dana');
    fill(/E-mail/, 'dana@example.test');
    fill(/^Password/, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Too many');
    expect(done).not.toHaveBeenCalled();
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
