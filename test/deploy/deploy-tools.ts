import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');
export const HELM_VERSION = 'v3.22.0';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): RunResult {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? repoRoot,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function firstExecutable(candidates: Array<string | undefined>): string | undefined {
  return candidates.find((c): c is string => !!c && existsSync(c));
}

function goBinary(): string {
  const onPath = run('sh', ['-c', 'command -v go || true']).stdout.trim();
  const go = firstExecutable([onPath || undefined, '/usr/local/go/bin/go']);
  if (!go)
    throw new Error(
      'Go is needed to build deploy/tools/validate (the Go toolchain is not on PATH)',
    );
  return go;
}

/** Helm from HELM_BIN, PATH or the Go bin folder (.ci/run installs it with `go install`). */
export function helmBinary(): string {
  const onPath = run('sh', ['-c', 'command -v helm || true']).stdout.trim();
  const gopath = process.env.GOPATH ?? join(homedir(), 'go');
  const helm = firstExecutable([
    process.env.HELM_BIN,
    onPath || undefined,
    process.env.GOBIN && join(process.env.GOBIN, 'helm'),
    join(gopath, 'bin', 'helm'),
  ]);
  if (!helm)
    throw new Error(
      `helm not found: go install helm.sh/helm/v3/cmd/helm@${HELM_VERSION} (or set HELM_BIN)`,
    );
  return helm;
}

/**
 * Builds deploy/tools/validate (incremental: a second of work once Go's caches are warm; the first
 * build downloads its modules from the Go module proxy) and returns the binary's path.
 */
export function buildValidator(): string {
  const out = join(repoRoot, '.data', 'bin', 'claimlane-deploy-validate');
  mkdirSync(join(repoRoot, '.data', 'bin'), { recursive: true });
  // Spec files build in parallel: each writes its own file, then renames it into place (atomic).
  const tmp = `${out}.${process.pid}`;
  const r = run(goBinary(), ['build', '-o', tmp, '.'], {
    cwd: join(repoRoot, 'deploy/tools/validate'),
  });
  if (r.status !== 0) throw new Error(`go build deploy/tools/validate failed:\n${r.stderr}`);
  renameSync(tmp, out);
  return out;
}

export interface ValidationReport<D = Record<string, unknown>> {
  status: number | null;
  checked: string[];
  problems: string[];
  details: D;
}

export function validate<D = Record<string, unknown>>(
  bin: string,
  args: string[],
): ValidationReport<D> {
  const r = run(bin, args);
  if (r.status === 2 || !r.stdout.trim().startsWith('{'))
    throw new Error(`validate ${args.join(' ')} did not run: ${r.stderr}`);
  const report = JSON.parse(r.stdout) as Omit<ValidationReport<D>, 'status'>;
  return { status: r.status, ...report };
}
