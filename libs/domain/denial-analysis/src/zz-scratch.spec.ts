import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';
import { analyzeDenial } from './analyze-denial';

it('scratch', () => {
  const dir = resolve(__dirname, '../../../../../shared/samples/letters');
  const texts: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const t = readFileSync(resolve(dir, f), 'utf8');
    texts.push(t);
    const r = analyzeDenial(t, { asOf: '2025-06-01' });
    writeFileSync(`/tmp/da/${f}.json`, JSON.stringify(r, null, 1));
  }
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < 1000) for (const t of texts) { analyzeDenial(t); n++; }
    console.log('per sec', Math.round(n / ((performance.now() - t0) / 1000)));
  }
  let junk = '';
  let seed = 1;
  for (let i = 0; i < 200_000; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; junk += String.fromCharCode(seed % 256); }
  const t1 = performance.now();
  analyzeDenial(junk);
  console.log('junk ms', performance.now() - t1);
  const t2 = performance.now();
  analyzeDenial(texts.join('\n').repeat(40));
  console.log('big letters ms', performance.now() - t2, texts.join('\n').repeat(40).length);
});
