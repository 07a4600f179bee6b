import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ERROR_CODES, type ErrorCode } from '@claimlane/shared-contracts';

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

const APOLLO_TO_OURS: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
};

/** An HTTP exception's status and text (a list for validation errors) as one of our error codes. */
function fromHttpStatus(
  formatted: GraphQLFormattedError,
  status: number,
  raw: unknown,
): GraphQLFormattedError {
  const message = Array.isArray(raw)
    ? raw.map(String).join('; ')
    : typeof raw === 'string'
      ? raw
      : formatted.message;
  return {
    message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: HTTP_STATUS_CODES[status] },
  };
}

interface MaybeOriginal {
  originalError?: {
    message?: unknown;
    statusCode?: number;
    status?: number;
    response?: { message?: unknown; statusCode?: number };
  };
}

/**
 * Every error leaves with one of our codes and a safe message. Unknown errors become a generic
 * INTERNAL_SERVER_ERROR; the log gets the error's name, code and stack, never its message text,
 * which for database errors can quote row values.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
    const nestOriginal = ext['originalError'] as
      { message?: unknown; statusCode?: number } | undefined;
    delete ext['stacktrace'];
    delete ext['originalError'];
    // Nest HttpExceptions (ValidationPipe's 400s among them) carry the useful text in originalError.
    if (nestOriginal?.statusCode && HTTP_STATUS_CODES[nestOriginal.statusCode]) {
      return fromHttpStatus(formatted, nestOriginal.statusCode, nestOriginal.message);
    }
    const code = String(ext['code'] ?? '');
    if ((ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL_SERVER_ERROR') {
      return { ...formatted, extensions: ext };
    }
    if (APOLLO_TO_OURS[code]) {
      return { ...formatted, extensions: { ...ext, code: APOLLO_TO_OURS[code], reason: code } };
    }
    const original = (error as MaybeOriginal | undefined)?.originalError;
    const status = original?.statusCode ?? original?.status ?? original?.response?.statusCode;
    if (status && HTTP_STATUS_CODES[status]) {
      return fromHttpStatus(formatted, status, original?.response?.message ?? original?.message);
    }
    // Apollo's own request errors (e.g. an unsupported persisted-query version) carry a 4xx status
    // but no code; the status says whose fault it is.
    const apolloStatus = (error as { extensions?: { http?: { status?: number } } } | undefined)
      ?.extensions?.http?.status;
    if (apolloStatus && HTTP_STATUS_CODES[apolloStatus]) {
      return fromHttpStatus(formatted, apolloStatus, formatted.message);
    }
    const err =
      (error as { originalError?: Error } | undefined)?.originalError ??
      (error as Error | undefined);
    log.error(
      {
        event: 'graphql.internal_error',
        path: formatted.path,
        errName: err?.name,
        errCode: (err as { code?: string } | undefined)?.code,
        // A wrapped failure (a Temporal ServiceError around a gRPC status) names its kind here.
        causeName: (err?.cause as Error | undefined)?.name,
        causeCode: (err?.cause as { code?: unknown } | undefined)?.code,
        constraint: (err as { constraint?: string } | undefined)?.constraint,
        stack: err?.stack?.split('\n').slice(1, 8).join('\n'),
      },
      'unexpected error in resolver',
    );
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
