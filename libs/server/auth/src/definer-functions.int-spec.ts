import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@claimlane/testing';

/** The SECURITY DEFINER entry points, called as the runtime role exactly as the services call them. */
describe('SECURITY DEFINER functions validate their own arguments', () => {
  let db: TestDatabase;
  let owner: Client;
  let app: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new Client({ connectionString: db.ownerUrl });
    app = new Client({ connectionString: db.appUrl });
    await owner.connect();
    await app.connect();
  });

  afterAll(async () => {
    await app?.end();
    await owner?.end();
    await db?.drop();
  });

  async function newUser(): Promise<string> {
    const id = randomUUID();
    await owner.query(
      `insert into users (id, email, name, password_hash) values ($1, $2, 'Definer Test', 'x')`,
      [id, `${id}@example.test`],
    );
    return id;
  }

  async function sqlState(sql: string, params: unknown[]): Promise<string | undefined> {
    try {
      await app.query(sql, params);
      return undefined;
    } catch (e) {
      return (e as { code?: string }).code;
    }
  }

  const FAIL = `select * from auth_record_login_failure($1, $2, $3)`;

  it.each([
    ['a lock of 2^31-1 minutes (the year 6109)', 5, 2_147_483_647],
    ['a negative lock, which unlocked the account', 1, -60],
    ['a zero lock', 1, 0],
    ['p_max of 0 (locks on the first failure)', 0, 15],
    ['a null p_max', null, 15],
  ])('auth_record_login_failure refuses %s with 22023', async (_name, max, minutes) => {
    const user = await newUser();
    expect(await sqlState(FAIL, [user, max, minutes])).toBe('22023');
    const { rows } = await owner.query(
      `select failed_login_count, locked_until from users where id = $1`,
      [user],
    );
    expect(rows[0]).toEqual({ failed_login_count: 0, locked_until: null });
  });

  it('auth_record_login_failure still counts failures and locks within bounds', async () => {
    const user = await newUser();
    await app.query(FAIL, [user, 2, 15]);
    const { rows } = await app.query<{ failed_login_count: number; locked_until: Date }>(FAIL, [
      user,
      2,
      15,
    ]);
    expect(rows[0]?.failed_login_count).toBe(0);
    const lockedFor = (rows[0]!.locked_until.getTime() - Date.now()) / 60_000;
    expect(lockedFor).toBeGreaterThan(14);
    expect(lockedFor).toBeLessThanOrEqual(15.1);
  });

  it.each([
    ['no seats', 'Clinic', 'CLINIC', 0],
    ['a negative seat limit', 'Clinic', 'CLINIC', -5],
    ['an unknown kind', 'Clinic', 'HOSPITAL', 5],
    ['a blank name', '   ', 'CLINIC', 5],
  ])('tenancy_create_tenant refuses %s with 22023 and creates nothing', async (_n, ...args) => {
    const user = await newUser();
    await app.query('begin');
    try {
      await app.query(`select set_config('app.user_id', $1, true)`, [user]);
      const code = await sqlState(`select tenancy_create_tenant($1, $2, $3, $4)`, [user, ...args]);
      expect(code).toBe('22023');
    } finally {
      await app.query('rollback');
    }
    const { rows } = await owner.query(`select 1 from memberships where user_id = $1`, [user]);
    expect(rows).toEqual([]);
  });
});
