import depthLimit from 'graphql-depth-limit';
import {
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

function spreadsOf(selectionSet: SelectionSetNode, out: string[] = []): string[] {
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FRAGMENT_SPREAD) out.push(s.name.value);
    else if (s.selectionSet) spreadsOf(s.selectionSet, out);
  }
  return out;
}

/** True when a fragment spreads itself, directly or through others. */
export function hasFragmentCycle(doc: DocumentNode): boolean {
  const edges = new Map<string, string[]>();
  for (const d of doc.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) edges.set(d.name.value, spreadsOf(d.selectionSet));
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): boolean => {
    if (state.get(name) === 'done') return false;
    if (state.get(name) === 'visiting') return true;
    state.set(name, 'visiting');
    const cyclic = (edges.get(name) ?? []).some(visit);
    state.set(name, 'done');
    return cyclic;
  };
  return [...edges.keys()].some(visit);
}

/**
 * `graphql-depth-limit` follows fragment spreads without remembering them, so `fragment A { ...A }`
 * overflows the stack (an HTTP 500). The spec's NoFragmentCycles rule reports such documents as
 * invalid; the depth limit only looks at documents without cycles.
 */
export function cycleSafeDepthLimit(max: number) {
  const rule = depthLimit(max);
  return (context: ValidationContext): ASTVisitor =>
    hasFragmentCycle(context.getDocument()) ? {} : (rule(context) as ASTVisitor);
}
