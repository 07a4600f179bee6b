import { loadConfig } from '@claimlane/server-config';
import { startTracing } from '@claimlane/server-observability';

// First import of main.ts: the instrumentations patch http, graphql, pg and ioredis as they load.
// Without OTEL_EXPORTER_OTLP_ENDPOINT nothing is loaded or patched.
let otlpEndpoint: string | undefined;
try {
  otlpEndpoint = loadConfig().OTEL_EXPORTER_OTLP_ENDPOINT;
} catch {
  // An invalid configuration is reported by main() with its own message.
}
startTracing({ serviceName: 'claimlane-worker', otlpEndpoint });
