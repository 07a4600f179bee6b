import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** An executable on PATH, else the first of `extra` that exists. */
export function findBinary(name: string, extra: Array<string | undefined> = []): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  for (const p of extra) if (p && existsSync(p)) return p;
  return null;
}

/** Where `go install` puts binaries: $GOBIN, $(go env GOPATH)/bin, or ~/go/bin. */
export function goBinCandidates(name: string): string[] {
  const out: string[] = [];
  if (process.env.GOBIN) out.push(join(process.env.GOBIN, name));
  try {
    const gopath = execFileSync('go', ['env', 'GOPATH'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (gopath) out.push(join(gopath, 'bin', name));
  } catch {
    // go not installed: fall through to the default GOPATH.
  }
  out.push(join(homedir(), 'go', 'bin', name));
  return out;
}
