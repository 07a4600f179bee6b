import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * The schema has no subscription root; Apollo would try to execute one anyway and fail with an
 * untyped error (INTERNAL_SERVER_ERROR). Refused at validation: a client error, HTTP 400.
 */
export function noSubscriptions(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription' && !context.getSchema().getSubscriptionType()) {
        context.reportError(
          new GraphQLError('Subscriptions are not supported; poll the query instead', {
            nodes: [node],
          }),
        );
      }
    },
  };
}
