import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { EntityMetadata } from 'typeorm';

// Metadata lookup by class is a linear search in TypeORM; a page hydrates hundreds of rows.
const metadataOf = new WeakMap<object, EntityMetadata>();

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
  let meta = metadataOf.get(target as object);
  if (!meta || meta.connection !== m.connection) {
    meta = m.connection.getMetadata(target);
    metadataOf.set(target as object, meta);
  }
  const driver = m.connection.driver;
  const entity = meta.create() as T;
  for (const col of meta.columns) {
    let raw = row[col.databaseName];
    if (raw === undefined) continue;
    // to_jsonb renders bigint identities as numbers; pg returns them as strings.
    if (typeof raw === 'number' && col.type === 'bigint') raw = String(raw);
    col.setEntityValue(entity, raw === null ? null : driver.prepareHydratedValue(raw, col));
  }
  return entity;
}
