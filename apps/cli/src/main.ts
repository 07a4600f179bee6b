#!/usr/bin/env node
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createLogger } from '@claimlane/server-common';
import { logCorrelation, runWithLogIds } from '@claimlane/server-observability';
import { runCli } from './cli-program';

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace']);
const COMMAND = /^[a-z0-9-]{1,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Reports go to stdout and messages to stderr; structured logs (JSON, to stderr) only when LOG_LEVEL
// asks for them. Each run has its own id; a file path or argument is never logged (it can name a patient).
const level = LEVELS.has(process.env.LOG_LEVEL ?? '') ? process.env.LOG_LEVEL! : 'silent';
const log = createLogger(level, { mixin: logCorrelation, destination: pino.destination(2) });
const command = COMMAND.test(process.argv[2] ?? '') ? process.argv[2] : null;
// The tenant a command acts on (`--tenant <id>`) is an id, not PHI: log lines carry it like the API's.
const tenantArg = process.argv[process.argv.indexOf('--tenant') + 1] ?? '';
const tenantId = process.argv.includes('--tenant') && UUID.test(tenantArg) ? tenantArg : undefined;
const started = Date.now();

// exitCode rather than process.exit(): exiting at once could cut off a large report still being
// written to a pipe. Every command closes what it opens, so the process ends by itself.
void runWithLogIds({ requestId: randomUUID(), ...(tenantId ? { tenantId } : {}) }, async () => {
  log.info({ event: 'cli.started', command }, 'cli command');
  const code = await runCli(process.argv);
  log.info({ event: 'cli.finished', command, exitCode: code, ms: Date.now() - started }, 'done');
  return code;
}).then((code) => {
  process.exitCode = code;
});
