import {
  portOpen,
  startTemporalDevServer,
  TEMPORAL_INSTALL_HINT,
} from '@claimlane/server-dev-services';

export interface TemporalHandle {
  address: string;
  stop(): Promise<void>;
}

/**
 * The Temporal dev server for tests: TEST_TEMPORAL_ADDRESS or 127.0.0.1:7233 when it answers,
 * else `temporal server start-dev --headless` (in memory) on a free port.
 */
export async function ensureTemporal(): Promise<TemporalHandle> {
  const configured = process.env.TEST_TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  const [host, port] = configured.split(':') as [string, string];
  if (await portOpen(host, Number(port)))
    return { address: configured, stop: async () => undefined };
  const server = await startTemporalDevServer();
  if (!server) {
    throw new Error(`No Temporal server answers. ${TEMPORAL_INSTALL_HINT}`);
  }
  return { address: server.address, stop: async () => server.stop() };
}
