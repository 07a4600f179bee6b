// Flat ESLint config: typescript-eslint + Nx module boundaries (docs/architecture.md §2) + Prettier compatibility.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const serverOnly = [
  'pg',
  'typeorm',
  '@nestjs/*',
  'ioredis',
  'bullmq',
  'express',
  'passport*',
  'argon2',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      // GraphQL Code Generator output (committed, checked for staleness by its own spec).
      'libs/web/data-access/src/gql/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.mts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // Integration specs inside libs import the test helpers, which import the whole server (the
          // test API). Only test files may import `testing` (the tag rules below refuse it elsewhere), so
          // a cycle through it is a test-only cycle, not a runtime one.
          ignoredCircularDependencies: [['testing', '*']],
          // Observability specs import the test helpers lazily on purpose: tracing must patch pg,
          // graphql and http before those modules load. Other specs import them statically.
          checkDynamicDependenciesExceptions: ['testing'],
          depConstraints: [
            { sourceTag: 'type:shared', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:shared'],
              bannedExternalImports: [...serverOnly, '@temporalio/*'],
            },
            {
              sourceTag: 'type:workflow',
              onlyDependOnLibsWithTags: ['type:domain', 'type:shared'],
              // Workflow code runs in Temporal's deterministic sandbox: no other packages.
              allowedExternalImports: ['@temporalio/workflow'],
              bannedExternalImports: [
                ...serverOnly,
                '@temporalio/worker',
                '@temporalio/client',
                '@temporalio/activity',
                'fs',
                'node:*',
              ],
            },
            {
              sourceTag: 'type:workflow-client',
              onlyDependOnLibsWithTags: ['type:shared', 'type:domain'],
            },
            {
              sourceTag: 'type:server-core',
              onlyDependOnLibsWithTags: ['type:server-core', 'type:domain', 'type:shared'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:server-core',
                'type:domain',
                'type:shared',
                'type:workflow-client',
              ],
            },
            {
              sourceTag: 'type:activities',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:server-core',
                'type:domain',
                'type:shared',
              ],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:server-core',
                'type:domain',
                'type:shared',
                'type:workflow',
                'type:workflow-client',
                'type:activities',
              ],
            },
            {
              // The browser app: its own libs and shared contracts, never server or workflow code.
              sourceTag: 'type:web',
              onlyDependOnLibsWithTags: ['type:web', 'type:shared'],
              bannedExternalImports: [...serverOnly, '@temporalio/*'],
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    // Tests may pull test helpers from any layer.
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.test-helper.ts',
      '**/*.bench.ts',
      'test/**/*.ts',
      'libs/testing/**/*.ts',
    ],
    rules: { '@nx/enforce-module-boundaries': 'off', 'no-console': 'off' },
  },
  {
    files: [
      'apps/cli/**/*.ts',
      'apps/*/src/main.ts',
      '**/*.cli.ts',
      '**/*.bench.ts',
      'scripts/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
