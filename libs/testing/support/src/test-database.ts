import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { inject } from 'vitest';
import { appUrlFor } from '@claimlane/server-db';
import { TEST_APP_PASSWORD } from './global-setup';

export interface TestDatabase {
  name: string;
  /** Owner (superuser on this machine): for set-up and assertions only, never for isolation checks. */
  ownerUrl: string;
  /** The runtime role `claimlane_app`: what the application and isolation tests use. */
  appUrl: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from the migrated template (milliseconds, not seconds). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplate');
  const name = `claimlane_t_${inject('pgRunId')}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        break;
      } catch (e) {
        // Two files cloning at the same instant can collide on the template; retry briefly.
        if (attempt > 20) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    await admin.query(`grant connect on database ${name} to claimlane_app`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const ownerUrl = u.toString();
  return {
    name,
    ownerUrl,
    appUrl: appUrlFor(ownerUrl, TEST_APP_PASSWORD),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
