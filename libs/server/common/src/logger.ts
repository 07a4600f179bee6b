import pino, { type Logger } from 'pino';

/**
 * Structured logs. Never PHI: request bodies, letter text, names, member ids and dates of birth are
 * not logged; these paths are redacted as a second line of defence.
 */
export function createLogger(
  level: string,
  opts: { mixin?: () => object; destination?: pino.DestinationStream } = {},
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'claimlane' },
    // Correlation ids (request, tenant, trace) from the observability lib; ids only.
    ...(opts.mixin ? { mixin: opts.mixin } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'req.body',
        'body',
        'password',
        '*.password',
        'token',
        '*.token',
        'text',
        '*.text',
        'email',
        '*.email',
      ],
      censor: '[redacted]',
    },
  };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
export type { Logger };
