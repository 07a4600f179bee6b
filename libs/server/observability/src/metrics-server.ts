import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { enableMetrics, metricsRegistry } from './metrics';

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Prometheus text format) on its own port, apart from the public API port, so
 * the scrape endpoint is reachable only where the network policy allows it (it names operations and
 * queues, never tenants or PHI). Turns metric recording on.
 */
export async function startMetricsServer(opts: {
  port: number;
  host: string;
  service: string;
}): Promise<MetricsServer> {
  enableMetrics(opts.service);
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    metricsRegistry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
