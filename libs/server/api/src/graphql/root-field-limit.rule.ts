import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Counts the root fields an operation selects, aliases included, through inline fragments and
 * fragment spreads (each fragment once, so a cycle cannot loop). Introspection fields are free.
 */
function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) count++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment === undefined || seen.has(name)) continue;
      seen.add(name);
      count += countRootFields(fragment.selectionSet, fragments, seen);
    }
  }
  return count;
}

/**
 * Validation rule: at most `max` root fields per operation. Depth and complexity limits do not see
 * `a1: signUp(…) a2: signUp(…) … a200: signUp(…)`, which is cheap per field and costly in sum (and
 * sidesteps per-request throttles); past the limit the operation is refused before anything runs.
 */
export function rootFieldLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) {
          fragments.set(definition.name.value, definition);
        }
      }
      const count = countRootFields(node.selectionSet, fragments, new Set());
      if (count > max) {
        context.reportError(
          new GraphQLError(
            `This operation selects ${count} root fields (aliases included); the limit is ${max}. Split it into several requests.`,
            { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX', rootFields: count, max } },
          ),
        );
      }
    },
  });
}
