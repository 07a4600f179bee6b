import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { Client, Provider as UrqlProvider, fetchExchange } from 'urql';
import { WorkspaceContext, type Role, type WorkspaceState } from '@claimlane/web-data-access';
import { claimlaneTheme } from '@claimlane/web-ui';

export interface GraphqlCall {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

export type GraphqlResponder = (call: GraphqlCall) => { data?: unknown; errors?: unknown[] };

/**
 * A real urql client whose fetch answers from `respond` (no network), and records every call so a
 * test can assert what was sent, or that nothing was.
 */
export function fakeGraphqlClient(respond: GraphqlResponder): {
  client: Client;
  calls: GraphqlCall[];
} {
  const calls: GraphqlCall[] = [];
  const fetchFn: typeof fetch = async (_url, init) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as GraphqlCall;
    const call = { operationName: body.operationName, variables: body.variables ?? {} };
    calls.push(call);
    return new Response(JSON.stringify(respond(call)), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return {
    client: new Client({
      url: 'http://test/graphql',
      exchanges: [fetchExchange],
      fetch: fetchFn,
      preferGetMethod: false,
    }),
    calls,
  };
}

/** What the API answers as `myPermissions` for these roles (the rows the screens ask about). */
const TEST_PERMISSIONS: Partial<Record<Role, string[]>> = {
  OWNER: [
    'cases.create',
    'cases.update',
    'notes.write',
    'members.invite',
    'apiKeys.read',
    'audit.read',
    'tenant.settings',
    'billing.manage',
  ],
  BILLER: ['cases.read', 'cases.create', 'cases.update', 'cases.transition', 'notes.write'],
  VIEWER: ['cases.read'],
};

export function testWorkspace(
  role: Role = 'BILLER',
  myPermissions: string[] = TEST_PERMISSIONS[role] ?? [],
): WorkspaceState {
  const workspace = {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Test Clinic',
    kind: 'CLINIC' as const,
    myRole: role,
    myPermissions,
    // What the API answers as `grantableRoles` (canAssignRole): owners grant all, others none here.
    grantableRoles:
      role === 'OWNER' ? (['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'] as Role[]) : [],
    seatLimit: 10,
    seatsUsed: 1,
  };
  return {
    workspace,
    workspaces: [workspace],
    switchTo: () => undefined,
    refetch: () => undefined,
  };
}

/** Mantine theme + urql + router (+ an active workspace), as in the app. */
export function renderWithProviders(
  ui: ReactElement,
  opts: { client?: Client; route?: string; workspace?: WorkspaceState } = {},
): RenderResult {
  const client = opts.client ?? fakeGraphqlClient(() => ({ data: null })).client;
  return render(
    <MantineProvider theme={claimlaneTheme} env="test">
      <UrqlProvider value={client}>
        <WorkspaceContext.Provider value={opts.workspace ?? testWorkspace()}>
          <MemoryRouter initialEntries={[opts.route ?? '/']}>{ui}</MemoryRouter>
        </WorkspaceContext.Provider>
      </UrqlProvider>
    </MantineProvider>,
  );
}
