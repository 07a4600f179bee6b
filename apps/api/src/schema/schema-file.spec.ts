import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchemaSdl } from '@claimlane/server-api';

describe('committed GraphQL schema', () => {
  it('apps/api/schema.gql matches the code-first schema (run `npm run schema:write` when this fails)', async () => {
    const committed = readFileSync(resolve(__dirname, '../../schema.gql'), 'utf8');
    expect(committed).toBe(await buildSchemaSdl());
  });
});
