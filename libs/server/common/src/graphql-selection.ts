import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The field names selected under `path` (e.g. ['edges', 'node']) of the field being resolved, fragments
 * and inline fragments included. Lets a list resolver fetch in its own statement what the nested
 * fields will ask for, instead of one statement per nested field.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes
    .map((n) => n.selectionSet)
    .filter((s): s is SelectionSetNode => !!s);
  for (const name of path) {
    sets = fieldsOf(info, sets)
      .filter((f) => f.name.value === name && f.selectionSet)
      .map((f) => f.selectionSet!);
  }
  return new Set(fieldsOf(info, sets).map((f) => f.name.value));
}

/** The selection under `path` and then `child` (for example the claim's own fields under node.claim). */
export function selectedUnder(
  info: GraphQLResolveInfo,
  path: string[],
  child: string,
): Set<string> {
  return selectedFields(info, [...path, child]);
}

function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') out.push(s);
      else if (s.kind === 'InlineFragment') walk(s.selectionSet);
      else if (s.kind === 'FragmentSpread' && !seen.has(s.name.value)) {
        seen.add(s.name.value);
        const frag = info.fragments[s.name.value];
        if (frag) walk(frag.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return out;
}
