import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { isIsoDate } from '@claimlane/domain-deadlines';
import { Errors } from './app-errors';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay-style connection type for a node type. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

/** Cursors are opaque to clients: base64url JSON of the sort key values. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * What each position of a cursor holds. A cursor is client input: a hand-made one must fail as
 * BAD_USER_INPUT here, not as a Postgres cast error (22007/22P02 → a 500) once it is a parameter.
 * `timestamp` is Postgres `::text` or ISO output; `numeric` is Postgres `numeric::text`; `bigint` is a
 * positive id. A trailing `?` allows null.
 */
export type CursorPart = 'uuid' | 'timestamp' | 'numeric' | 'bigint';
type CursorSpec = CursorPart | `${CursorPart}?`;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP_RE =
  /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?[0-5]\d)?)?$/;

function validPart(value: unknown, part: CursorPart): boolean {
  if (typeof value !== 'string') return part === 'numeric' && Number.isFinite(value);
  switch (part) {
    case 'uuid':
      return UUID_RE.test(value);
    case 'bigint':
      return /^\d{1,18}$/.test(value);
    case 'numeric':
      return /^-?\d{1,15}(\.\d{1,6})?$/.test(value);
    case 'timestamp': {
      const m = TIMESTAMP_RE.exec(value);
      return !!m && m[1]! >= '0001-01-01' && isIsoDate(m[1]!);
    }
  }
}

export function decodeCursor(
  cursor: string | null | undefined,
  parts: readonly CursorSpec[],
): unknown[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    if (cursor.length > 512) throw new Error('too long');
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== parts.length) throw new Error('shape');
    parts.forEach((spec, i) => {
      const nullable = spec.endsWith('?');
      if (v[i] === null && nullable) return;
      if (!validPart(v[i], spec.replace('?', '') as CursorPart)) throw new Error('part');
    });
    return v;
  } catch {
    throw Errors.badInput('after is not a valid cursor', { field: 'after' });
  }
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, dflt = 20): number {
  const n = first ?? dflt;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw Errors.badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return n;
}

export function toConnection<T>(
  rows: T[],
  limit: number,
  cursorOf: (row: T) => unknown[],
  totalCount: number,
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    },
  };
}

/** Complexity of a connection field: `first` (default 20) times the cost of one node. */
export const connectionComplexity = (opts: {
  args: Record<string, unknown>;
  childComplexity: number;
}): number =>
  (typeof opts.args['first'] === 'number' ? opts.args['first'] : 20) *
  Math.max(1, opts.childComplexity);
