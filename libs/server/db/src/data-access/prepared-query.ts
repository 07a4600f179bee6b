import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { QueryFailedError, type EntityManager } from 'typeorm';

/**
 * Runs a statement as a named prepared statement on the transaction's connection: Postgres plans it
 * once per connection instead of on every call (planning the worklist page cost ~1.5 ms of server
 * CPU per request, as much as running it). The name is the text's hash, so every shape of a
 * generated statement (relations × filters) is prepared once; values are always parameters.
 * Outside a transaction-bound manager it falls back to a plain query.
 */
export async function queryPrepared<T>(
  m: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const runner = m.queryRunner;
  const name = statementName(text);
  if (!runner || runner.isReleased || !name) return (await m.query(text, values)) as T[];
  const client = (await runner.connect()) as PoolClient;
  try {
    const result = await client.query({ name, text, values });
    return result.rows as T[];
  } catch (e) {
    // The same error type as every other statement, so callers map database errors in one place.
    throw new QueryFailedError(text, values, e as Error);
  }
}

/**
 * Shapes prepared so far. Each costs every pooled connection a cached plan in Postgres, so past this
 * many a new shape runs unprepared (the code's shapes are far fewer; this bounds a surprise).
 */
const MAX_SHAPES = 200;
const names = new Map<string, string>();

function statementName(text: string): string | null {
  let name = names.get(text);
  if (!name) {
    if (names.size >= MAX_SHAPES) return null;
    name = `cl_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}
