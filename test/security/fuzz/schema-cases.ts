import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import {
  ALWAYS_STRINGS,
  HOSTILE_DATES,
  HOSTILE_JSON,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  WRONG_TYPES,
} from './hostile-values';

export interface FuzzCase {
  name: string;
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface Random {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
}

/** Ids the baseline values use, so a hostile value in one argument meets real rows through the others. */
export interface KnownIds {
  caseId: string;
  otherId: string;
}

type Path = readonly string[];

/** A plausible value, so the one hostile argument is what the server has to deal with. */
function plausible(type: GraphQLInputType, name: string, ids: KnownIds): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, name, ids);
  if (isListType(type)) return [plausible(type.ofType as GraphQLInputType, name, ids)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) {
        out[f.name] = plausible(f.type, f.name, ids);
      }
    }
    return out;
  }
  const n = name.toLowerCase();
  switch (isScalarType(type) ? type.name : '') {
    case 'Int':
      return n.includes('page') || n === 'seats' ? 2 : 1;
    case 'Float':
      return 10;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-01-15T00:00:00.000Z';
    case 'JSON':
      return {};
    case 'ID':
      return n.includes('case') || n === 'id' ? ids.caseId : ids.otherId;
    default:
      if (n.includes('email')) return 'fuzz@example.test';
      if (n.includes('password')) return 'pw-fuzz-long-enough';
      if (n === 'state') return 'CA';
      if (n.includes('date')) return '2026-01-15';
      if (n.includes('phone')) return '+14155550100';
      if (n.includes('timezone')) return 'America/Los_Angeles';
      return 'fuzz text';
  }
}

function hostileFor(type: GraphQLInputType): readonly unknown[] {
  const named = getNamedType(type);
  const base = isListType(isNonNullType(type) ? type.ofType : type)
    ? [Array.from({ length: 1_000 }, () => 'x'), [[]]]
    : [];
  if (isEnumType(named)) return [...base, 'NOT_AN_ENUM', 'ok', ...WRONG_TYPES];
  if (isInputObjectType(named)) return [...base, ...WRONG_TYPES, { unknownField: 1 }];
  switch (named.name) {
    case 'Int':
    case 'Float':
      return [...base, ...HOSTILE_NUMBERS, ...WRONG_TYPES];
    case 'DateTime':
      return [...base, ...HOSTILE_DATES, ...WRONG_TYPES];
    case 'JSON':
      return [...base, ...HOSTILE_JSON, null];
    case 'Boolean':
      return [...base, ...WRONG_TYPES];
    default:
      return [...base, ...HOSTILE_STRINGS, ...WRONG_TYPES];
  }
}

/** Every argument, and every field of input objects down to `depth`, as a path from the argument. */
function leafPaths(arg: GraphQLArgument, depth = 2): Array<{ path: Path; type: GraphQLInputType }> {
  const out: Array<{ path: Path; type: GraphQLInputType }> = [];
  const walk = (type: GraphQLInputType, path: Path, d: number) => {
    out.push({ path, type });
    const named = getNamedType(type);
    if (d >= depth || !isInputObjectType(named)) return;
    for (const f of Object.values(named.getFields())) walk(f.type, [...path, f.name], d + 1);
  };
  walk(arg.type, [arg.name], 0);
  return out;
}

