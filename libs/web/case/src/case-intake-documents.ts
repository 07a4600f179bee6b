import { graphql } from '@claimlane/web-data-access';

// Operations of the case page's intake side: per-case uploads (their OCR status is web-ui's
// LiveOcrStatus), Record Calls, and the notice date that times a `needs_date` deadline.

export const caseUploadsQuery = graphql(`
  query CaseUploads($caseId: ID!) {
    caseDocuments(caseId: $caseId) {
      id
      documentId
      title
      kind
      mime
      pages
      status
      sha256
      documentDate
      createdAt
    }
  }
`);

export const payerPhonesQuery = graphql(`
  query PayerPhones($payerId: ID) {
    payerPhones(payerId: $payerId) {
      id
      label
      phoneE164
      state
      timeZone
      opens
      closes
      days
      active
    }
  }
`);

export const addPayerPhoneMutation = graphql(`
  mutation AddPayerPhone($input: AddPayerPhoneInput!) {
    addPayerPhone(input: $input) {
      id
      label
      phoneE164
      state
      timeZone
      active
    }
  }
`);

export const requestRecordCallMutation = graphql(`
  mutation RequestRecordCall($caseId: ID!, $payerPhoneId: ID!) {
    requestRecordCall(caseId: $caseId, payerPhoneId: $payerPhoneId) {
      id
      status
      scheduledFor
    }
  }
`);

export const recordCallResultsQuery = graphql(`
  query RecordCallResults($caseId: ID!) {
    recordCalls(caseId: $caseId) {
      id
      status
      outcome
      attempts
      createdAt
      scheduledFor
      startedAt
      endedAt
      errorCode
      consentStates
      referenceNumbers
      transcript {
        speaker
        text
        interrupted
      }
      summary {
        outcome
        holds
        transfers
        referenceNumbers {
          value
        }
        refusals {
          topic
          proprietary
        }
        specificReason {
          ...CallAnswerFields
        }
        criteriaApplied {
          ...CallAnswerFields
        }
        criteriaCopy {
          ...CallAnswerFields
        }
        planProvision {
          ...CallAnswerFields
        }
        recordsReviewed {
          ...CallAnswerFields
        }
        reviewerName {
          ...CallAnswerFields
        }
        reviewerCredentials {
          ...CallAnswerFields
        }
        appealDeadline {
          ...CallAnswerFields
        }
        appealSubmission {
          ...CallAnswerFields
        }
      }
    }
  }

  fragment CallAnswerFields on CallAnswer {
    topic
    status
    value
  }
`);

export const updateNoticeDateMutation = graphql(`
  mutation UpdateNoticeDate($input: UpdateDenialInput!) {
    updateDenial(input: $input) {
      id
      noticeDate
      receivedDate
    }
  }
`);
