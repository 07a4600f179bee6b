import { graphql } from '@claimlane/web-data-access';

export const createCaseFromDenialMutation = graphql(`
  mutation CreateCaseFromDenial($input: CreateCaseFromDenialInput!) {
    createCaseFromDenial(input: $input) {
      id
      title
      stage
    }
  }
`);

export const importRemittanceMutation = graphql(`
  mutation ImportRemittance($file: RemittanceFileInput!) {
    importRemittance(file: $file) {
      claimsRead
      deniedClaims
      claimsCreated
      denialsCreated
      alreadyImported
      totalCharge
      totalPaid
      totalDenied
      payers
      errors {
        code
        message
        segmentNumber
      }
    }
  }
`);
