import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// One runner for the whole repo. SWC (not esbuild) compiles so Nest/TypeORM decorator metadata works.
const tsconfig = JSON.parse(readFileSync(resolve(__dirname, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias: Array<{ find: string | RegExp; replacement: string }> = Object.entries(
  tsconfig.compilerOptions.paths,
).map(([find, [target]]) => ({
  find,
  replacement: resolve(__dirname, target as string),
}));

const swcPlugin = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
});

// Two projects: `unit` (pure *.spec.ts, no services) and `int` (*.int-spec.ts against real Postgres,
// Redis and Temporal; its global set-up prepares the migrated template database once per run).
// graphql ships ESM and CJS builds; Nest loads the CJS one, so tests must too, or two copies of its
// classes exist and `instanceof GraphQLScalarType` checks fail (the dual-package hazard).
alias.push({ find: /^graphql$/, replacement: resolve(__dirname, 'node_modules/graphql/index.js') });

export default defineConfig({
  plugins: [swcPlugin],
  resolve: { alias },
  test: {
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: '.data/test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['apps/**/*.spec.ts', 'libs/**/*.spec.ts', 'test/**/*.spec.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['apps/**/*.int-spec.ts', 'libs/**/*.int-spec.ts', 'test/**/*.int-spec.ts'],
          globalSetup: ['libs/testing/support/src/global-setup.ts'],
        },
      },
      {
        // Web components in a DOM (jsdom); JSX is compiled by SWC from apps/web/tsconfig.json.
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['apps/web/**/*.spec.tsx', 'libs/web/**/*.spec.tsx'],
          setupFiles: ['apps/web/src/test-setup.ts'],
        },
      },
    ],
  },
});
