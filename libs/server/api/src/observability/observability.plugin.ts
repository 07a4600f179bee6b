import type { ApolloServerPlugin } from '@apollo/server';
import type { ServerResponse } from 'node:http';
import { requestId, type GqlContext } from '@claimlane/server-common';
import {
  bindRequestId,
  graphqlDuration,
  graphqlErrors,
  metricsEnabled,
  operationLabel,
} from '@claimlane/server-observability';

/**
 * Binds the request id to the operation scope (log lines carry it) and, when metrics are on, records
 * the operation's latency and its error codes. Latency ends when the HTTP response is finished, so it
 * includes the audit insert and COMMIT that run in willSendResponse.
 */
export function observabilityPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart({ contextValue }) {
      const id = requestId(contextValue.req);
      if (id) bindRequestId((contextValue.operation as object | null) ?? null, id);
      if (!metricsEnabled()) return;
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const op = operationLabel(operationName);
          const type = operation?.operation ?? 'invalid';
          if (response.body.kind === 'single')
            for (const e of response.body.singleResult.errors ?? [])
              graphqlErrors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN'), operation: op });
          const observe = () =>
            graphqlDuration.observe(
              { operation: op, type },
              Number(process.hrtime.bigint() - started) / 1e9,
            );
          const res = (contextValue.req as { res?: ServerResponse }).res;
          if (res && !res.writableFinished) res.once('finish', observe);
          else observe();
        },
      };
    },
  };
}
