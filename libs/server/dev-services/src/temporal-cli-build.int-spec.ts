import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBinary } from './find-binary';
import { portOpen } from './net-probe';
import { buildTemporalCli } from './temporal-cli-build';
import { startTemporalDevServer } from './temporal-dev-server';

/**
 * `npm start` on a machine with Go but no Temporal CLI builds it once into ./.data/bin (issue 10).
 * A real `go install`: in CI Go's build cache is warm from .ci/run's own install, so this is a link.
 */
describe('building the Temporal CLI when it is missing', () => {
  const binDir = mkdtempSync(join(tmpdir(), 'claimlane-temporal-cli-'));
  const go = findBinary('go', ['/usr/local/go/bin/go']);
  afterAll(() => rmSync(binDir, { recursive: true, force: true }));

  it('builds the pinned version into the given directory, printing progress', async () => {
    expect(go, 'Go must be installed on this machine').not.toBeNull();
    const lines: string[] = [];
    const bin = await buildTemporalCli({ binDir, log: (l) => lines.push(l), progressEveryMs: 500 });
    expect(bin).toBe(join(binDir, 'temporal'));
    // `go install` stamps no release version (0.0.0-DEV); the module path pins it.
    expect(execFileSync(bin!, ['--version'], { encoding: 'utf8' })).toMatch(
      /^temporal version .*\(Server \d+\.\d+\.\d+/,
    );
    expect(lines[0]).toMatch(
      /CLI not found; building github\.com\/temporalio\/cli\/cmd\/temporal@v/,
    );
    expect(lines.some((l) => /building the CLI… \d+ packages compiled, \d+ modules/.test(l))).toBe(
      true,
    );
    expect(lines.at(-1)).toMatch(/CLI built in \d+(m\d\d)?s \(\d+ packages\); cached at /);
  }, 900_000);

  it('starts the dev server from that build when the CLI is on no other path, without building again', async () => {
    const saved = { PATH: process.env.PATH, TEMPORAL_CLI: process.env.TEMPORAL_CLI };
    // Only Go's own directory stays on PATH; ~/go/bin comes after the platform's directory.
    process.env.PATH = dirname(go!);
    delete process.env.TEMPORAL_CLI;
    const lines: string[] = [];
    try {
      const server = await startTemporalDevServer({
        cliBinDir: binDir,
        buildCli: true,
        log: (l) => lines.push(l),
      });
      expect(server?.child?.spawnfile).toBe(join(binDir, 'temporal'));
      const [host, port] = server!.address.split(':') as [string, string];
      expect(await portOpen(host, Number(port))).toBe(true);
      server!.stop();
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.TEMPORAL_CLI !== undefined) process.env.TEMPORAL_CLI = saved.TEMPORAL_CLI;
    }
    expect(lines).toEqual([]);
  }, 120_000);

  it('without Go, or when Go fails, says so and returns no CLI', async () => {
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    expect(
      await buildTemporalCli({ binDir, log, goBinary: join(binDir, 'no-such-go') }),
    ).toBeNull();
    expect(lines).toEqual([
      'temporal: Go is not installed, so the Temporal CLI cannot be built here',
    ]);
    expect(await buildTemporalCli({ binDir, log, goBinary: '/bin/false' })).toBeNull();
    expect(lines.at(-1)).toMatch(/^temporal: building the CLI failed \(exit 1\)/);
  });
});
