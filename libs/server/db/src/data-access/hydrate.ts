import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Turns a raw row (snake_case columns, as `select t.*` or `to_jsonb(t)` returns it) into the entity,
 * through TypeORM's own column metadata and driver conversions (dates, numerics, arrays), so hand-
 * written SQL and repositories produce identical objects.
 */
export function hydrate<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const meta = m.connection.getMetadata(target);
  const entity = meta.create() as T;
  for (const col of meta.columns) {
    if (!(col.databaseName in row)) continue;
    let raw = row[col.databaseName];
    // to_jsonb renders bigint identities as numbers; pg returns them as strings.
    if (typeof raw === 'number' && col.type === 'bigint') raw = String(raw);
    col.setEntityValue(entity, m.connection.driver.prepareHydratedValue(raw, col));
  }
  return entity;
}
