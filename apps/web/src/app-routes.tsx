import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useSession } from '@claimlane/web-data-access';
import { LoadingState } from '@claimlane/web-ui';
import {
  AcceptInvitationPage,
  CreateWorkspacePage,
  SignInPage,
  SignUpPage,
  VerifyEmailPage,
} from '@claimlane/web-auth';
import { preloadableLazy } from './preloadable-lazy';
import { SignedInLayout } from './signed-in-layout';

// Route-level code splitting: each screen family is its own chunk, loaded on first visit, so the
// first paint carries only the shell (React, Mantine, urql, the router) and the sign-in screens,
// which the shell needs anyway (the session-expired dialog, the workspace switcher).
const RecordCheckPage = lazy(() =>
  import('@claimlane/web-record-check').then((m) => ({ default: m.RecordCheckPage })),
);
const worklist = preloadableLazy(() =>
  import('@claimlane/web-worklist').then((m) => m.WorklistPage),
);
const WorklistPage = worklist.Component;
// The worklist is where a signed-in person lands: fetch its chunk while the session refreshes and
// the workspace list loads, instead of after them (and then render it without suspending).
if (typeof window !== 'undefined' && window.localStorage?.getItem('claimlane.session'))
  void worklist.preload();
const CasePage = lazy(() => import('@claimlane/web-case').then((m) => ({ default: m.CasePage })));
const IntakePage = lazy(() =>
  import('@claimlane/web-intake').then((m) => ({ default: m.IntakePage })),
);
const AnalyticsPage = lazy(() =>
  import('@claimlane/web-analytics').then((m) => ({ default: m.AnalyticsPage })),
);
const AdminPage = lazy(() =>
  import('@claimlane/web-admin').then((m) => ({ default: m.AdminPage })),
);

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/check"
        element={
          <Page>
            <RecordCheckPage />
          </Page>
        }
      />
      <Route
        path="/sign-in"
        element={
          <Page>
            <SignInPage />
          </Page>
        }
      />
      <Route
        path="/sign-up"
        element={
          <Page>
            <SignUpPage />
          </Page>
        }
      />
      <Route
        path="/verify-email"
        element={
          <Page>
            <VerifyEmailPage />
          </Page>
        }
      />
      <Route
        path="/invite/:token?"
        element={
          <Page>
            <AcceptInvitationPage />
          </Page>
        }
      />
      <Route
        path="/accept-invitation"
        element={
          <Page>
            <AcceptInvitationPage />
          </Page>
        }
      />
      <Route
        element={
          <RequireSession>
            <SignedInLayout />
          </RequireSession>
        }
      >
        <Route path="/" element={<Navigate to="/cases" replace />} />
        <Route
          path="/workspaces/new"
          element={
            <Page>
              <CreateWorkspacePage />
            </Page>
          }
        />
        <Route
          path="/cases"
          element={
            <Page>
              <WorklistPage />
            </Page>
          }
        />
        <Route
          path="/cases/:id"
          element={
            <Page>
              <CasePage />
            </Page>
          }
        />
        <Route
          path="/intake"
          element={
            <Page>
              <IntakePage />
            </Page>
          }
        />
        <Route
          path="/analytics"
          element={
            <Page>
              <AnalyticsPage />
            </Page>
          }
        />
        <Route
          path="/admin"
          element={
            <Page>
              <AdminPage />
            </Page>
          }
        />
      </Route>
      <Route path="*" element={<Navigate to="/cases" replace />} />
    </Routes>
  );
}
