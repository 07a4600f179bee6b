import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
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

export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    if (cursor.length > 512) throw new Error('too long');
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== arity) throw new Error('shape');
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
