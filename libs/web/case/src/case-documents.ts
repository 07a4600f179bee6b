import { graphql, type CasePageQuery } from '@claimlane/web-data-access';

export const casePageQuery = graphql(`
  query CasePage($id: ID!) {
    appealCase(id: $id) {
      id
      title
      stage
      level
      levelKind
      amountAtStake
      nextDeadlineAt
      payerLateSince
      submittedAt
      closedAt
      outcome
      version
      availableActions
      createdAt
      payer {
        id
        name
      }
      assignee {
        id
        name
      }
      claim {
        id
        claimNumber
        cptHcpcs
        icd10
        billedAmount
        paidAmount
        serviceDateFrom
        serviceDateTo
        patient {
          id
          firstName
          lastName
          memberId
        }
      }
      denial {
        id
        category
        regime
        serviceType
        noticeDate
        receivedDate
        statedReason
        carc
        rarc
        deniedAmount
        analysis
        letterText
      }
      findings {
        id
        code
        kind
        severity
        explanation
        citation
        element
        span
      }
      deadlines {
        id
        kind
        label
        due
        dueAt
        rule
        anchorEvent
        anchorDate
        assumptions
        citation
        status
        question
      }
      timeline {
        id
        kind
        stage
        summary
        occurredAt
      }
    }
  }
`);

export type CaseView = CasePageQuery['appealCase'];

export const requestRecordsMutation = graphql(`
  mutation RequestRecords($input: CaseEventInput!) {
    requestRecords(input: $input) {
      id
      stage
      version
    }
  }
`);

export const markRecordsReceivedMutation = graphql(`
  mutation MarkRecordsReceived($input: CaseEventInput!) {
    markRecordsReceived(input: $input) {
      id
      stage
      version
    }
  }
`);

export const markCriteriaReceivedMutation = graphql(`
  mutation MarkCriteriaReceived($input: CaseEventInput!) {
    markCriteriaReceived(input: $input) {
      id
      stage
      version
    }
  }
`);

export const submitAppealMutation = graphql(`
  mutation SubmitAppeal($input: SubmitAppealInput!) {
    submitAppeal(input: $input) {
      id
      stage
      version
    }
  }
`);

export const recordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      stage
      version
    }
  }
`);

export const escalateLevelMutation = graphql(`
  mutation EscalateLevel($input: EscalateLevelInput!) {
    escalateLevel(input: $input) {
      id
      stage
      level
      version
    }
  }
`);

export const closeCaseMutation = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      id
      stage
      version
    }
  }
`);
