#!/usr/bin/env node
// Builds the web app (apps/web + libs/web) with Vite into dist/web, only when a source is newer than
// the last build. Used by scripts/build.mjs (so `npm start` serves a current app) and by the browser
// tests. `node scripts/build-web.mjs [--force] [--quiet]`.
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
const stamp = join(out, '.build-stamp');

async function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? await newestMtime(p) : (await stat(p)).mtimeMs);
  }
  return newest;
}

export async function webIsStale() {
  const built = await stat(stamp).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const newest = Math.max(
    await newestMtime(join(root, 'apps', 'web')),
    await newestMtime(join(root, 'libs', 'web')),
    (await stat(join(root, 'tsconfig.base.json'))).mtimeMs,
  );
  return built < newest;
}

const lock = join(root, '.data', 'web-build.lock');

/** One Vite build at a time: two would empty and fill dist/web under each other. */
async function withLock(fn) {
  await mkdir(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      await mkdir(lock);
      break;
    } catch {
      // A lock older than 10 minutes belongs to a build that died.
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > 600_000) await rm(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Returns true when it built. */
export async function buildWebIfStale({ force = false, quiet = false } = {}) {
  if (!force && !(await webIsStale())) return false;
  return withLock(async () => {
    // Another process may have built it while this one waited.
    if (!force && !(await webIsStale())) return false;
    return build({ quiet });
  });
}

async function build({ quiet }) {
  const started = Date.now();
  if (!quiet) console.log('building the web app (Vite)…');
  const vite = await import('vite');
  // Vite keeps a NODE_ENV it inherits: from a test runner (NODE_ENV=test) it bundled React's
  // development build, which rendered the worklist ~2x slower. The served app is always production.
  const inherited = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({
      configFile: join(root, 'apps', 'web', 'vite.config.mts'),
      mode: 'production',
      logLevel: quiet ? 'error' : 'warn',
    });
  } finally {
    if (inherited === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = inherited;
  }
  await mkdir(out, { recursive: true });
  await writeFile(stamp, new Date().toISOString());
  if (!quiet) console.log(`built the web app in ${Date.now() - started} ms`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  await buildWebIfStale({ force: args.has('--force'), quiet: args.has('--quiet') });
}
