import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { Errors, type GqlContext, type RequestLike } from '@claimlane/server-common';

export const LOGIN_USER = Symbol('loginUser');

/**
 * Runs passport-local for the login mutation. passport-local reads `req.body`, which for GraphQL holds
 * the operation, so the body is swapped for the mutation's input only while passport runs.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override getRequest(ctx: ExecutionContext): RequestLike {
    return GqlExecutionContext.create(ctx).getContext<GqlContext>().req;
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(ctx);
    const req = gql.getContext<GqlContext>().req as RequestLike & { [LOGIN_USER]?: unknown };
    const { input } = gql.getArgs<{ input: { email: string; password: string } }>();
    // Guards run before validation pipes: bound the work argon2 would do on hostile input here.
    if (
      typeof input.email !== 'string' ||
      typeof input.password !== 'string' ||
      !input.email ||
      !input.password
    ) {
      throw Errors.badInput('Email and password are required');
    }
    if (input.email.length > 320 || input.password.length > 256)
      throw Errors.badInput('Email or password is too long');
    const originalBody = req.body;
    const originalUser = req.user;
    req.body = { email: input.email, password: input.password };
    try {
      await super.canActivate(ctx);
      req[LOGIN_USER] = req.user;
    } finally {
      req.body = originalBody;
      req.user = originalUser;
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: unknown): T {
    if (err) throw err;
    if (!user) throw Errors.badInput('Email and password are required');
    return user as T;
  }
}
