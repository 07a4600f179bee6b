import {
  GraphQLObjectType,
  defaultFieldResolver,
  getNamedType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { OperationScope } from '@claimlane/server-db';

/** Object types that carry protected health information: every one returned is an audited read. */
export const PHI_TYPES: ReadonlySet<string> = new Set([
  'AppealCase',
  'Denial',
  'Claim',
  'Patient',
  // Evidence and letters (issue 8): record pages, quotes, explanations, contact notes, letter text.
  'CaseDocument',
  'Criterion',
  'Exhibit',
  'MatrixLink',
  'CarrierContact',
  'CaseTimeline',
  'Letter',
  'Packet',
  // Case notes (issue 10): free text about the patient's case.
  'CaseNote',
]);

interface ContextWithOperation {
  operation?: OperationScope | null;
}

function collectIds(value: unknown, out: string[]): void {
  if (!value) return;
  if (Array.isArray(value)) {
    for (const v of value) collectIds(v, out);
    return;
  }
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'string') out.push(id);
}

/**
 * Wraps every field, on every type, whose result is a PHI type (or a list of one): the ids it returns
 * are added to the operation's read log, which the pipeline writes in one audit statement. Because the
 * walk covers the whole schema, a new path to a PHI record (a nested field, a connection edge, a
 * mutation payload) is audited without anyone remembering a decorator.
 */
export function auditPhiReads(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type).name;
      if (!PHI_TYPES.has(target)) continue;
      const resolve: GraphQLFieldResolver<unknown, ContextWithOperation> =
        field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const record = (value: unknown) => {
          const ids: string[] = [];
          collectIds(value, ids);
          if (ids.length) context?.operation?.recordRead(target, ids);
          return value;
        };
        const result: unknown = resolve(source, args, context, info);
        return result instanceof Promise ? result.then(record) : record(result);
      };
    }
  }
  return schema;
}

/** Every PHI type reachable from a root field, with the path that reaches it (for the audit test). */
export function phiFieldPaths(schema: GraphQLSchema): string[] {
  const paths: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (PHI_TYPES.has(getNamedType(field.type).name)) paths.push(`${type.name}.${field.name}`);
    }
  }
  return paths.sort();
}