function setPath(target: Record<string, unknown>, path: Path, value: unknown): void {
  let cur = target;
  for (const key of path.slice(0, -1)) {
    const next = cur[key];
    if (!next || typeof next !== 'object' || Array.isArray(next)) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  cur[path[path.length - 1]!] = value;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
}

function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  passed: readonly string[],
): string {
  const args = field.args.filter((a) => passed.includes(a.name));
  const decl = args.length
    ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})`
    : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return `${kind} Fuzz${decl} { ${field.name}${call} ${selection(field)} }`;
}

/**
 * For each root field: one plausible call, then per argument path `perPath` hostile values (a seeded
 * sample of the values that fit the path's type, always including null and a wrong type).
 */
export function argumentCases(
  schema: GraphQLSchema,
  ids: KnownIds,
  rnd: Random,
  perPath: number,
): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const baseline: Record<string, unknown> = {};
      for (const a of field.args) {
        if (isNonNullType(a.type)) baseline[a.name] = plausible(a.type, a.name, ids);
      }
      cases.push({
        name: `${field.name} plausible`,
        field: field.name,
        query: operation(kind, field, Object.keys(baseline)),
        variables: baseline,
      });
      for (const arg of field.args) {
        for (const { path, type } of leafPaths(arg)) {
          const pool = hostileFor(type);
          const named = getNamedType(type).name;
          const always = named === 'String' || named === 'ID' ? ALWAYS_STRINGS : [];
          const chosen = new Set<unknown>([null, pool[pool.length - 1], ...always]);
          const size = Math.min(perPath + always.length, pool.length);
          while (chosen.size < size) chosen.add(rnd.pick(pool));
          for (const value of chosen) {
            const variables = structuredClone(baseline);
            if (path.length > 1 && variables[arg.name] === undefined) {
              variables[arg.name] = plausible(arg.type, arg.name, ids);
            }
            setPath(variables, path, value);
            cases.push({
              name: `${field.name}(${path.join('.')} = ${preview(value)})`,
              field: field.name,
              query: operation(kind, field, Object.keys(variables)),
              variables,
            });
          }
        }
      }
    }
  }
  return cases;
}

/** The same hostile text written into the document itself (literals are checked apart from variables). */
export function literalCases(schema: GraphQLSchema): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const literals = ['a\\u0000b', '\\ud800', 'a' + '\\ufe0f'.repeat(300), '   '];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const arg = field.args.find((a) => getNamedType(a.type).name === 'String');
    if (!arg) continue;
    for (const lit of literals) {
      cases.push({
        name: `${field.name} literal ${arg.name}="${lit.slice(0, 12)}"`,
        field: field.name,
        query: `query { ${field.name}(${arg.name}: "${lit}") ${selection(field)} }`,
        variables: {},
      });
    }
  }
  return cases;
}

/** Operations that are wrong as a whole: the document, not one argument. */
export function documentCases(maxRootFields: number): FuzzCase[] {
  const aliases = (n: number, f: string) =>
    Array.from({ length: n }, (_, i) => `a${i}: ${f}`).join(' ');
  const docs: Array<[string, string, Record<string, unknown>?]> = [
    ['aliases over the cap (query)', `query { ${aliases(maxRootFields + 1, 'me { id }')} }`],
    [
      'aliases over the cap (signUp)',
      `mutation { ${aliases(maxRootFields + 5, 'signUp(input: {email: "a@b.test", password: "pw-long-enough-1", name: "A"}) { accessToken }')} }`,
    ],
    [
      'fragment cycle',
      `query { me { ...A } } fragment A on User { id ...B } fragment B on User { ...A }`,
    ],
    ['self-referencing fragment', `query { me { ...A } } fragment A on User { ...A }`],
    ['subscription operation', `subscription { me { id } }`],
    ['subscription on a missing root', `subscription S { notifications { id } }`],
    ['unknown variable type', `query($x: Nope) { me { id } }`],
    ['undeclared variable', `query { appealCases(first: $n) { totalCount } }`],
    [
      'variable of the wrong type',
      `query($f: Int) { appealCases(first: $f) { totalCount } }`,
      { f: 'ten' },
    ],
    [
      'list where a scalar goes',
      `query($f: Int) { appealCases(first: $f) { totalCount } }`,
      { f: [1] },
    ],
    ['two anonymous operations', `query { me { id } } query { me { id } }`],
    ['directive misuse', `query { me @skip { id } }`],
    ['unknown directive', `query { me @nope { id } }`],
    [
      'introspection bomb',
      `query { __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }`,
    ],
    [
      'deep nesting',
      `query { appealCases { edges { node { denial { claim { patient { id } } } } } } }`,
    ],
    ['empty document', ``],
    ['only a comment', `# nothing`],
    ['huge Int literal', `query { appealCases(first: 99999999999999999999) { totalCount } }`],
    ['float for Int', `query { appealCases(first: 1.5) { totalCount } }`],
    ['unicode escape of NUL in a literal', `query { recordCheck(text: "\\u0000") }`],
    ['invalid escape', `query { recordCheck(text: "\\uZZZZ") }`],
    ['fields on a scalar', `query { recordCheck(text: "x") { a } }`],
    ['__typename on mutation root', `mutation { __typename }`],
  ];
  return docs.map(([name, query, variables]) => ({
    name,
    field: '(document)',
    query,
    variables: variables ?? {},
  }));
}

function preview(value: unknown): string {
  const s = value === undefined ? 'undefined' : JSON.stringify(value);
  return s.length > 40 ? `${s.slice(0, 37)}…(${s.length})` : s;
}
