import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';

// require("x"), import("x") and child-process/worker scripts named next to the module
// (join(__dirname, 'x.js')): everything a compiled module can load at run time.
const LOADS = /\b(?:require|import)\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;
const SIBLING_SCRIPTS = /__dirname,\s*["'`]([^"'`$]+\.js)["'`]/g;
const BUILTINS = new Set(builtinModules);

export interface RequireGraph {
  /** Bare package name → the first compiled file that loads it. */
  packages: Map<string, string>;
  files: Set<string>;
  unresolved: string[];
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.js`, `${base}.json`, `${base}/index.js`].find(
    (c) => existsSync(c) && statSync(c).isFile(),
  );
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Follows relative loads from the entry files through the build output; collects bare packages. */
export function walkRequires(entries: string[]): RequireGraph {
  const graph: RequireGraph = { packages: new Map(), files: new Set(), unresolved: [] };
  const visit = (file: string) => {
    if (graph.files.has(file)) return;
    graph.files.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    const specs = [...code.matchAll(LOADS)].map((m) => m[1]!);
    const siblings = [...code.matchAll(SIBLING_SCRIPTS)].map((m) => `./${m[1]!}`);
    for (const spec of [...specs, ...siblings]) {
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (target) visit(target);
        else graph.unresolved.push(`${file}: ${spec}`);
      } else if (!spec.startsWith('node:') && !BUILTINS.has(packageName(spec))) {
        const name = packageName(spec);
        if (!graph.packages.has(name)) graph.packages.set(name, file);
      }
    }
  };
  for (const e of entries) visit(resolve(e));
  return graph;
}
