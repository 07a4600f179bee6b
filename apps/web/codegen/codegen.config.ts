import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the web app from the committed schema (client preset). Regenerate with
// `npx graphql-codegen --config apps/web/codegen/codegen.config.ts`; codegen-fresh.spec.ts fails when
// the committed output is stale.
const root = resolve(__dirname, '../../..');

export const WEB_GQL_OUT = 'libs/web/data-access/src/gql/';

const config: CodegenConfig = {
  schema: resolve(root, 'apps/api/schema.gql'),
  documents: [
    resolve(root, 'libs/web/*/src/**/*.{ts,tsx}'),
    '!' + resolve(root, 'libs/web/data-access/src/gql/**'),
    '!' + resolve(root, 'libs/web/**/*.spec.{ts,tsx}'),
  ],
  ignoreNoDocuments: false,
  generates: {
    [resolve(root, WEB_GQL_OUT) + '/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        // Only what the app's operations use: another team's schema change leaves this output alone.
        onlyOperationTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
  hooks: { afterAllFileWrite: [`prettier --write`] },
};

export default config;
