import { authExchange } from '@urql/exchange-auth';
import { Client, cacheExchange, fetchExchange, type CombinedError, type Operation } from 'urql';
import { refreshMutation } from './auth-documents';
import { sessionStore, type SessionStore } from './session-store';

/** Operations anyone may run; they never wait for a token refresh. */
const PUBLIC_OPERATIONS = new Set(['Login', 'SignUp', 'Refresh', 'RecordCheck']);

function operationName(op: Operation): string | undefined {
  for (const d of op.query.definitions) if (d.kind === 'OperationDefinition') return d.name?.value;
  return undefined;
}

export function isAuthError(error: CombinedError): boolean {
  return (
    error.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ||
    (error.response as Response | undefined)?.status === 401
  );
}

/**
 * One urql client per active workspace (the cache must not mix tenants). The auth exchange adds the
 * bearer token and X-Tenant-Id, and on UNAUTHENTICATED trades the refresh token for new tokens and
 * replays the operation, so a form submitted after the 15-minute access token expired still goes
 * through. When the refresh token is dead too the session is marked expired and the app asks for the
 * password over the open page, keeping whatever the user typed.
 */
export function createGraphqlClient(
  store: SessionStore = sessionStore,
  url = '/graphql',
  fetchFn?: typeof fetch,
): Client {
  return new Client({
    url,
    ...(fetchFn ? { fetch: fetchFn } : {}),
    requestPolicy: 'cache-and-network',
    // POST always: Apollo's CSRF guard refuses GET queries without a preflight header, and GET
    // would put letter text (PHI) into URLs and logs.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const s = store.get();
          if (!s || PUBLIC_OPERATIONS.has(operationName(operation) ?? '')) return operation;
          const headers: Record<string, string> = {};
          if (s.accessToken) headers['authorization'] = `Bearer ${s.accessToken}`;
          if (s.tenantId) headers['x-tenant-id'] = s.tenantId;
          return utils.appendHeaders(operation, headers);
        },
        willAuthError(operation) {
          const s = store.get();
          return !!s && !s.accessToken && !PUBLIC_OPERATIONS.has(operationName(operation) ?? '');
        },
        didAuthError(error, operation) {
          return !PUBLIC_OPERATIONS.has(operationName(operation) ?? '') && isAuthError(error);
        },
        async refreshAuth() {
          const s = store.get();
          if (!s) return;
          const result = await utils.mutate(refreshMutation, { token: s.refreshToken });
          const next = result.data?.refreshToken;
          if (next) {
            store.update({
              accessToken: next.accessToken,
              refreshToken: next.refreshToken,
              user: next.user,
            });
          } else {
            store.markExpired();
          }
        },
      })),
      fetchExchange,
    ],
  });
}

/** The current access token for REST calls (uploads); refreshes first when there is none yet. */
export async function ensureAccessToken(client: Client, store: SessionStore = sessionStore) {
  const s = store.get();
  if (!s) throw new Error('Not signed in');
  if (s.accessToken) return s.accessToken;
  const result = await client.mutation(refreshMutation, { token: s.refreshToken }).toPromise();
  const next = result.data?.refreshToken;
  if (!next) {
    store.markExpired();
    throw new Error('Your session expired; sign in again');
  }
  store.update({ accessToken: next.accessToken, refreshToken: next.refreshToken, user: next.user });
  return next.accessToken;
}
