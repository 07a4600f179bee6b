import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { EventActor } from '@claimlane/shared-contracts';
import { requestId, type GqlContext } from '@claimlane/server-common';

/**
 * The caller of a stage-changing mutation, carried in the workflow update so the activity that applies
 * the change writes its audit row (action = the mutation's name).
 */
export const CurrentEventActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): EventActor => {
    const gql = GqlExecutionContext.create(ctx);
    const req = gql.getContext<GqlContext>().req;
    return {
      userId: req.auth?.userId ?? null,
      apiKeyId: req.auth?.apiKeyId ?? null,
      requestId: requestId(req),
      ip: (req as { ip?: string }).ip ?? null,
      action: gql.getInfo<{ fieldName: string }>().fieldName,
    };
  },
);
