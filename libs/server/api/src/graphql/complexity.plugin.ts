import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

// Apollo hands back the same parsed DocumentNode for a repeated query string, so the estimate for a
// (document, operation, variables) triple is computed once: the worklist's estimate walks ~40 fields.
const estimates = new WeakMap<DocumentNode, Map<string, number>>();
const MAX_CACHED_PER_DOCUMENT = 64;
const MAX_CACHED_KEY_LENGTH = 2048;

/** Refuses operations whose estimated cost (connections count `first` × children) exceeds the limit. */
export function complexityLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          const cached = estimates.get(document)?.get(key);
          let complexity: number;
          try {
            complexity =
              cached ??
              getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              });
          } catch (e) {
            // Estimating coerces variables first; a bad variable is the caller's input error.
            throw new GraphQLError(e instanceof Error ? e.message : 'Invalid variables', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_VARIABLES',
                http: { status: 400 },
              },
            });
          }
          if (cached === undefined && key.length <= MAX_CACHED_KEY_LENGTH) {
            let perDocument = estimates.get(document);
            if (!perDocument) estimates.set(document, (perDocument = new Map()));
            if (perDocument.size >= MAX_CACHED_PER_DOCUMENT) perDocument.clear();
            perDocument.set(key, complexity);
          }
          if (complexity > max) {
            throw new GraphQLError(`Query is too complex (${complexity}; the limit is ${max})`, {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'QUERY_TOO_COMPLEX',
                complexity,
                max,
                http: { status: 400 },
              },
            });
          }
        },
      };
    },
  };
}
