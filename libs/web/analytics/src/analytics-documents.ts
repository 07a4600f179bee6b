import { graphql } from '@claimlane/web-data-access';

/**
 * The whole page in one request: the worklist's stat cards (`worklistStats`, the same counts the
 * worklist shows) and the range's analytics (`caseAnalytics`: two grouped statements on the API).
 */
export const analyticsQuery = graphql(`
  query Analytics($from: String!, $to: String!) {
    worklistStats {
      byStage {
        stage
        count
      }
      open
      dueThisWeek
      payerLate
      submitted
      amountAtStake
    }
    caseAnalytics(from: $from, to: $to) {
      from
      to
      months
      denials
      denialsByCategory {
        month
        key
        label
        count
      }
      denialsByPayer {
        month
        key
        label
        count
      }
      decided
      overturned
      partiallyOverturned
      overturnRate
      recoveredAmount
      overturnByPayer {
        key
        label
        decided
        rate
      }
      overturnByCategory {
        key
        label
        decided
        rate
      }
      overturnByCpt {
        key
        label
        decided
        rate
      }
      decisionsWithPayerDeadline
      decidedOnTime
      payerOnTimeRate
      payerOnTime {
        payerId
        payerName
        decisions
        rate
      }
    }
  }
`);
