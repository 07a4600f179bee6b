import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// One runner for the whole repo. SWC (not esbuild) compiles so Nest/TypeORM decorator metadata works.
const tsconfig = JSON.parse(readFileSync(resolve(__dirname, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(tsconfig.compilerOptions.paths).map(([find, [target]]) => ({
  find,
  replacement: resolve(__dirname, target as string),
}));

export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
    }),
  ],
  resolve: { alias },
  test: {
    include: [
      'apps/**/*.spec.ts',
      'apps/**/*.int-spec.ts',
      'libs/**/*.spec.ts',
      'libs/**/*.int-spec.ts',
      'test/**/*.int-spec.ts',
      'test/**/*.spec.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['libs/testing/support/src/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: '.data/test-results/vitest.json' }]],
  },
});
