import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A refusal that says when to come back (RATE_LIMITED, a locked sign-in, a carrier's call window)
 * also sets the HTTP `Retry-After` header, the one clients, proxies and SDK retry policies read.
 * The status stays 200: GraphQL over HTTP answers execution errors in the body.
 */
export function retryAfterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const waits = (response.body.singleResult.errors ?? [])
            .map((e) => e.extensions?.['retryAfterSeconds'])
            .filter((s): s is number => typeof s === 'number' && Number.isFinite(s) && s > 0);
          if (waits.length)
            response.http.headers.set('retry-after', String(Math.ceil(Math.max(...waits))));
        },
      };
    },
  };
}
