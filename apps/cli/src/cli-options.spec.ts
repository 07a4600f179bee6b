import { InvalidArgumentError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_REGIMES, parseIsoDate, parseUuid, todayIso } from './cli-options';
import { rootPackageVersion } from './package-version';

describe('option parsers', () => {
  it('accepts real calendar dates only', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-05', '03/14/2025', ''])
      expect(() => parseIsoDate(bad)).toThrow(InvalidArgumentError);
  });

  it('accepts UUIDs and normalises their case', () => {
    expect(parseUuid('9336D1A1-EBB1-4578-90EA-A03B1D310784')).toBe(
      '9336d1a1-ebb1-4578-90ea-a03b1d310784',
    );
    for (const bad of ['nope', '9336d1a1-ebb1-4578-90ea-a03b1d31078', "x' or 1=1"])
      expect(() => parseUuid(bad)).toThrow(InvalidArgumentError);
  });

  it('offers no "unknown" regime as a known fact', () => {
    expect(KNOWN_REGIMES).not.toContain('unknown');
    expect(KNOWN_REGIMES).toContain('erisa_group_health');
  });

  it('takes "today" as the UTC date, like the API', () => {
    expect(todayIso(new Date('2025-03-01T23:30:00-05:00'))).toBe('2025-03-02');
  });

  it('reports the root package version from the source tree', () => {
    const root = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(rootPackageVersion()).toBe(root.version);
  });
});
