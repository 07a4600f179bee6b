import { join, resolve } from 'node:path';
import { AppProcess, freePort } from './app-process';
import { startHaproxy } from './haproxy';

export interface Fleet {
  url: string;
  apis: AppProcess[];
  temporalWorkers: AppProcess[];
  queueWorkers: AppProcess[];
  stop(): Promise<void>;
}

/**
 * Three API processes behind HAProxy, two Temporal workers and two queue workers, all from dist/,
 * sharing one database, one Redis key prefix, one task queue and one object folder (DATA_DIR).
 */
export async function startFleet(env: NodeJS.ProcessEnv): Promise<Fleet> {
  const dist = resolve(__dirname, '../../..');
  const entry = (app: string) => join(dist, 'apps', app, 'src', 'main.js');
  const apiPorts = [await freePort(), await freePort(), await freePort()];
  const apis = apiPorts.map(
    (port, i) =>
      new AppProcess(
        `api${i}`,
        entry('api'),
        { ...env, PORT: String(port), HOST: '127.0.0.1' },
        'Claimlane API ready',
      ),
  );
  const temporalWorkers = [0, 1].map(
    (i) =>
      new AppProcess(
        `temporal-worker${i}`,
        entry('temporal-worker'),
        env,
        'Claimlane Temporal worker running',
      ),
  );
  const queueWorkers = [0, 1].map(
    (i) => new AppProcess(`queue-worker${i}`, entry('worker'), env, 'Claimlane worker running'),
  );
  const all = [...apis, ...temporalWorkers, ...queueWorkers];
  const lbPort = await freePort();
  let lb: { stop(): Promise<void> };
  try {
    // Two at a time: seven Node processes booting at once would starve a small machine.
    for (let i = 0; i < all.length; i += 2)
      await Promise.all(all.slice(i, i + 2).map((p) => p.start()));
    lb = await startHaproxy(lbPort, apiPorts);
  } catch (e) {
    // Leave no orphan behind: the processes already up would keep polling Redis and Temporal.
    await Promise.all(all.map((p) => p.stop()));
    throw e;
  }
  return {
    url: `http://127.0.0.1:${lbPort}`,
    apis,
    temporalWorkers,
    queueWorkers,
    stop: async () => {
      await lb.stop();
      await Promise.all(all.map((p) => p.stop()));
    },
  };
}
