import { AppShell, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo } from 'react';
import {
  Navigate,
  NavLink as RouterNavLink,
  Outlet,
  useLocation,
  useNavigate,
} from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import {
  WorkspaceContext,
  logoutMutation,
  myTenantsQuery,
  can,
  sessionStore,
  useSession,
  type WorkspaceState,
} from '@claimlane/web-data-access';
import { ErrorState, LoadingState } from '@claimlane/web-ui';
import { SessionExpiredModal, WorkspaceSwitcher } from '@claimlane/web-auth';

/** Header with the workspace switcher, the navigation, and sign out; the page below. */
export function SignedInLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [tenants, refetch] = useQuery({ query: myTenantsQuery });
  const [, logout] = useMutation(logoutMutation);
  const list = useMemo(() => tenants.data?.myTenants ?? [], [tenants.data]);
  // Right after creating or joining a workspace the list on screen is the old one until the refetch
  // lands: wait for it rather than fall back to another workspace (or to "create one").
  const refreshing = tenants.fetching || tenants.stale;
  const chosen = list.find((t) => t.id === session?.tenantId);
  const active = chosen ?? (session?.tenantId && refreshing ? null : (list[0] ?? null));

  useEffect(() => {
    // A user with one workspace needs no choice; a stale id (removed membership) falls back too.
    if (active && active.id !== session?.tenantId) sessionStore.update({ tenantId: active.id });
  }, [active, session?.tenantId]);

  const switchTo = useCallback(
    (id: string) => {
      sessionStore.update({ tenantId: id });
      navigate('/cases');
    },
    [navigate],
  );
  const refetchTenants = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  async function signOut() {
    await logout({});
    sessionStore.set(null);
    navigate('/sign-in', { replace: true });
  }

  const onCreatePage = location.pathname === '/workspaces/new';
  let body;
  if (tenants.error && !tenants.data)
    body = <ErrorState error={tenants.error} onRetry={refetchTenants} />;
  else if (!tenants.data) body = <LoadingState label="Loading your workspaces…" />;
  else if (onCreatePage) body = <Outlet />;
  else if (!active)
    body = refreshing ? <LoadingState /> : <Navigate to="/workspaces/new" replace />;
  else body = null;

  const state: WorkspaceState | null = active
    ? { workspace: active, workspaces: list, switchTo, refetch: refetchTenants }
    : null;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Text fw={700} c="indigo.8">
              Claimlane
            </Text>
            {state ? (
              <WorkspaceContext.Provider value={state}>
                <WorkspaceSwitcher />
              </WorkspaceContext.Provider>
            ) : null}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {session?.user.name}
            </Text>
            <Button variant="default" size="xs" onClick={signOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <Stack gap={2}>
          <NavLink component={RouterNavLink} to="/cases" label="Worklist" end={false} />
          {can(active, 'cases.create') ? (
            <NavLink component={RouterNavLink} to="/intake" label="Intake" />
          ) : null}
          <NavLink component={RouterNavLink} to="/analytics" label="Analytics" />
          <NavLink component={RouterNavLink} to="/admin" label="Workspace" />
          <NavLink component={RouterNavLink} to="/workspaces/new" label="New workspace" />
          <NavLink component={RouterNavLink} to="/check" label="Record Check" />
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        {state && !onCreatePage ? (
          <WorkspaceContext.Provider value={state}>
            <Outlet />
          </WorkspaceContext.Provider>
        ) : (
          body
        )}
      </AppShell.Main>
      <SessionExpiredModal />
    </AppShell>
  );
}
