import pino, { type Logger } from 'pino';

/**
 * Structured logs. Never PHI: request bodies, letter text, names, member ids and dates of birth are
 * not logged; these paths are redacted as a second line of defence.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'claimlane' },
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
  });
}
export type { Logger };
