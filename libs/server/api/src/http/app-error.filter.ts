import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { AppError } from '@claimlane/server-common';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SEAT_LIMIT_REACHED: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  SERVICE_UNAVAILABLE: 503,
  ENTITLEMENT_EXCEEDED: 402,
  WORKSPACE_READ_ONLY: 403,
  TENANT_DELETED: 410,
};

/**
 * REST endpoints answer errors in the same shape as GraphQL (`{errors: [{message, extensions: {code}}]}`)
 * with a matching HTTP status. GraphQL errors are left to Apollo's formatter.
 */
@Catch()
export class AppErrorHttpFilter implements ExceptionFilter {
  constructor(private readonly log: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof AppError) {
      return res
        .status(STATUS[exception.code] ?? 400)
        .json({ errors: [{ message: exception.message, extensions: exception.extensions }] });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code =
        status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : status === 404
            ? 'NOT_FOUND'
            : status < 500
              ? 'BAD_USER_INPUT'
              : 'INTERNAL_SERVER_ERROR';
      return res
        .status(status)
        .json({ errors: [{ message: exception.message, extensions: { code } }] });
    }
    this.log.error(
      {
        event: 'http.internal_error',
        errName: (exception as Error | undefined)?.name,
        stack: (exception as Error | undefined)?.stack?.split('\n').slice(1, 8).join('\n'),
      },
      'unexpected error in controller',
    );
    return res.status(500).json({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  }
}
