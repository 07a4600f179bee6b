import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPORAL_CLI_MODULE, TEMPORAL_CLI_VERSION } from './temporal-cli-build';
import { TEMPORAL_INSTALL_HINT } from './temporal-dev-server';

describe('the Temporal CLI version', () => {
  it('is the one CI installs first, and the hint names it', () => {
    const ci = readFileSync(resolve(__dirname, '../../../../.ci/run'), 'utf8');
    const versions = /for v in ((?:v[\d.]+ ?)+); do/.exec(ci)?.[1]?.trim().split(' ');
    expect(versions?.[0]).toBe(TEMPORAL_CLI_VERSION);
    expect(TEMPORAL_INSTALL_HINT).toContain(TEMPORAL_CLI_MODULE);
  });
});
