import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildValidator, repoRoot, validate } from './deploy-tools';

interface DockerfileInfo {
  stages: number;
  finalUser: string;
  finalBase: string;
  healthcheck: boolean;
}

const DOCKER_DIR = join(repoRoot, 'deploy/docker');
const APPS = ['api', 'worker', 'temporal-worker', 'migrations'];
const apiDockerfile = readFileSync(join(DOCKER_DIR, 'api.Dockerfile'), 'utf8');

describe('Dockerfiles (BuildKit parser and lint rules + image rules)', () => {
  let bin: string;
  let tmp: string;
  beforeAll(() => {
    bin = buildValidator();
    tmp = mkdtempSync(join(tmpdir(), 'claimlane-dockerfile-'));
  }, 600_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** The API's Dockerfile with one change, validated. */
  const mutated = (name: string, change: (s: string) => string) => {
    const file = join(tmp, `${name}.Dockerfile`);
    const text = change(apiDockerfile);
    expect(text, `mutation ${name} changed nothing`).not.toBe(apiDockerfile);
    writeFileSync(file, text);
    return validate(bin, ['dockerfile', file]).problems.join('\n');
  };

  it('has one multi-stage, non-root image per app, all passing', () => {
    const files = readdirSync(DOCKER_DIR).filter((f) => f.endsWith('.Dockerfile'));
    expect(files.sort()).toEqual(APPS.map((a) => `${a}.Dockerfile`).sort());
    const report = validate<Record<string, DockerfileInfo>>(bin, [
      'dockerfile',
      ...files.map((f) => join(DOCKER_DIR, f)),
    ]);
    expect(report.problems).toEqual([]);
    expect(report.status).toBe(0);
    for (const info of Object.values(report.details)) {
      expect(info.stages).toBeGreaterThanOrEqual(3);
      expect(info.finalUser).toBe('1000:1000');
      expect(info.finalBase).toMatch(/^node:\d+\.\d+\.\d+-bookworm-slim$/);
      expect(info.healthcheck).toBe(true);
    }
  });

  it('each image starts its own app', () => {
    const cmd = (app: string) =>
      readFileSync(join(DOCKER_DIR, `${app}.Dockerfile`), 'utf8').match(/^CMD (.+)$/m)?.[1];
    expect(cmd('api')).toContain('dist/apps/api/src/main.js');
    expect(cmd('worker')).toContain('dist/apps/worker/src/main.js');
    expect(cmd('temporal-worker')).toContain('dist/apps/temporal-worker/src/main.js');
    expect(cmd('migrations')).toContain('dist/libs/server/db/src/cli/migrate.cli.js');
    expect(apiDockerfile).toContain('dist/web');
    expect(readFileSync(join(DOCKER_DIR, 'temporal-worker.Dockerfile'), 'utf8')).toContain(
      'bundle-workflows.cli.js',
    );
  });

  it('starts the API with the V8 flags of apps/api/node-flags.json, as npm start and npm run api do', () => {
    const flags = JSON.parse(
      readFileSync(join(repoRoot, 'apps/api/node-flags.json'), 'utf8'),
    ) as string[];
    expect(flags.length).toBeGreaterThan(0);
    const cmd = JSON.parse(apiDockerfile.match(/^CMD (.+)$/m)![1]!) as string[];
    expect(cmd.slice(1, 1 + flags.length)).toEqual(flags);
    const scripts = (
      JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts['api']).toContain(`node ${flags.join(' ')} dist/apps/api/src/main.js`);
  });

  it('refuses a final stage without USER, or running as root', () => {
    expect(mutated('no-user', (s) => s.replace(/^USER .*$/m, ''))).toMatch(/no USER/);
    expect(mutated('root-user', (s) => s.replace(/^USER .*$/m, 'USER root'))).toMatch(/is root/);
    expect(mutated('uid0', (s) => s.replace(/^USER .*$/m, 'USER 0:0'))).toMatch(/is root/);
  });

  it('refuses unpinned base images and remote ADD', () => {
    expect(
      mutated('unpinned', (s) =>
        s.replace(/node:20\.\d+\.\d+-bookworm-slim/, 'node:20-bookworm-slim'),
      ),
    ).toMatch(/not pinned/);
    expect(
      mutated('latest', (s) => s.replace(/node:20\.\d+\.\d+-bookworm-slim/, 'node:latest')),
    ).toMatch(/not pinned/);
    expect(
      mutated('remote-add', (s) =>
        s.replace(
          'WORKDIR /app\nRUN mkdir',
          'WORKDIR /app\nADD https://example.org/x.tgz /tmp/\nRUN mkdir',
        ),
      ),
    ).toMatch(/ADD of a remote source/);
  });

  it('refuses a single stage, dev node_modules in the final image, and a missing HEALTHCHECK', () => {
    expect(
      mutated('single-stage', (s) =>
        s
          .replace(
            /FROM build AS production-modules[\s\S]*?(?=FROM \$\{NODE_IMAGE\} AS runtime)/,
            '',
          )
          .replace(/FROM \$\{NODE_IMAGE\} AS runtime[\s\S]*?WORKDIR \/app\n/, ''),
      ),
    ).toMatch(/production-only install|not multi-stage/);
    expect(
      mutated('dev-modules', (s) =>
        s
          .replace(
            'COPY --from=production-modules /app/node_modules',
            'COPY --from=build /app/node_modules',
          )
          .replace(/FROM build AS production-modules\nRUN npm prune[^\n]*\n[^\n]*\n/, ''),
      ),
    ).toMatch(/no production-only install/);
    expect(
      mutated('no-healthcheck', (s) => s.replace(/^HEALTHCHECK[\s\S]*?\n(?=ENTRYPOINT)/m, '')),
    ).toMatch(/no HEALTHCHECK/);
  });

  it("reports BuildKit's own lint warnings (docker build --check)", () => {
    expect(mutated('casing', (s) => s.replace('AS build', 'as build'))).toMatch(
      /lint FromAsCasing/,
    );
    expect(mutated('stage-name', (s) => s.replace('AS runtime', 'AS Runtime'))).toMatch(
      /lint StageNameCasing/,
    );
    expect(
      mutated('maintainer', (s) =>
        s.replace('WORKDIR /app\nRUN mkdir', 'WORKDIR /app\nMAINTAINER x\nRUN mkdir'),
      ),
    ).toMatch(/lint MaintainerDeprecated/);
  });
});
