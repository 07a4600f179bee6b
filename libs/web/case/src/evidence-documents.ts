import { graphql, type CaseMatrixQuery, type LetterDetailQuery } from '@claimlane/web-data-access';

/** Everything the criteria ↔ exhibit matrix shows, in one request (one transaction on the API). */
export const caseMatrixQuery = graphql(`
  query CaseMatrix($caseId: ID!) {
    caseCriteria(caseId: $caseId) {
      id
      criteriaReceived
      items {
        id
        ref
        text
        depth
        explanation
      }
    }
    exhibits(caseId: $caseId) {
      id
      label
      title
      caseDocumentId
      pageFrom
      pageTo
      pageCount
      sealed
    }
    matrixLinks(caseId: $caseId) {
      id
      criterionId
      exhibitId
      exhibitLabel
      pageFrom
      pageTo
      quote
      quotePage
    }
    matrixCompleteness(caseId: $caseId) {
      id
      total
      evidenced
      explained
      unmet
      criteriaMissing
      readyToSubmit
      criteria {
        criterionId
        ref
        status
      }
      tasks {
        criterionId
        ref
        task
      }
    }
    caseDocuments(caseId: $caseId) {
      id
      title
      kind
      pages
    }
  }
`);

export type CaseMatrix = CaseMatrixQuery;

export const addCriterionMutation = graphql(`
  mutation AddCriterion($input: AddCriterionInput!) {
    addCriterion(input: $input) {
      id
      ref
    }
  }
`);

export const createExhibitMutation = graphql(`
  mutation CreateExhibit($input: CreateExhibitInput!) {
    createExhibit(input: $input) {
      id
      label
    }
  }
`);

export const linkEvidenceMutation = graphql(`
  mutation LinkEvidence($input: LinkEvidenceInput!) {
    linkEvidence(input: $input) {
      id
      exhibitLabel
      quotePage
    }
  }
`);

export const unlinkEvidenceMutation = graphql(`
  mutation UnlinkEvidence($id: ID!) {
    unlinkEvidence(id: $id)
  }
`);

export const letterDetailQuery = graphql(`
  query LetterDetail($id: ID!) {
    letter(id: $id) {
      id
      caseId
      kind
      currentVersion
      signedOff
      signedOffAt
      signedOffVersion
      updatedAt
      content {
        title
        subject
        request
        sections {
          key
          heading
          paragraphs
          edited
        }
      }
    }
    letterVersions(id: $id) {
      version
      change
      editedSection
      createdAt
    }
  }
`);

export type LetterDetail = LetterDetailQuery['letter'];

export const letterAtVersionQuery = graphql(`
  query LetterAtVersion($id: ID!, $version: Int!) {
    letterAtVersion(id: $id, version: $version) {
      id
      content {
        title
        subject
        request
        sections {
          key
          heading
          paragraphs
          edited
        }
      }
    }
  }
`);

export const generateLetterMutation = graphql(`
  mutation GenerateLetter($input: GenerateLetterInput!) {
    generateLetter(input: $input) {
      id
      currentVersion
    }
  }
`);

export const regenerateLetterMutation = graphql(`
  mutation RegenerateLetter($input: LetterVersionInput!) {
    regenerateLetter(input: $input) {
      id
      currentVersion
    }
  }
`);

export const editLetterSectionMutation = graphql(`
  mutation EditLetterSection($input: EditLetterSectionInput!) {
    editLetterSection(input: $input) {
      id
      currentVersion
    }
  }
`);

export const signOffLetterMutation = graphql(`
  mutation SignOffLetter($input: LetterVersionInput!) {
    signOffLetter(input: $input) {
      id
      currentVersion
      signedOff
      signedOffAt
      signedOffVersion
    }
  }
`);

export const renderLetterMutation = graphql(`
  mutation RenderLetter($id: ID!, $format: LetterFormat!, $options: RenderLetterOptions) {
    renderLetter(id: $id, format: $format, options: $options) {
      id
      version
      final
      downloadUrl
      expiresAt
      sizeBytes
    }
  }
`);

export const buildPacketMutation = graphql(`
  mutation BuildPacket($caseId: ID!, $letterId: ID) {
    buildPacket(caseId: $caseId, letterId: $letterId) {
      id
      status
      progress
    }
  }
`);

export const casePacketsQuery = graphql(`
  query CasePackets($caseId: ID!) {
    casePackets(caseId: $caseId) {
      id
      status
      createdAt
      totalPages
    }
  }
`);

export const packetQuery = graphql(`
  query PacketStatus($id: ID!) {
    packet(id: $id) {
      id
      status
      progress
      stage
      totalPages
      sha256
      errorCode
      downloadUrl
      downloadExpiresAt
      finishedAt
      manifest {
        exhibits {
          label
          title
          packetPageFrom
          packetPageTo
        }
      }
    }
  }
`);
