import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config, { WEB_GQL_OUT } from './codegen.config';

const root = resolve(__dirname, '../../..');

describe('committed GraphQL Code Generator output', () => {
  it(`${WEB_GQL_OUT} matches the schema and the documents (run \`npx graphql-codegen --config apps/web/codegen/codegen.config.ts\` when this fails)`, async () => {
    const files = (await generate(
      { ...config, hooks: {}, silent: true, cwd: root },
      false,
    )) as Array<{
      filename: string;
      content: string;
    }>;
    const outDir = resolve(root, WEB_GQL_OUT);
    expect(files.map((f) => basename(f.filename)).sort()).toEqual(readdirSync(outDir).sort());
    for (const f of files) {
      const options = (await resolveConfig(f.filename)) ?? {};
      const expected = await format(f.content, { ...options, filepath: f.filename });
      expect(readFileSync(f.filename, 'utf8'), f.filename).toBe(expected);
    }
  }, 60_000);
});
