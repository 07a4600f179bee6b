import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

// NUL cannot be stored in Postgres text; a lone surrogate is not valid UTF-8. Either would fail deep
// inside a transaction (or, worse, inside a workflow activity, retried forever) with a server error.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function badString(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value);
  if (depth > 32 || !value || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => badString(v, depth + 1));
}

// The parsed document of a repeated query is the same object (Apollo's document cache): checked once.
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

function documentHasBadString(doc: DocumentNode): boolean {
  const known = checkedDocuments.get(doc);
  if (known !== undefined) return known;
  let found = false;
  visit(doc, {
    StringValue(node) {
      if (UNSTORABLE.test(node.value)) found = true;
    },
  });
  checkedDocuments.set(doc, found);
  return found;
}

/** Refuses, before anything runs, text the database cannot store: one clear BAD_USER_INPUT. */
export function textInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (badString(request.variables) || documentHasBadString(document)) {
            throw new GraphQLError(
              'Text must not contain NUL characters or unpaired UTF-16 surrogates',
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'INVALID_TEXT',
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
