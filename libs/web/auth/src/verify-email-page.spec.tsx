import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionStore } from '@claimlane/web-data-access';
import { fakeGraphqlClient, renderWithProviders } from '@claimlane/web-testing';
import { SIGN_UP_RETURN_KEY } from './sign-up-page';
import { VerifyEmailPage } from './verify-email-page';

afterEach(() => {
  sessionStore.set(null);
  localStorage.clear();
  window.location.hash = '';
});

const page = (
  <Routes>
    <Route path="/verify-email" element={<VerifyEmailPage />} />
    <Route path="/invite/:token" element={<p>invitation page</p>} />
    <Route path="/workspaces/new" element={<p>new workspace</p>} />
  </Routes>
);

describe('VerifyEmailPage', () => {
  it('spends the link once, signs in and returns to where sign-up started', async () => {
    window.location.hash = '#token=tok-abcdefghijklmnopqrstuvwxyz';
    localStorage.setItem(SIGN_UP_RETURN_KEY, '/invite/abc');
    const { client, calls } = fakeGraphqlClient(() => ({
      data: {
        verifyEmail: {
          __typename: 'AuthPayload',
          accessToken: 'at',
          refreshToken: 'rt',
          user: { __typename: 'User', id: 'u1', name: 'Dana', email: 'dana@example.test' },
        },
      },
    }));
    renderWithProviders(page, { client, route: '/verify-email' });
    expect(await screen.findByText('invitation page')).toBeTruthy();
    expect(calls).toEqual([
      { operationName: 'VerifyEmail', variables: { token: 'tok-abcdefghijklmnopqrstuvwxyz' } },
    ]);
    expect(sessionStore.get()).toMatchObject({ refreshToken: 'rt', user: { id: 'u1' } });
    expect(localStorage.getItem(SIGN_UP_RETURN_KEY)).toBeNull();
  });

  it('shows why an expired link failed and offers sign-up again', async () => {
    window.location.hash = '#token=old';
    const { client } = fakeGraphqlClient(() => ({
      data: null,
      errors: [
        {
          message: 'This link has expired or was already used; sign up again',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    }));
    renderWithProviders(page, { client, route: '/verify-email' });
    expect((await screen.findByRole('alert')).textContent).toContain('expired');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Sign up again' })).toBeTruthy());
    expect(sessionStore.get()).toBeNull();
  });
});
