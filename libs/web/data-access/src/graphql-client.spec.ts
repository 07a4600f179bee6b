import { describe, expect, it } from 'vitest';
import { createTenantMutation } from './auth-documents';
import { createGraphqlClient } from './graphql-client';
import { SessionStore } from './session-store';

class MemoryStorage {
  private readonly m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

interface Sent {
  op: string;
  auth: string | null;
  tenant: string | null;
}

/** A stand-in API: the old access token is expired; refresh with `r1` works only when `refreshOk`. */
function fakeApi(refreshOk: boolean) {
  const sent: Sent[] = [];
  const fetchFn: typeof fetch = async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string };
    const headers = new Headers(init?.headers);
    sent.push({
      op: body.operationName,
      auth: headers.get('authorization'),
      tenant: headers.get('x-tenant-id'),
    });
    const json = (x: unknown) =>
      new Response(JSON.stringify(x), { headers: { 'content-type': 'application/json' } });
    if (body.operationName === 'Refresh')
      return refreshOk
        ? json({
            data: {
              refreshToken: {
                __typename: 'AuthPayload',
                accessToken: 'new',
                refreshToken: 'r2',
                user: { __typename: 'User', id: 'u1', name: 'Dana', email: 'd@example.test' },
              },
            },
          })
        : json({
            data: null,
            errors: [{ message: 'Invalid refresh token', extensions: { code: 'UNAUTHENTICATED' } }],
          });
    if (headers.get('authorization') !== 'Bearer new')
      return json({
        data: null,
        errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    return json({
      data: {
        createTenant: {
          __typename: 'Tenant',
          id: 't2',
          name: 'Clinic',
          kind: 'CLINIC',
          myRole: 'OWNER',
        },
      },
    });
  };
  return { sent, fetchFn };
}

function signedInStore() {
  const store = new SessionStore(new MemoryStorage() as unknown as Storage);
  store.set({
    accessToken: 'old',
    refreshToken: 'r1',
    user: { id: 'u1', name: 'Dana', email: 'd@example.test' },
    tenantId: 't1',
  });
  return store;
}

describe('createGraphqlClient', () => {
  it('refreshes an expired access token and replays the operation, so a submitted form goes through', async () => {
    const store = signedInStore();
    const api = fakeApi(true);
    const client = createGraphqlClient(store, 'http://api.test/graphql', api.fetchFn);
    const r = await client
      .mutation(createTenantMutation, { input: { name: 'Clinic', kind: 'CLINIC' } })
      .toPromise();
    expect(r.error).toBeUndefined();
    expect(r.data?.createTenant.id).toBe('t2');
    expect(api.sent).toEqual([
      { op: 'CreateTenant', auth: 'Bearer old', tenant: 't1' },
      { op: 'Refresh', auth: null, tenant: null },
      { op: 'CreateTenant', auth: 'Bearer new', tenant: 't1' },
    ]);
    expect(store.get()).toMatchObject({ accessToken: 'new', refreshToken: 'r2', tenantId: 't1' });
    expect(store.isExpired()).toBe(false);
  });

  it('marks the session expired (keeping who and where) when the refresh token is dead too', async () => {
    const store = signedInStore();
    const api = fakeApi(false);
    const client = createGraphqlClient(store, 'http://api.test/graphql', api.fetchFn);
    const r = await client
      .mutation(createTenantMutation, { input: { name: 'Clinic', kind: 'CLINIC' } })
      .toPromise();
    expect(r.data?.createTenant).toBeUndefined();
    expect(store.isExpired()).toBe(true);
    expect(store.get()).toMatchObject({ user: { id: 'u1' }, tenantId: 't1' });
    // urql replays once after any refresh attempt; the replay fails the same way and nothing loops.
    expect(api.sent.map((s) => s.op)).toEqual(['CreateTenant', 'Refresh', 'CreateTenant']);
  });
});
