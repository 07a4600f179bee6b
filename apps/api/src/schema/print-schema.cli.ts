import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchemaSdl } from '@claimlane/server-api';

/** `npm run schema:write` writes apps/api/schema.gql; `--check` fails when the committed file is stale. */
async function main(): Promise<void> {
  const file = resolve(__dirname, '../../../../../apps/api/schema.gql');
  const sdl = await buildSchemaSdl();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(file, 'utf8');
    if (committed !== sdl) {
      console.error('apps/api/schema.gql is stale: run `npm run schema:write` and commit it.');
      process.exit(1);
    }
    console.log('apps/api/schema.gql is up to date');
    return;
  }
  writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
