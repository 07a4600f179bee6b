#!/usr/bin/env node
// Runs every compiled `*.bench.js` (from `*.bench.ts` anywhere in apps/, libs/, test/) one after the
// other, each in its own Node process so memory figures are not polluted by the previous bench.
// A bench prints its own figures; pass names to filter: `npm run bench -- x12 deadlines`.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const filters = process.argv.slice(2);
const found = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.bench.js')) found.push(p);
  }
};
walk(join(root, 'dist'));
const selected = found
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
// Benches host the API in their own process: run it with the flags production gives the API.
const apiNodeFlags = JSON.parse(readFileSync(join(root, 'apps/api/node-flags.json'), 'utf8'));
let failed = 0;
for (const file of selected) {
  console.log(`\n=== ${relative(join(root, 'dist'), file)}`);
  const r = spawnSync(process.execPath, ['--expose-gc', ...apiNodeFlags, file], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) failed++;
}
if (selected.length === 0) console.log('no benchmarks matched');
process.exit(failed ? 1 : 0);
