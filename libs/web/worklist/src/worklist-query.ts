import { graphql, type WorklistQuery } from '@claimlane/web-data-access';

export const worklistQuery = graphql(`
  query Worklist(
    $first: Int
    $after: String
    $filter: AppealCaseFilter
    $orderBy: AppealCaseOrder
  ) {
    appealCases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          amountAtStake
          nextDeadlineAt
          payerLateSince
          stage
          level
          levelKind
          payer {
            id
            name
          }
          assignee {
            id
            name
          }
          denial {
            id
            category
            regime
          }
        }
      }
    }
  }
`);

export type WorklistRow = WorklistQuery['appealCases']['edges'][number]['node'];
