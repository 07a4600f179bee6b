import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildValidator, repoRoot, validate } from './deploy-tools';

interface ComposeService {
  healthcheck: boolean;
  secrets: number;
  dependsOn: Record<string, string>;
  environment: string[];
}
interface ComposeDetails {
  services: Record<string, ComposeService>;
  secrets: Record<string, string>;
}

const COMPOSE = join(repoRoot, 'deploy/compose.yaml');
const composeText = readFileSync(COMPOSE, 'utf8');
const ENV = ['CLAIMLANE_TAG=0.1.0', 'CLAIMLANE_PUBLIC_URL=https://claimlane.example.org'];
const SECRET_NAMES = /(SECRET|PASSWORD|TOKEN|_KEY)$|^DATABASE(_APP)?_URL$/;

describe('compose.yaml (compose-spec schema + the docker compose loader)', () => {
  let bin: string;
  let tmp: string;
  beforeAll(() => {
    bin = buildValidator();
    tmp = mkdtempSync(join(tmpdir(), 'claimlane-compose-'));
  }, 600_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const mutated = (name: string, change: (s: string) => string, env = ENV) => {
    const text = change(composeText);
    expect(text, `mutation ${name} changed nothing`).not.toBe(composeText);
    const file = join(tmp, `${name}.yaml`);
    writeFileSync(file, text);
    return validate(bin, ['compose', file, ...env]).problems.join('\n');
  };

  it('validates, with every service the stack needs', () => {
    const report = validate<ComposeDetails>(bin, ['compose', COMPOSE, ...ENV]);
    expect(report.problems).toEqual([]);
    expect(Object.keys(report.details.services).sort()).toEqual(
      ['api', 'migrate', 'postgres', 'redis', 'temporal', 'temporal-worker', 'worker'].sort(),
    );
    const s = report.details.services;
    for (const name of ['postgres', 'redis', 'temporal', 'api'])
      expect(s[name]!.healthcheck, name).toBe(true);
    for (const app of ['api', 'worker', 'temporal-worker']) {
      expect(s[app]!.dependsOn.migrate, app).toBe('service_completed_successfully');
    }
    expect(s.migrate!.dependsOn.postgres).toBe('service_healthy');
  });

  it('takes secrets by file reference only, with no default value anywhere', () => {
    const report = validate<ComposeDetails>(bin, ['compose', COMPOSE, ...ENV]);
    expect(Object.values(report.details.secrets).every((k) => k === 'file')).toBe(true);
    for (const [name, service] of Object.entries(report.details.services)) {
      const plain = service.environment.filter((e) => SECRET_NAMES.test(e));
      expect(plain, `${name} gets a secret as a plain variable`).toEqual([]);
    }
    expect(s(report).api!.environment).toContain('JWT_SECRET_FILE');
    expect(s(report).migrate!.environment).toEqual(
      expect.arrayContaining(['DATABASE_URL_FILE', 'APP_DB_PASSWORD_FILE']),
    );
    // No `${VAR:-default}` on anything secret-like, and no inline credentials in URLs.
    expect(composeText).not.toMatch(/(SECRET|PASSWORD)[A-Z_]*:-/);
    expect(composeText).not.toMatch(/\/\/[^/\s@]+:[^/\s@]+@/);
  });

  it('refuses to load without the image tag and public URL (no defaults)', () => {
    const report = validate(bin, ['compose', COMPOSE]);
    expect(report.status).toBe(1);
    expect(report.problems.join('\n')).toMatch(/CLAIMLANE_TAG/);
    expect(report.problems.join('\n')).toMatch(/CLAIMLANE_PUBLIC_URL/);
  });

  it('fails on a schema violation, an unknown dependency and an undeclared secret', () => {
    expect(
      mutated('typo', (t) => t.replace('      interval: 5s\n', '      intervall: 5s\n')),
    ).toMatch(/compose-spec schema/);
    expect(
      mutated('dangling-dependency', (t) =>
        t.replace(
          '      redis: { condition: service_healthy }\n    restart',
          '      rediss: { condition: service_healthy }\n    restart',
        ),
      ),
    ).toMatch(/rediss/);
    expect(
      mutated('undeclared-secret', (t) =>
        t.replace('secrets: [postgres_password]', 'secrets: [postgres_pasword]'),
      ),
    ).toMatch(/postgres_pasword/);
  });
});

const s = (r: { details: ComposeDetails }) => r.details.services;
