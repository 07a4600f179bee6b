import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@claimlane/shared-contracts';

/**
 * Errors a client can act on. The message is safe to show (no PHI, no SQL); `extensions.code` is one of
 * docs/architecture.md §9's codes and is what clients branch on.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
  get code(): ErrorCode {
    return this.extensions['code'] as ErrorCode;
  }
}

export const Errors = {
  unauthenticated: (message = 'Authentication required', extra: Record<string, unknown> = {}) =>
    new AppError('UNAUTHENTICATED', message, extra),
  forbidden: (message = 'You do not have permission to do this') =>
    new AppError('FORBIDDEN', message),
  badInput: (message: string, extra: Record<string, unknown> = {}) =>
    new AppError('BAD_USER_INPUT', message, extra),
  notFound: (entity: string) => new AppError('NOT_FOUND', `${entity} not found`),
  conflict: (message: string, extra: Record<string, unknown> = {}) =>
    new AppError('CONFLICT', message, extra),
  seatLimitReached: (limit: number) =>
    new AppError('SEAT_LIMIT_REACHED', `This workspace has used all ${limit} seats`, {
      seatLimit: limit,
    }),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError('RATE_LIMITED', 'Too many requests; try again later', { retryAfterSeconds }),
  payloadTooLarge: (limit: string) =>
    new AppError('PAYLOAD_TOO_LARGE', `Request exceeds the ${limit} limit`),
  /** A workspace that is not active: TENANT_DELETED once deleted, else FORBIDDEN. */
  inactiveTenant: (status: string | null) =>
    status === 'deleted'
      ? new AppError('TENANT_DELETED', 'This workspace has been deleted')
      : new AppError('FORBIDDEN', 'This workspace is not active'),
};
