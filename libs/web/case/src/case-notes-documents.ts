import { graphql } from '@claimlane/web-data-access';

export const caseNotesQuery = graphql(`
  query CaseNotes($id: ID!) {
    appealCase(id: $id) {
      id
      notes {
        id
        body
        createdAt
        author {
          id
          name
        }
      }
    }
  }
`);

export const addCaseNoteMutation = graphql(`
  mutation AddCaseNote($caseId: ID!, $body: String!) {
    addCaseNote(caseId: $caseId, body: $body) {
      id
    }
  }
`);
