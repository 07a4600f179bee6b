import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/** How one column goes from a raw row onto the entity, decided once per entity class. */
interface ColumnPlan {
  databaseName: string;
  propertyName: string;
  /** null: assign the raw value as it is (text, uuid, integers, json, arrays). */
  convert: ((raw: unknown) => unknown) | null;
  /** Columns TypeORM must set itself (embedded, transformers, types without a fast path). */
  column: ColumnMetadata | null;
}

interface HydrationPlan {
  meta: EntityMetadata;
  columns: ColumnPlan[];
}

// Metadata lookup by class is a linear search in TypeORM; a page hydrates hundreds of rows.
const plans = new WeakMap<object, HydrationPlan>();

const TIMESTAMP_TYPES = new Set<unknown>([
  'timestamptz',
  'timestamp',
  'timestamp with time zone',
  'timestamp without time zone',
  'datetime',
  Date,
]);
const PLAIN_TYPES = new Set<unknown>([
  'uuid',
  'text',
  'varchar',
  'character varying',
  'int',
  'integer',
  'smallint',
  'jsonb',
  'json',
  'numeric',
  'decimal',
  String,
  Number,
]);

const toDate = (raw: unknown): unknown => (raw instanceof Date ? raw : new Date(raw as string));
// to_json renders bigint identities as numbers; pg returns them as strings.
const toBigintString = (raw: unknown): unknown => (typeof raw === 'number' ? String(raw) : raw);
const toBoolean = (raw: unknown): unknown => Boolean(raw);

function planColumn(col: ColumnMetadata): ColumnPlan {
  const base = { databaseName: col.databaseName, propertyName: col.propertyName };
  if (col.embeddedMetadata || col.transformer || col.relationMetadata)
    return { ...base, convert: null, column: col };
  if (TIMESTAMP_TYPES.has(col.type)) return { ...base, convert: toDate, column: null };
  if (col.type === 'bigint') return { ...base, convert: toBigintString, column: null };
  if (col.type === Boolean || col.type === 'boolean' || col.type === 'bool')
    return { ...base, convert: toBoolean, column: null };
  if (col.isArray || PLAIN_TYPES.has(col.type)) return { ...base, convert: null, column: null };
  return { ...base, convert: null, column: col };
}

function planFor(m: EntityManager, target: object): HydrationPlan {
  let plan = plans.get(target);
  if (!plan || plan.meta.connection !== m.connection) {
    const meta = m.connection.getMetadata(target as EntityTarget<ObjectLiteral>);
    plan = { meta, columns: meta.columns.map(planColumn) };
    plans.set(target, plan);
  }
  return plan;
}

/**
 * Turns a raw row (snake_case columns, as `select t.*` or `row_to_json(t)` returns it) into the
 * entity. Column names, types and transformers come from TypeORM's own metadata; the common types are
 * converted here directly and the rest (dates without time, transformers, embedded columns) go
 * through TypeORM's driver, so hand-written SQL and repositories produce identical objects.
 */
export function hydrate<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const plan = planFor(m, target as object);
  const entity = plan.meta.create() as T;
  const out = entity as Record<string, unknown>;
  const driver = m.connection.driver;
  for (const c of plan.columns) {
    const raw = row[c.databaseName];
    if (raw === undefined) continue;
    if (c.column) {
      c.column.setEntityValue(
        entity,
        raw === null ? null : driver.prepareHydratedValue(raw, c.column),
      );
    } else {
      out[c.propertyName] = raw === null || !c.convert ? raw : c.convert(raw);
    }
  }
  return entity;
}
