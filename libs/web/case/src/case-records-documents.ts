import { graphql } from '@claimlane/web-data-access';

export const caseDocumentsQuery = graphql(`
  query CaseDocuments($caseId: ID!) {
    caseDocuments(caseId: $caseId) {
      id
      title
      kind
      mime
      pages
      status
      documentDate
      createdAt
    }
  }
`);

export const caseLettersQuery = graphql(`
  query CaseLetters($caseId: ID!) {
    letters(caseId: $caseId) {
      id
      kind
      currentVersion
      signedOff
      signedOffAt
      signedOffVersion
      updatedAt
      content {
        title
        subject
      }
    }
  }
`);

export const recordCallsQuery = graphql(`
  query RecordCalls($caseId: ID!) {
    recordCalls(caseId: $caseId) {
      id
      status
      outcome
      attempts
      scheduledFor
      startedAt
      endedAt
      referenceNumbers
      errorCode
    }
  }
`);

export const carrierContactsQuery = graphql(`
  query CarrierContacts($caseId: ID!) {
    carrierContacts(caseId: $caseId) {
      id
      channel
      occurredAt
      representative
      referenceNumber
      summary
      source
    }
  }
`);
