import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildValidator, helmBinary, repoRoot, run, validate } from './deploy-tools';

interface Container {
  name: string;
  image: string;
  liveness: string;
  readiness: string;
  secretEnv: Record<string, string>;
  plainEnv: string[];
  readOnlyFs: boolean;
}
interface Workload {
  serviceAccount: string;
  annotations: Record<string, string> | null;
  containers: Container[];
}
interface KubeDetails {
  objects: string[];
  workloads: Record<string, Workload>;
}

const CHART = join(repoRoot, 'deploy/helm/claimlane');
// The Kubernetes version rendered against (the chart's kubeVersion floor is 1.27).
const KUBE_VERSION = '1.31.0';
const SECRET = ['--set', 'secrets.existingSecret=claimlane-secrets'];
const SECRET_LIKE = /(SECRET|PASSWORD|TOKEN|_KEY)$|^(DATABASE(_APP)?|REDIS)_URL$/;

describe('Helm chart (helm lint + helm template, manifests decoded with the Kubernetes types)', () => {
  let helm: string;
  let bin: string;
  let tmp: string;
  beforeAll(() => {
    helm = helmBinary();
    bin = buildValidator();
    tmp = mkdtempSync(join(tmpdir(), 'claimlane-helm-'));
  }, 600_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const render = (chart = CHART, extra: string[] = SECRET) =>
    run(helm, [
      'template',
      'claimlane',
      chart,
      '--namespace',
      'claimlane',
      '--kube-version',
      KUBE_VERSION,
      ...extra,
    ]);

  const validateRendered = (name: string, manifests: string) => {
    const file = join(tmp, `${name}.yaml`);
    writeFileSync(file, manifests);
    return validate<KubeDetails>(bin, ['kube', file]);
  };

  it('passes helm lint --strict', () => {
    const r = run(helm, ['lint', '--strict', CHART, '--kube-version', KUBE_VERSION, ...SECRET]);
    expect(r.stdout + r.stderr).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    expect(r.status).toBe(0);
  });

  it('renders valid Kubernetes objects: three Deployments with HPAs, a Service, a ServiceAccount, the Job', () => {
    const r = render();
    expect(r.status, r.stderr).toBe(0);
    const report = validateRendered('default', r.stdout);
    expect(report.problems).toEqual([]);
    expect(report.details.objects.sort()).toEqual(
      [
        'Deployment/claimlane-api',
        'Deployment/claimlane-temporal-worker',
        'Deployment/claimlane-worker',
        'HorizontalPodAutoscaler/claimlane-api',
        'HorizontalPodAutoscaler/claimlane-temporal-worker',
        'HorizontalPodAutoscaler/claimlane-worker',
        'Job/claimlane-migrations',
        'Service/claimlane-api',
        'ServiceAccount/claimlane',
      ].sort(),
    );
  });

  it('probes the API on its real endpoints (/health liveness, /ready readiness)', () => {
    const controller = readFileSync(
      join(repoRoot, 'libs/server/api/src/http/health.controller.ts'),
      'utf8',
    );
    expect(controller).toContain("@Get('health')");
    expect(controller).toContain("@Get('ready')");
    const { workloads } = validateRendered('probes', render().stdout).details;
    const api = workloads['Deployment/claimlane-api']!.containers[0]!;
    expect(api.liveness).toBe('GET /health@http');
    expect(api.readiness).toBe('GET /ready@http');
    for (const w of ['worker', 'temporal-worker']) {
      const c = workloads[`Deployment/claimlane-${w}`]!.containers[0]!;
      expect(c.liveness, w).toBe('GET /metrics@metrics');
      expect(c.plainEnv, w).toEqual(expect.arrayContaining(['METRICS_PORT', 'METRICS_HOST']));
    }
  });

  it('passes secrets by reference to the existing Secret only, never as values', () => {
    const { workloads } = validateRendered('secrets', render().stdout).details;
    for (const [name, w] of Object.entries(workloads)) {
      for (const c of w.containers) {
        expect(
          c.plainEnv.filter((e) => SECRET_LIKE.test(e)),
          name,
        ).toEqual([]);
        expect(
          Object.values(c.secretEnv).every((ref) => ref.startsWith('claimlane-secrets/')),
          name,
        ).toBe(true);
        expect(c.readOnlyFs, name).toBe(true);
      }
    }
    const api = workloads['Deployment/claimlane-api']!.containers[0]!;
    expect(Object.keys(api.secretEnv).sort()).toEqual([
      'DATABASE_APP_URL',
      'JWT_SECRET',
      'RECORD_CALL_TRANSCRIPT_KEY',
      'REDIS_URL',
      'TENANT_EXPORT_SIGNING_KEY',
      'TENANT_MASTER_KEY',
    ]);
    // Only the migrations Job gets the owner connection.
    const job = workloads['Job/claimlane-migrations']!;
    expect(Object.keys(job.containers[0]!.secretEnv).sort()).toEqual([
      'APP_DB_PASSWORD',
      'DATABASE_URL',
      'JWT_SECRET',
    ]);
    expect(api.secretEnv.DATABASE_URL).toBeUndefined();
    expect(job.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
  });

  it('refuses to render without existingSecret', () => {
    const r = render(CHART, []);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/secrets\.existingSecret/);
  });

  it('fails validation when values or templates break the rules', () => {
    const noProbe = render(CHART, [...SECRET, '--set', 'api.readinessProbe=null']);
    expect(validateRendered('no-probe', noProbe.stdout).problems.join('\n')).toMatch(
      /probes are required/,
    );
    const asRoot = render(CHART, [...SECRET, '--set', 'podSecurityContext.runAsNonRoot=false']);
    expect(validateRendered('root', asRoot.stdout).problems.join('\n')).toMatch(/runAsNonRoot/);
    const noLimits = render(CHART, [...SECRET, '--set', 'worker.resources=null']);
    expect(validateRendered('no-limits', noLimits.stdout).problems.join('\n')).toMatch(
      /resources need/,
    );

    const broken = join(tmp, 'chart');
    cpSync(CHART, broken, { recursive: true });
    const helpers = join(broken, 'templates/_helpers.tpl');
    writeFileSync(
      helpers,
      readFileSync(helpers, 'utf8').replace('imagePullPolicy:', 'imagePullPolicyy:'),
    );
    const typo = render(broken);
    expect(typo.status).toBe(0);
    expect(validateRendered('typo', typo.stdout).problems.join('\n')).toMatch(
      /unknown field.*imagePullPolicyy/,
    );
    writeFileSync(
      helpers,
      readFileSync(helpers, 'utf8').replace(
        'containerPort: {{ .containerPort }}',
        'containerPort: "{{ .containerPort }}x"',
      ),
    );
    expect(validateRendered('type', render(broken).stdout).problems.join('\n')).toMatch(
      /containerPort/,
    );
  });
});
