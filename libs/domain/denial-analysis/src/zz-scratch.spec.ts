import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';
import { analyzeDenial } from './analyze-denial';

it('scratch', () => {
  const dir = resolve(__dirname, '../../../../../shared/samples/letters');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const r = analyzeDenial(readFileSync(resolve(dir, f), 'utf8'), { asOf: '2025-06-01' });
    writeFileSync(`/tmp/da/${f}.json`, JSON.stringify(r, null, 1));
  }
});
