import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

const STRONG = 'q8Vn1sZ0xGm3Lk7Pw2Rt5Yb9Hc4Jd6Fe+Ua/Ii8Oo0Qs=';

describe('loadConfig in production', () => {
  it('refuses to start with the default JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET.*default/);
  });

  it.each([
    ['a short secret', 'abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a long secret of few characters', 'a'.repeat(40) + 'bbbbbbbbbbbb'],
    ['a renamed default', 'prod-secret-change-me-prod-secret-change-me-please'],
  ])('refuses %s', (_name, secret) => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(/JWT_SECRET/);
  });

  it('starts with a random 256-bit secret', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: STRONG }).JWT_SECRET).toBe(STRONG);
  });

  it('refuses the direct sign-up (it tells who has an account) and defaults to the link', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: STRONG,
        SIGNUP_EMAIL_VERIFICATION: 'false',
      }),
    ).toThrow(/SIGNUP_EMAIL_VERIFICATION/);
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: STRONG }).SIGNUP_EMAIL_VERIFICATION,
    ).toBe(true);
  });

  it('keeps the development default outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).JWT_SECRET).toContain('dev-only');
    expect(loadConfig({ NODE_ENV: 'test' }).NODE_ENV).toBe('test');
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual([]);
  });

  it('takes a comma-separated list of proxies', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 172.16.0.0/12,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.5',
      '172.16.0.0/12',
      'loopback',
    ]);
  });

  it.each(['true', '*', '0.0.0.0/0'])('refuses %s (every peer trusted)', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
  });
});

describe('per-deployment Temporal and Redis names', () => {
  it('takes a namespace, task queue and key prefix per deployment', () => {
    const c = loadConfig({
      TEMPORAL_NAMESPACE: 'claimlane-prod-eu',
      TEMPORAL_TASK_QUEUE: 'appeals.prod-eu',
      REDIS_KEY_PREFIX: 'claimlane:prod-eu:',
      TEMPORAL_MAX_CACHED_WORKFLOWS: '0',
      TEMPORAL_STICKY_QUEUE_TIMEOUT_MS: '2500',
    });
    expect(c).toMatchObject({
      TEMPORAL_NAMESPACE: 'claimlane-prod-eu',
      TEMPORAL_TASK_QUEUE: 'appeals.prod-eu',
      REDIS_KEY_PREFIX: 'claimlane:prod-eu:',
      TEMPORAL_MAX_CACHED_WORKFLOWS: 0,
      TEMPORAL_STICKY_QUEUE_TIMEOUT_MS: 2500,
    });
    expect(loadConfig({}).TEMPORAL_MAX_CACHED_WORKFLOWS).toBeUndefined();
  });

  it.each([
    ['REDIS_KEY_PREFIX', 'claimlane'],
    ['REDIS_KEY_PREFIX', 'claim lane:'],
    ['REDIS_KEY_PREFIX', '{claimlane}:'],
    ['TEMPORAL_NAMESPACE', 'prod eu'],
    ['TEMPORAL_TASK_QUEUE', ''],
    ['TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS', '1'],
  ])('refuses %s=%j', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
