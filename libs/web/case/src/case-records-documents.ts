import { graphql } from '@claimlane/web-data-access';

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
