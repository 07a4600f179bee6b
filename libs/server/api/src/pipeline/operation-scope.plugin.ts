import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { OperationScope } from '@claimlane/server-db';

interface OperationContext {
  operation?: OperationScope | null;
}

/**
 * Ends each operation's transaction: COMMIT (after the one audit statement) before the response is
 * sent, so a client never sees data that is not committed or a read that is not audited. When the
 * commit fails the response becomes an error; nothing the operation did is kept.
 */
export function operationScopePlugin(logger: Logger): ApolloServerPlugin<OperationContext> {
  return {
    async requestDidStart({ contextValue }) {
      const op = contextValue.operation ?? null;
      if (!op) return;
      return {
        async didResolveOperation({ operation }) {
          op.kind = operation?.operation === 'mutation' ? 'mutation' : 'query';
          op.operationName = operation?.name?.value ?? null;
        },
        async willSendResponse({ response }) {
          try {
            await op.finish();
          } catch (e) {
            await op.abort().catch(() => undefined);
            logger.error(
              { err: { name: (e as Error).name, code: (e as { code?: string }).code } },
              'operation commit failed',
            );
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [
                  new GraphQLError('The operation could not be completed; nothing was saved', {
                    extensions: { code: 'INTERNAL_SERVER_ERROR' },
                  }).toJSON(),
                ],
              };
            }
            response.http.status = 500;
          }
        },
      };
    },
  };
}
