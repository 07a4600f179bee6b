import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Refuses operations whose estimated cost (connections count `first` × children) exceeds the limit. */
export function complexityLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
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
