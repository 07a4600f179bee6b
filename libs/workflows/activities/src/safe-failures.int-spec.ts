import { inspect } from 'node:util';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_CASE_DATA } from '@claimlane/shared-contracts';
import { safeFailure, withSafeFailures } from './safe-failures';

const PHI = ['Jane Roe', 'M123456789', '1970-04-01'];
const everything = (f: ApplicationFailure) =>
  [f.message, f.stack ?? '', f.type ?? '', JSON.stringify(f), inspect(f, { depth: 5 })].join('\n');

describe('activity failures leave the process without data values', () => {
  let pg: Client;
  beforeAll(async () => {
    pg = new Client({
      connectionString:
        process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    await pg.connect();
  });
  afterAll(async () => {
    await pg.end();
  });

  /** A real driver error whose server message quotes the value, wrapped as TypeORM does. */
  async function failedQuery(sql: string, params: unknown[]): Promise<QueryFailedError> {
    try {
      await pg.query(sql, params);
    } catch (e) {
      return new QueryFailedError(sql, params, e as Error);
    }
    throw new Error('the query was expected to fail');
  }

  it('a value Postgres refuses: non-retryable BAD_CASE_DATA, no parameters, no quoted value', async () => {
    const e = await failedQuery(`select $1::date, $2::text, $3::text`, [
      `${PHI[0]} ${PHI[2]}`,
      PHI[1],
      PHI[0],
    ]);
    // The raw error would carry them out (this is what reached the worker log before).
    expect(inspect(e, { depth: 5 })).toContain(PHI[1]);
    const f = safeFailure('applyTransition', e);
    expect(f.type).toBe(BAD_CASE_DATA);
    expect(f.nonRetryable).toBe(true);
    expect(f.message).toContain('22007');
    for (const v of PHI) expect(everything(f)).not.toContain(v);
  });

  it('any other database error: retryable, named by class and SQLSTATE only', async () => {
    const e = await failedQuery(`select * from "${PHI[0]}" where x = $1`, [PHI[1]]);
    const f = safeFailure('markDeadline', e);
    expect(f.nonRetryable).toBe(false);
    expect(f.message).toBe('markDeadline failed (QueryFailedError, SQLSTATE 42P01)');
    for (const v of PHI) expect(everything(f)).not.toContain(v);
  });

  it('library errors keep their class and errno, our own plain errors their message', async () => {
    const mail = Object.assign(new TypeError(`Invalid address <${PHI[0]}@example.test>`), {
      code: 'EENVELOPE',
    });
    const f = safeFailure('notifyCase', mail);
    expect(f.message).toBe('notifyCase failed (TypeError, EENVELOPE)');
    expect(safeFailure('applyTransition', new Error('appeal case no longer exists')).message).toBe(
      'applyTransition failed (Error): appeal case no longer exists',
    );
    const own = ApplicationFailure.nonRetryable('kept as it is', 'X');
    expect(safeFailure('x', own)).toBe(own);
  });

  it('wraps every activity', async () => {
    const acts = withSafeFailures({
      ok: async (n: number) => n + 1,
      bad: async () => {
        throw await failedQuery(`select $1::uuid`, [PHI[0]]);
      },
    });
    expect(await acts.ok(1)).toBe(2);
    const f = await acts.bad().catch((e: unknown) => e as ApplicationFailure);
    expect(f).toBeInstanceOf(ApplicationFailure);
    expect(f.type).toBe(BAD_CASE_DATA);
    expect(everything(f)).not.toContain(PHI[0]);
  });
});
