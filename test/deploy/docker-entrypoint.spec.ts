import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, run } from './deploy-tools';

const ENTRYPOINT = join(repoRoot, 'deploy/docker/docker-entrypoint.sh');
const PRINT_ENV = [
  process.execPath,
  '-e',
  'console.log(JSON.stringify({ jwt: process.env.JWT_SECRET, file: process.env.JWT_SECRET_FILE ?? null, other: process.env.OTHER }))',
];

describe('docker-entrypoint.sh (secrets by file reference)', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'claimlane-entrypoint-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const runWith = (env: Record<string, string>) =>
    run('sh', [ENTRYPOINT, ...PRINT_ENV], { env: { PATH: process.env.PATH ?? '', ...env } });

  it('exports NAME from NAME_FILE (trailing newline dropped) and removes NAME_FILE', () => {
    const file = join(tmp, 'jwt');
    writeFileSync(file, 'a-secret value\n');
    const r = runWith({ JWT_SECRET_FILE: file, OTHER: 'kept' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ jwt: 'a-secret value', file: null, other: 'kept' });
  });

  it('refuses both NAME and NAME_FILE, and an unreadable file, without printing the value', () => {
    const file = join(tmp, 'jwt2');
    writeFileSync(file, 'from-file');
    const both = runWith({ JWT_SECRET_FILE: file, JWT_SECRET: 'inline' });
    expect(both.status).toBe(64);
    expect(both.stderr).toMatch(/both JWT_SECRET and JWT_SECRET_FILE/);
    expect(both.stderr).not.toContain('from-file');
    const missing = runWith({ JWT_SECRET_FILE: join(tmp, 'absent') });
    expect(missing.status).toBe(66);
    expect(missing.stdout).toBe('');
  });

  it('is executable (the images run it directly)', () => {
    const r = run('sh', ['-c', `test -x ${ENTRYPOINT}`]);
    expect(r.status).toBe(0);
  });
});
