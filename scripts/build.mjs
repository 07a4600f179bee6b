#!/usr/bin/env node
// Compiles every TypeScript source (apps, libs, migrations, test tools) to CommonJS in dist/ with SWC.
// Why SWC: it keeps Nest/TypeORM decorator metadata (esbuild does not) and compiles the whole repo in
// well under a second; `tsc --noEmit` does the type checking separately (lint/CI).
// Path aliases from tsconfig.base.json are rewritten to relative requires so `node dist/...` runs
// without a loader. `--if-stale` skips the build when no source is newer than the last build.
import { transformFile } from '@swc/core';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { buildWebIfStale } from './build-web.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const out = join(root, 'dist');
const stamp = join(out, '.build-stamp');
const roots = ['apps', 'libs', 'migrations', 'test'];
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');

const tsconfig = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8'));
const aliases = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([name, [target]]) => [
    name,
    join(root, target).replace(/\.ts$/, ''),
  ]),
);

// The web app's browser code (JSX) is Vite's: scripts/build-web.mjs builds it into dist/web.
const webSources = new Set([join(root, 'apps', 'web', 'src'), join(root, 'libs', 'web')]);

async function* walk(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === 'dist' || webSources.has(join(dir, e.name)))
      continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (
      e.name.endsWith('.ts') &&
      !e.name.endsWith('.d.ts') &&
      !/\.(int-)?spec\.ts$/.test(e.name)
    )
      yield p;
  }
}

const files = [];
for (const r of roots) for await (const f of walk(join(root, r))) files.push(f);
// Non-TS assets that runtime code reads next to its modules (JSON rule tables, CSV code tables, SQL).
const assets = [];
for (const r of roots)
  for await (const f of (async function* a(dir) {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name === 'dist') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) yield* a(p);
      else if (
        /\.(json|csv|sql)$/.test(e.name) &&
        !['package.json', 'project.json'].includes(e.name) &&
        p.includes('/src/')
      )
        yield p;
    }
  })(join(root, r)))
    assets.push(f);

if (args.has('--if-stale')) {
  const built = await stat(stamp).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  let newest = 0;
  for (const f of [...files, ...assets, join(root, 'tsconfig.base.json')])
    newest = Math.max(newest, (await stat(f)).mtimeMs);
  if (built >= newest) {
    if (args.has('--web')) await buildWebIfStale({ quiet });
    process.exit(0);
  }
}

const started = Date.now();
const rewrite = (code, file) =>
  code.replace(/require\("(@claimlane\/[a-z0-9-]+)"\)/g, (m, name) => {
    const target = aliases[name];
    if (!target) return m;
    let rel = relative(dirname(file), target);
    if (!rel.startsWith('.')) rel = './' + rel;
    return `require("${rel}")`;
  });

await Promise.all(
  files.map(async (file) => {
    const { code, map } = await transformFile(file, {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs', strictMode: true, importInterop: 'swc', ignoreDynamic: true },
      sourceMaps: true,
      inlineSourcesContent: false,
    });
    const dest = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(dest), { recursive: true });
    await writeFile(
      dest,
      rewrite(code, file) + `\n//# sourceMappingURL=${dest.split('/').pop()}.map\n`,
    );
    if (map) await writeFile(dest + '.map', map);
  }),
);
for (const a of assets) {
  const dest = join(out, relative(root, a));
  await mkdir(dirname(dest), { recursive: true });
  await writeFile(dest, await readFile(a));
}
await mkdir(out, { recursive: true });
await writeFile(stamp, new Date().toISOString());
if (!quiet) console.log(`built ${files.length} files in ${Date.now() - started} ms`);
// `npm start` (`--web`) serves dist/web: rebuild it when a web source changed. Only on request: a
// Vite build costs seconds, and the server-side commands (tests, CLI, benches) do not need it.
if (args.has('--web')) await buildWebIfStale({ quiet });
