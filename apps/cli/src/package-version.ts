import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT_PACKAGE_NAME = 'claimlane';

/**
 * The version of the root package.json. Found by walking up from this module because the source
 * (apps/cli/src) and the build (dist/apps/cli/src) sit at different depths below the repo root, so a
 * fixed relative `require('../../../package.json')` would only work in one of them.
 */
export function rootPackageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === ROOT_PACKAGE_NAME && typeof pkg.version === 'string') return pkg.version;
    }
    if (dirname(dir) === dir) return '0.0.0-unknown';
  }
}
