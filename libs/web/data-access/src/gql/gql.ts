/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Members {\n    tenant {\n      id\n      name\n      seatLimit\n      seatsUsed\n      seatsPending\n    }\n    members {\n      id\n      role\n      joinedAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n': typeof types.MembersDocument;
  '\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n': typeof types.InvitationsDocument;
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      token\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n': typeof types.UpdateMemberRoleDocument;
  '\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n': typeof types.RemoveMemberDocument;
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n': typeof types.ApiKeysDocument;
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        role\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
  '\n  query AuditEvents($first: Int, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          actorUserId\n          actorApiKeyId\n          ip\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n': typeof types.AuditEventsDocument;
  '\n  query TenantSettings {\n    tenant {\n      id\n      timeZone\n      state\n    }\n  }\n': typeof types.TenantSettingsDocument;
  '\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      timeZone\n      state\n    }\n  }\n': typeof types.UpdateTenantSettingsDocument;
  '\n  query BillingOverview {\n    billing {\n      plan\n      planName\n      status\n      access\n      readOnlyReason\n      trialEndsAt\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      seatLimit\n      seatsUsed\n      seatsPending\n      nextInvoice {\n        amountDue\n        currency\n        date\n      }\n      entitlements {\n        metric\n        used\n        limit\n      }\n    }\n  }\n': typeof types.BillingOverviewDocument;
  '\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n': typeof types.OpenBillingPortalDocument;
  '\n  query Analytics($from: String!, $to: String!) {\n    worklistStats {\n      byStage {\n        stage\n        count\n      }\n      open\n      dueThisWeek\n      payerLate\n      submitted\n      amountAtStake\n    }\n    caseAnalytics(from: $from, to: $to) {\n      from\n      to\n      months\n      denials\n      denialsByCategory {\n        month\n        key\n        label\n        count\n      }\n      denialsByPayer {\n        month\n        key\n        label\n        count\n      }\n      decided\n      overturned\n      partiallyOverturned\n      overturnRate\n      recoveredAmount\n      overturnByPayer {\n        key\n        label\n        decided\n        rate\n      }\n      overturnByCategory {\n        key\n        label\n        decided\n        rate\n      }\n      overturnByCpt {\n        key\n        label\n        decided\n        rate\n      }\n      decisionsWithPayerDeadline\n      decidedOnTime\n      payerOnTimeRate\n      payerOnTime {\n        payerId\n        payerName\n        decisions\n        rate\n      }\n    }\n  }\n': typeof types.AnalyticsDocument;
  '\n  query AssignableMembers {\n    members {\n      id\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AssignableMembersDocument;
  '\n  mutation AssignCase($input: UpdateAppealCaseInput!) {\n    updateAppealCase(input: $input) {\n      id\n      version\n      assignee {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AssignCaseDocument;
  '\n  query CasePage($id: ID!) {\n    appealCase(id: $id) {\n      id\n      title\n      stage\n      level\n      levelKind\n      amountAtStake\n      nextDeadlineAt\n      payerLateSince\n      submittedAt\n      closedAt\n      outcome\n      version\n      availableActions\n      createdAt\n      payer {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      claim {\n        id\n        claimNumber\n        cptHcpcs\n        icd10\n        billedAmount\n        paidAmount\n        serviceDateFrom\n        serviceDateTo\n        patient {\n          id\n          firstName\n          lastName\n          memberId\n        }\n      }\n      denial {\n        id\n        category\n        regime\n        serviceType\n        noticeDate\n        receivedDate\n        statedReason\n        carc\n        rarc\n        deniedAmount\n        analysis\n        letterText\n      }\n      findings {\n        id\n        code\n        kind\n        severity\n        explanation\n        citation\n        element\n        span\n      }\n      deadlines {\n        id\n        kind\n        label\n        due\n        dueAt\n        rule\n        anchorEvent\n        anchorDate\n        assumptions\n        citation\n        status\n        question\n      }\n      timeline {\n        id\n        kind\n        stage\n        summary\n        occurredAt\n      }\n    }\n  }\n': typeof types.CasePageDocument;
  '\n  mutation RequestRecords($input: CaseEventInput!) {\n    requestRecords(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n': typeof types.RequestRecordsDocument;
  '\n  mutation MarkRecordsReceived($input: CaseEventInput!) {\n    markRecordsReceived(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n': typeof types.MarkRecordsReceivedDocument;
  '\n  mutation MarkCriteriaReceived($input: CaseEventInput!) {\n    markCriteriaReceived(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n': typeof types.MarkCriteriaReceivedDocument;
  '\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n': typeof types.SubmitAppealDocument;
  '\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n': typeof types.RecordDecisionDocument;
  '\n  mutation EscalateLevel($input: EscalateLevelInput!) {\n    escalateLevel(input: $input) {\n      id\n      stage\n      level\n      version\n    }\n  }\n': typeof types.EscalateLevelDocument;
  '\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n': typeof types.CloseCaseDocument;
  '\n  query CaseUploads($caseId: ID!) {\n    caseDocuments(caseId: $caseId) {\n      id\n      documentId\n      title\n      kind\n      mime\n      pages\n      status\n      sha256\n      documentDate\n      createdAt\n    }\n  }\n': typeof types.CaseUploadsDocument;
  '\n  query PayerPhones($payerId: ID) {\n    payerPhones(payerId: $payerId) {\n      id\n      label\n      phoneE164\n      state\n      timeZone\n      opens\n      closes\n      days\n      active\n    }\n  }\n': typeof types.PayerPhonesDocument;
  '\n  mutation AddPayerPhone($input: AddPayerPhoneInput!) {\n    addPayerPhone(input: $input) {\n      id\n      label\n      phoneE164\n      state\n      timeZone\n      active\n    }\n  }\n': typeof types.AddPayerPhoneDocument;
  '\n  mutation RequestRecordCall($caseId: ID!, $payerPhoneId: ID!) {\n    requestRecordCall(caseId: $caseId, payerPhoneId: $payerPhoneId) {\n      id\n      status\n      scheduledFor\n    }\n  }\n': typeof types.RequestRecordCallDocument;
  '\n  query RecordCallResults($caseId: ID!) {\n    recordCalls(caseId: $caseId) {\n      id\n      status\n      outcome\n      attempts\n      createdAt\n      scheduledFor\n      startedAt\n      endedAt\n      errorCode\n      consentStates\n      referenceNumbers\n      transcript {\n        speaker\n        text\n        interrupted\n      }\n      summary {\n        outcome\n        holds\n        transfers\n        referenceNumbers {\n          value\n        }\n        refusals {\n          topic\n          proprietary\n        }\n        specificReason {\n          ...CallAnswerFields\n        }\n        criteriaApplied {\n          ...CallAnswerFields\n        }\n        criteriaCopy {\n          ...CallAnswerFields\n        }\n        planProvision {\n          ...CallAnswerFields\n        }\n        recordsReviewed {\n          ...CallAnswerFields\n        }\n        reviewerName {\n          ...CallAnswerFields\n        }\n        reviewerCredentials {\n          ...CallAnswerFields\n        }\n        appealDeadline {\n          ...CallAnswerFields\n        }\n        appealSubmission {\n          ...CallAnswerFields\n        }\n      }\n    }\n  }\n\n  fragment CallAnswerFields on CallAnswer {\n    topic\n    status\n    value\n  }\n': typeof types.RecordCallResultsDocument;
  '\n  mutation UpdateNoticeDate($input: UpdateDenialInput!) {\n    updateDenial(input: $input) {\n      id\n      noticeDate\n      receivedDate\n    }\n  }\n': typeof types.UpdateNoticeDateDocument;
  '\n  query CaseNotes($id: ID!) {\n    appealCase(id: $id) {\n      id\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CaseNotesDocument;
  '\n  mutation AddCaseNote($caseId: ID!, $body: String!) {\n    addCaseNote(caseId: $caseId, body: $body) {\n      id\n    }\n  }\n': typeof types.AddCaseNoteDocument;
  '\n  query CaseLetters($caseId: ID!) {\n    letters(caseId: $caseId) {\n      id\n      kind\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n      updatedAt\n      content {\n        title\n        subject\n      }\n    }\n  }\n': typeof types.CaseLettersDocument;
  '\n  query CarrierContacts($caseId: ID!) {\n    carrierContacts(caseId: $caseId) {\n      id\n      channel\n      occurredAt\n      representative\n      referenceNumber\n      summary\n      source\n    }\n  }\n': typeof types.CarrierContactsDocument;
  '\n  query CaseMatrix($caseId: ID!) {\n    caseCriteria(caseId: $caseId) {\n      id\n      criteriaReceived\n      items {\n        id\n        ref\n        text\n        depth\n        explanation\n      }\n    }\n    exhibits(caseId: $caseId) {\n      id\n      label\n      title\n      caseDocumentId\n      pageFrom\n      pageTo\n      pageCount\n      sealed\n    }\n    matrixLinks(caseId: $caseId) {\n      id\n      criterionId\n      exhibitId\n      exhibitLabel\n      pageFrom\n      pageTo\n      quote\n      quotePage\n    }\n    matrixCompleteness(caseId: $caseId) {\n      id\n      total\n      evidenced\n      explained\n      unmet\n      criteriaMissing\n      readyToSubmit\n      criteria {\n        criterionId\n        ref\n        status\n      }\n      tasks {\n        criterionId\n        ref\n        task\n      }\n    }\n    caseDocuments(caseId: $caseId) {\n      id\n      title\n      kind\n      pages\n    }\n  }\n': typeof types.CaseMatrixDocument;
  '\n  mutation AddCriterion($input: AddCriterionInput!) {\n    addCriterion(input: $input) {\n      id\n      ref\n    }\n  }\n': typeof types.AddCriterionDocument;
  '\n  mutation CreateExhibit($input: CreateExhibitInput!) {\n    createExhibit(input: $input) {\n      id\n      label\n    }\n  }\n': typeof types.CreateExhibitDocument;
  '\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      id\n      exhibitLabel\n      quotePage\n    }\n  }\n': typeof types.LinkEvidenceDocument;
  '\n  mutation UnlinkEvidence($id: ID!) {\n    unlinkEvidence(id: $id)\n  }\n': typeof types.UnlinkEvidenceDocument;
  '\n  query LetterDetail($id: ID!) {\n    letter(id: $id) {\n      id\n      caseId\n      kind\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n      updatedAt\n      content {\n        title\n        subject\n        request\n        sections {\n          key\n          heading\n          paragraphs\n          edited\n        }\n      }\n    }\n    letterVersions(id: $id) {\n      version\n      change\n      editedSection\n      createdAt\n    }\n  }\n': typeof types.LetterDetailDocument;
  '\n  query LetterAtVersion($id: ID!, $version: Int!) {\n    letterAtVersion(id: $id, version: $version) {\n      id\n      content {\n        title\n        subject\n        request\n        sections {\n          key\n          heading\n          paragraphs\n          edited\n        }\n      }\n    }\n  }\n': typeof types.LetterAtVersionDocument;
  '\n  mutation GenerateLetter($input: GenerateLetterInput!) {\n    generateLetter(input: $input) {\n      id\n      currentVersion\n    }\n  }\n': typeof types.GenerateLetterDocument;
  '\n  mutation RegenerateLetter($input: LetterVersionInput!) {\n    regenerateLetter(input: $input) {\n      id\n      currentVersion\n    }\n  }\n': typeof types.RegenerateLetterDocument;
  '\n  mutation EditLetterSection($input: EditLetterSectionInput!) {\n    editLetterSection(input: $input) {\n      id\n      currentVersion\n    }\n  }\n': typeof types.EditLetterSectionDocument;
  '\n  mutation SignOffLetter($input: LetterVersionInput!) {\n    signOffLetter(input: $input) {\n      id\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n    }\n  }\n': typeof types.SignOffLetterDocument;
  '\n  mutation RenderLetter($id: ID!, $format: LetterFormat!, $options: RenderLetterOptions) {\n    renderLetter(id: $id, format: $format, options: $options) {\n      id\n      version\n      final\n      downloadUrl\n      expiresAt\n      sizeBytes\n    }\n  }\n': typeof types.RenderLetterDocument;
  '\n  mutation BuildPacket($caseId: ID!, $letterId: ID) {\n    buildPacket(caseId: $caseId, letterId: $letterId) {\n      id\n      status\n      progress\n    }\n  }\n': typeof types.BuildPacketDocument;
  '\n  query CasePackets($caseId: ID!) {\n    casePackets(caseId: $caseId) {\n      id\n      status\n      createdAt\n      totalPages\n    }\n  }\n': typeof types.CasePacketsDocument;
  '\n  query PacketStatus($id: ID!) {\n    packet(id: $id) {\n      id\n      status\n      progress\n      stage\n      totalPages\n      sha256\n      errorCode\n      downloadUrl\n      downloadExpiresAt\n      finishedAt\n      manifest {\n        exhibits {\n          label\n          title\n          packetPageFrom\n          packetPageTo\n        }\n      }\n    }\n  }\n': typeof types.PacketStatusDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation RequestSignUp($input: SignUpInput!) {\n    requestSignUp(input: $input) {\n      email\n    }\n  }\n': typeof types.RequestSignUpDocument;
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n': typeof types.VerifyEmailDocument;
  '\n  mutation Refresh($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n': typeof types.RefreshDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query MyTenants {\n    myTenants {\n      id\n      name\n      kind\n      myRole\n      myPermissions\n      grantableRoles\n      seatLimit\n      seatsUsed\n    }\n  }\n': typeof types.MyTenantsDocument;
  '\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      myRole\n      myPermissions\n      grantableRoles\n    }\n  }\n': typeof types.CreateTenantDocument;
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      myRole\n      myPermissions\n      grantableRoles\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation CreateCaseFromDenial($input: CreateCaseFromDenialInput!) {\n    createCaseFromDenial(input: $input) {\n      id\n      title\n      stage\n    }\n  }\n': typeof types.CreateCaseFromDenialDocument;
  '\n  mutation ImportRemittance($file: RemittanceFileInput!) {\n    importRemittance(file: $file) {\n      claimsRead\n      deniedClaims\n      claimsCreated\n      denialsCreated\n      alreadyImported\n      totalCharge\n      totalPaid\n      totalDenied\n      payers\n      errors {\n        code\n        message\n        segmentNumber\n      }\n    }\n  }\n': typeof types.ImportRemittanceDocument;
  '\n  query RecordCheck($text: String!, $facts: KnownFactsInput) {\n    recordCheckResult(text: $text, facts: $facts) {\n      analysis\n      pendingDeadlines {\n        kind\n        label\n        question\n        rule\n        citation\n        anchorEvent\n        statedDays\n      }\n    }\n  }\n': typeof types.RecordCheckDocument;
  '\n  query OcrJobProgress($key: String!) {\n    jobProgress(key: $key, queue: ocr) {\n      jobId\n      state\n      attemptsMade\n      maxAttempts\n      errorCode\n      progress {\n        stage\n        done\n        total\n      }\n    }\n  }\n': typeof types.OcrJobProgressDocument;
  '\n  query OcrJobFailures {\n    jobFailures(queue: ocr, first: 100) {\n      edges {\n        node {\n          id\n          idempotencyKey\n          errorCode\n          errorMessage\n          resolvedAt\n        }\n      }\n    }\n  }\n': typeof types.OcrJobFailuresDocument;
  '\n  mutation RetryJobFailure($id: ID!) {\n    retryJobFailure(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n': typeof types.RetryJobFailureDocument;
  '\n  query WorklistMembers {\n    members {\n      id\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.WorklistMembersDocument;
  '\n  mutation BulkAssignCases($ids: [ID!]!, $assigneeId: ID) {\n    bulkAssignCases(ids: $ids, assigneeId: $assigneeId) {\n      id\n      version\n      assignee {\n        id\n        name\n      }\n    }\n  }\n': typeof types.BulkAssignCasesDocument;
  '\n  query Worklist(\n    $first: Int\n    $after: String\n    $filter: AppealCaseFilter\n    $orderBy: AppealCaseOrder\n  ) {\n    appealCases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          amountAtStake\n          nextDeadlineAt\n          payerLateSince\n          stage\n          level\n          levelKind\n          payer {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          denial {\n            id\n            category\n            regime\n          }\n        }\n      }\n    }\n  }\n': typeof types.WorklistDocument;
  '\n  query WorklistStats($filter: AppealCaseFilter) {\n    worklistStats(filter: $filter) {\n      open\n      overdue\n      dueThisWeek\n      payerLate\n      submitted\n      overturned\n      amountAtStake\n      recoveredAmount\n    }\n  }\n': typeof types.WorklistStatsDocument;
};
const documents: Documents = {
  '\n  query Members {\n    tenant {\n      id\n      name\n      seatLimit\n      seatsUsed\n      seatsPending\n    }\n    members {\n      id\n      role\n      joinedAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n':
    types.MembersDocument,
  '\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n':
    types.InvitationsDocument,
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      token\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n':
    types.UpdateMemberRoleDocument,
  '\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n':
    types.RemoveMemberDocument,
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n':
    types.ApiKeysDocument,
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        role\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n':
    types.RevokeApiKeyDocument,
  '\n  query AuditEvents($first: Int, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          actorUserId\n          actorApiKeyId\n          ip\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n':
    types.AuditEventsDocument,
  '\n  query TenantSettings {\n    tenant {\n      id\n      timeZone\n      state\n    }\n  }\n':
    types.TenantSettingsDocument,
  '\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      timeZone\n      state\n    }\n  }\n':
    types.UpdateTenantSettingsDocument,
  '\n  query BillingOverview {\n    billing {\n      plan\n      planName\n      status\n      access\n      readOnlyReason\n      trialEndsAt\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      seatLimit\n      seatsUsed\n      seatsPending\n      nextInvoice {\n        amountDue\n        currency\n        date\n      }\n      entitlements {\n        metric\n        used\n        limit\n      }\n    }\n  }\n':
    types.BillingOverviewDocument,
  '\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n':
    types.OpenBillingPortalDocument,
  '\n  query Analytics($from: String!, $to: String!) {\n    worklistStats {\n      byStage {\n        stage\n        count\n      }\n      open\n      dueThisWeek\n      payerLate\n      submitted\n      amountAtStake\n    }\n    caseAnalytics(from: $from, to: $to) {\n      from\n      to\n      months\n      denials\n      denialsByCategory {\n        month\n        key\n        label\n        count\n      }\n      denialsByPayer {\n        month\n        key\n        label\n        count\n      }\n      decided\n      overturned\n      partiallyOverturned\n      overturnRate\n      recoveredAmount\n      overturnByPayer {\n        key\n        label\n        decided\n        rate\n      }\n      overturnByCategory {\n        key\n        label\n        decided\n        rate\n      }\n      overturnByCpt {\n        key\n        label\n        decided\n        rate\n      }\n      decisionsWithPayerDeadline\n      decidedOnTime\n      payerOnTimeRate\n      payerOnTime {\n        payerId\n        payerName\n        decisions\n        rate\n      }\n    }\n  }\n':
    types.AnalyticsDocument,
  '\n  query AssignableMembers {\n    members {\n      id\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.AssignableMembersDocument,
  '\n  mutation AssignCase($input: UpdateAppealCaseInput!) {\n    updateAppealCase(input: $input) {\n      id\n      version\n      assignee {\n        id\n        name\n      }\n    }\n  }\n':
    types.AssignCaseDocument,
  '\n  query CasePage($id: ID!) {\n    appealCase(id: $id) {\n      id\n      title\n      stage\n      level\n      levelKind\n      amountAtStake\n      nextDeadlineAt\n      payerLateSince\n      submittedAt\n      closedAt\n      outcome\n      version\n      availableActions\n      createdAt\n      payer {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      claim {\n        id\n        claimNumber\n        cptHcpcs\n        icd10\n        billedAmount\n        paidAmount\n        serviceDateFrom\n        serviceDateTo\n        patient {\n          id\n          firstName\n          lastName\n          memberId\n        }\n      }\n      denial {\n        id\n        category\n        regime\n        serviceType\n        noticeDate\n        receivedDate\n        statedReason\n        carc\n        rarc\n        deniedAmount\n        analysis\n        letterText\n      }\n      findings {\n        id\n        code\n        kind\n        severity\n        explanation\n        citation\n        element\n        span\n      }\n      deadlines {\n        id\n        kind\n        label\n        due\n        dueAt\n        rule\n        anchorEvent\n        anchorDate\n        assumptions\n        citation\n        status\n        question\n      }\n      timeline {\n        id\n        kind\n        stage\n        summary\n        occurredAt\n      }\n    }\n  }\n':
    types.CasePageDocument,
  '\n  mutation RequestRecords($input: CaseEventInput!) {\n    requestRecords(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n':
    types.RequestRecordsDocument,
  '\n  mutation MarkRecordsReceived($input: CaseEventInput!) {\n    markRecordsReceived(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n':
    types.MarkRecordsReceivedDocument,
  '\n  mutation MarkCriteriaReceived($input: CaseEventInput!) {\n    markCriteriaReceived(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n':
    types.MarkCriteriaReceivedDocument,
  '\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n':
    types.SubmitAppealDocument,
  '\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n':
    types.RecordDecisionDocument,
  '\n  mutation EscalateLevel($input: EscalateLevelInput!) {\n    escalateLevel(input: $input) {\n      id\n      stage\n      level\n      version\n    }\n  }\n':
    types.EscalateLevelDocument,
  '\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n':
    types.CloseCaseDocument,
  '\n  query CaseUploads($caseId: ID!) {\n    caseDocuments(caseId: $caseId) {\n      id\n      documentId\n      title\n      kind\n      mime\n      pages\n      status\n      sha256\n      documentDate\n      createdAt\n    }\n  }\n':
    types.CaseUploadsDocument,
  '\n  query PayerPhones($payerId: ID) {\n    payerPhones(payerId: $payerId) {\n      id\n      label\n      phoneE164\n      state\n      timeZone\n      opens\n      closes\n      days\n      active\n    }\n  }\n':
    types.PayerPhonesDocument,
  '\n  mutation AddPayerPhone($input: AddPayerPhoneInput!) {\n    addPayerPhone(input: $input) {\n      id\n      label\n      phoneE164\n      state\n      timeZone\n      active\n    }\n  }\n':
    types.AddPayerPhoneDocument,
  '\n  mutation RequestRecordCall($caseId: ID!, $payerPhoneId: ID!) {\n    requestRecordCall(caseId: $caseId, payerPhoneId: $payerPhoneId) {\n      id\n      status\n      scheduledFor\n    }\n  }\n':
    types.RequestRecordCallDocument,
  '\n  query RecordCallResults($caseId: ID!) {\n    recordCalls(caseId: $caseId) {\n      id\n      status\n      outcome\n      attempts\n      createdAt\n      scheduledFor\n      startedAt\n      endedAt\n      errorCode\n      consentStates\n      referenceNumbers\n      transcript {\n        speaker\n        text\n        interrupted\n      }\n      summary {\n        outcome\n        holds\n        transfers\n        referenceNumbers {\n          value\n        }\n        refusals {\n          topic\n          proprietary\n        }\n        specificReason {\n          ...CallAnswerFields\n        }\n        criteriaApplied {\n          ...CallAnswerFields\n        }\n        criteriaCopy {\n          ...CallAnswerFields\n        }\n        planProvision {\n          ...CallAnswerFields\n        }\n        recordsReviewed {\n          ...CallAnswerFields\n        }\n        reviewerName {\n          ...CallAnswerFields\n        }\n        reviewerCredentials {\n          ...CallAnswerFields\n        }\n        appealDeadline {\n          ...CallAnswerFields\n        }\n        appealSubmission {\n          ...CallAnswerFields\n        }\n      }\n    }\n  }\n\n  fragment CallAnswerFields on CallAnswer {\n    topic\n    status\n    value\n  }\n':
    types.RecordCallResultsDocument,
  '\n  mutation UpdateNoticeDate($input: UpdateDenialInput!) {\n    updateDenial(input: $input) {\n      id\n      noticeDate\n      receivedDate\n    }\n  }\n':
    types.UpdateNoticeDateDocument,
  '\n  query CaseNotes($id: ID!) {\n    appealCase(id: $id) {\n      id\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CaseNotesDocument,
  '\n  mutation AddCaseNote($caseId: ID!, $body: String!) {\n    addCaseNote(caseId: $caseId, body: $body) {\n      id\n    }\n  }\n':
    types.AddCaseNoteDocument,
  '\n  query CaseLetters($caseId: ID!) {\n    letters(caseId: $caseId) {\n      id\n      kind\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n      updatedAt\n      content {\n        title\n        subject\n      }\n    }\n  }\n':
    types.CaseLettersDocument,
  '\n  query CarrierContacts($caseId: ID!) {\n    carrierContacts(caseId: $caseId) {\n      id\n      channel\n      occurredAt\n      representative\n      referenceNumber\n      summary\n      source\n    }\n  }\n':
    types.CarrierContactsDocument,
  '\n  query CaseMatrix($caseId: ID!) {\n    caseCriteria(caseId: $caseId) {\n      id\n      criteriaReceived\n      items {\n        id\n        ref\n        text\n        depth\n        explanation\n      }\n    }\n    exhibits(caseId: $caseId) {\n      id\n      label\n      title\n      caseDocumentId\n      pageFrom\n      pageTo\n      pageCount\n      sealed\n    }\n    matrixLinks(caseId: $caseId) {\n      id\n      criterionId\n      exhibitId\n      exhibitLabel\n      pageFrom\n      pageTo\n      quote\n      quotePage\n    }\n    matrixCompleteness(caseId: $caseId) {\n      id\n      total\n      evidenced\n      explained\n      unmet\n      criteriaMissing\n      readyToSubmit\n      criteria {\n        criterionId\n        ref\n        status\n      }\n      tasks {\n        criterionId\n        ref\n        task\n      }\n    }\n    caseDocuments(caseId: $caseId) {\n      id\n      title\n      kind\n      pages\n    }\n  }\n':
    types.CaseMatrixDocument,
  '\n  mutation AddCriterion($input: AddCriterionInput!) {\n    addCriterion(input: $input) {\n      id\n      ref\n    }\n  }\n':
    types.AddCriterionDocument,
  '\n  mutation CreateExhibit($input: CreateExhibitInput!) {\n    createExhibit(input: $input) {\n      id\n      label\n    }\n  }\n':
    types.CreateExhibitDocument,
  '\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      id\n      exhibitLabel\n      quotePage\n    }\n  }\n':
    types.LinkEvidenceDocument,
  '\n  mutation UnlinkEvidence($id: ID!) {\n    unlinkEvidence(id: $id)\n  }\n':
    types.UnlinkEvidenceDocument,
  '\n  query LetterDetail($id: ID!) {\n    letter(id: $id) {\n      id\n      caseId\n      kind\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n      updatedAt\n      content {\n        title\n        subject\n        request\n        sections {\n          key\n          heading\n          paragraphs\n          edited\n        }\n      }\n    }\n    letterVersions(id: $id) {\n      version\n      change\n      editedSection\n      createdAt\n    }\n  }\n':
    types.LetterDetailDocument,
  '\n  query LetterAtVersion($id: ID!, $version: Int!) {\n    letterAtVersion(id: $id, version: $version) {\n      id\n      content {\n        title\n        subject\n        request\n        sections {\n          key\n          heading\n          paragraphs\n          edited\n        }\n      }\n    }\n  }\n':
    types.LetterAtVersionDocument,
  '\n  mutation GenerateLetter($input: GenerateLetterInput!) {\n    generateLetter(input: $input) {\n      id\n      currentVersion\n    }\n  }\n':
    types.GenerateLetterDocument,
  '\n  mutation RegenerateLetter($input: LetterVersionInput!) {\n    regenerateLetter(input: $input) {\n      id\n      currentVersion\n    }\n  }\n':
    types.RegenerateLetterDocument,
  '\n  mutation EditLetterSection($input: EditLetterSectionInput!) {\n    editLetterSection(input: $input) {\n      id\n      currentVersion\n    }\n  }\n':
    types.EditLetterSectionDocument,
  '\n  mutation SignOffLetter($input: LetterVersionInput!) {\n    signOffLetter(input: $input) {\n      id\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n    }\n  }\n':
    types.SignOffLetterDocument,
  '\n  mutation RenderLetter($id: ID!, $format: LetterFormat!, $options: RenderLetterOptions) {\n    renderLetter(id: $id, format: $format, options: $options) {\n      id\n      version\n      final\n      downloadUrl\n      expiresAt\n      sizeBytes\n    }\n  }\n':
    types.RenderLetterDocument,
  '\n  mutation BuildPacket($caseId: ID!, $letterId: ID) {\n    buildPacket(caseId: $caseId, letterId: $letterId) {\n      id\n      status\n      progress\n    }\n  }\n':
    types.BuildPacketDocument,
  '\n  query CasePackets($caseId: ID!) {\n    casePackets(caseId: $caseId) {\n      id\n      status\n      createdAt\n      totalPages\n    }\n  }\n':
    types.CasePacketsDocument,
  '\n  query PacketStatus($id: ID!) {\n    packet(id: $id) {\n      id\n      status\n      progress\n      stage\n      totalPages\n      sha256\n      errorCode\n      downloadUrl\n      downloadExpiresAt\n      finishedAt\n      manifest {\n        exhibits {\n          label\n          title\n          packetPageFrom\n          packetPageTo\n        }\n      }\n    }\n  }\n':
    types.PacketStatusDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation RequestSignUp($input: SignUpInput!) {\n    requestSignUp(input: $input) {\n      email\n    }\n  }\n':
    types.RequestSignUpDocument,
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n':
    types.VerifyEmailDocument,
  '\n  mutation Refresh($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n':
    types.RefreshDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query MyTenants {\n    myTenants {\n      id\n      name\n      kind\n      myRole\n      myPermissions\n      grantableRoles\n      seatLimit\n      seatsUsed\n    }\n  }\n':
    types.MyTenantsDocument,
  '\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      myRole\n      myPermissions\n      grantableRoles\n    }\n  }\n':
    types.CreateTenantDocument,
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      myRole\n      myPermissions\n      grantableRoles\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation CreateCaseFromDenial($input: CreateCaseFromDenialInput!) {\n    createCaseFromDenial(input: $input) {\n      id\n      title\n      stage\n    }\n  }\n':
    types.CreateCaseFromDenialDocument,
  '\n  mutation ImportRemittance($file: RemittanceFileInput!) {\n    importRemittance(file: $file) {\n      claimsRead\n      deniedClaims\n      claimsCreated\n      denialsCreated\n      alreadyImported\n      totalCharge\n      totalPaid\n      totalDenied\n      payers\n      errors {\n        code\n        message\n        segmentNumber\n      }\n    }\n  }\n':
    types.ImportRemittanceDocument,
  '\n  query RecordCheck($text: String!, $facts: KnownFactsInput) {\n    recordCheckResult(text: $text, facts: $facts) {\n      analysis\n      pendingDeadlines {\n        kind\n        label\n        question\n        rule\n        citation\n        anchorEvent\n        statedDays\n      }\n    }\n  }\n':
    types.RecordCheckDocument,
  '\n  query OcrJobProgress($key: String!) {\n    jobProgress(key: $key, queue: ocr) {\n      jobId\n      state\n      attemptsMade\n      maxAttempts\n      errorCode\n      progress {\n        stage\n        done\n        total\n      }\n    }\n  }\n':
    types.OcrJobProgressDocument,
  '\n  query OcrJobFailures {\n    jobFailures(queue: ocr, first: 100) {\n      edges {\n        node {\n          id\n          idempotencyKey\n          errorCode\n          errorMessage\n          resolvedAt\n        }\n      }\n    }\n  }\n':
    types.OcrJobFailuresDocument,
  '\n  mutation RetryJobFailure($id: ID!) {\n    retryJobFailure(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n':
    types.RetryJobFailureDocument,
  '\n  query WorklistMembers {\n    members {\n      id\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.WorklistMembersDocument,
  '\n  mutation BulkAssignCases($ids: [ID!]!, $assigneeId: ID) {\n    bulkAssignCases(ids: $ids, assigneeId: $assigneeId) {\n      id\n      version\n      assignee {\n        id\n        name\n      }\n    }\n  }\n':
    types.BulkAssignCasesDocument,
  '\n  query Worklist(\n    $first: Int\n    $after: String\n    $filter: AppealCaseFilter\n    $orderBy: AppealCaseOrder\n  ) {\n    appealCases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          amountAtStake\n          nextDeadlineAt\n          payerLateSince\n          stage\n          level\n          levelKind\n          payer {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          denial {\n            id\n            category\n            regime\n          }\n        }\n      }\n    }\n  }\n':
    types.WorklistDocument,
  '\n  query WorklistStats($filter: AppealCaseFilter) {\n    worklistStats(filter: $filter) {\n      open\n      overdue\n      dueThisWeek\n      payerLate\n      submitted\n      overturned\n      amountAtStake\n      recoveredAmount\n    }\n  }\n':
    types.WorklistStatsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Members {\n    tenant {\n      id\n      name\n      seatLimit\n      seatsUsed\n      seatsPending\n    }\n    members {\n      id\n      role\n      joinedAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Members {\n    tenant {\n      id\n      name\n      seatLimit\n      seatsUsed\n      seatsPending\n    }\n    members {\n      id\n      role\n      joinedAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      token\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      token\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n',
): (typeof documents)['\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditEvents($first: Int, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          actorUserId\n          actorApiKeyId\n          ip\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditEvents($first: Int, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          actorUserId\n          actorApiKeyId\n          ip\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TenantSettings {\n    tenant {\n      id\n      timeZone\n      state\n    }\n  }\n',
): (typeof documents)['\n  query TenantSettings {\n    tenant {\n      id\n      timeZone\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      timeZone\n      state\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      timeZone\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BillingOverview {\n    billing {\n      plan\n      planName\n      status\n      access\n      readOnlyReason\n      trialEndsAt\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      seatLimit\n      seatsUsed\n      seatsPending\n      nextInvoice {\n        amountDue\n        currency\n        date\n      }\n      entitlements {\n        metric\n        used\n        limit\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BillingOverview {\n    billing {\n      plan\n      planName\n      status\n      access\n      readOnlyReason\n      trialEndsAt\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      seatLimit\n      seatsUsed\n      seatsPending\n      nextInvoice {\n        amountDue\n        currency\n        date\n      }\n      entitlements {\n        metric\n        used\n        limit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Analytics($from: String!, $to: String!) {\n    worklistStats {\n      byStage {\n        stage\n        count\n      }\n      open\n      dueThisWeek\n      payerLate\n      submitted\n      amountAtStake\n    }\n    caseAnalytics(from: $from, to: $to) {\n      from\n      to\n      months\n      denials\n      denialsByCategory {\n        month\n        key\n        label\n        count\n      }\n      denialsByPayer {\n        month\n        key\n        label\n        count\n      }\n      decided\n      overturned\n      partiallyOverturned\n      overturnRate\n      recoveredAmount\n      overturnByPayer {\n        key\n        label\n        decided\n        rate\n      }\n      overturnByCategory {\n        key\n        label\n        decided\n        rate\n      }\n      overturnByCpt {\n        key\n        label\n        decided\n        rate\n      }\n      decisionsWithPayerDeadline\n      decidedOnTime\n      payerOnTimeRate\n      payerOnTime {\n        payerId\n        payerName\n        decisions\n        rate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Analytics($from: String!, $to: String!) {\n    worklistStats {\n      byStage {\n        stage\n        count\n      }\n      open\n      dueThisWeek\n      payerLate\n      submitted\n      amountAtStake\n    }\n    caseAnalytics(from: $from, to: $to) {\n      from\n      to\n      months\n      denials\n      denialsByCategory {\n        month\n        key\n        label\n        count\n      }\n      denialsByPayer {\n        month\n        key\n        label\n        count\n      }\n      decided\n      overturned\n      partiallyOverturned\n      overturnRate\n      recoveredAmount\n      overturnByPayer {\n        key\n        label\n        decided\n        rate\n      }\n      overturnByCategory {\n        key\n        label\n        decided\n        rate\n      }\n      overturnByCpt {\n        key\n        label\n        decided\n        rate\n      }\n      decisionsWithPayerDeadline\n      decidedOnTime\n      payerOnTimeRate\n      payerOnTime {\n        payerId\n        payerName\n        decisions\n        rate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignableMembers {\n    members {\n      id\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssignableMembers {\n    members {\n      id\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignCase($input: UpdateAppealCaseInput!) {\n    updateAppealCase(input: $input) {\n      id\n      version\n      assignee {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignCase($input: UpdateAppealCaseInput!) {\n    updateAppealCase(input: $input) {\n      id\n      version\n      assignee {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CasePage($id: ID!) {\n    appealCase(id: $id) {\n      id\n      title\n      stage\n      level\n      levelKind\n      amountAtStake\n      nextDeadlineAt\n      payerLateSince\n      submittedAt\n      closedAt\n      outcome\n      version\n      availableActions\n      createdAt\n      payer {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      claim {\n        id\n        claimNumber\n        cptHcpcs\n        icd10\n        billedAmount\n        paidAmount\n        serviceDateFrom\n        serviceDateTo\n        patient {\n          id\n          firstName\n          lastName\n          memberId\n        }\n      }\n      denial {\n        id\n        category\n        regime\n        serviceType\n        noticeDate\n        receivedDate\n        statedReason\n        carc\n        rarc\n        deniedAmount\n        analysis\n        letterText\n      }\n      findings {\n        id\n        code\n        kind\n        severity\n        explanation\n        citation\n        element\n        span\n      }\n      deadlines {\n        id\n        kind\n        label\n        due\n        dueAt\n        rule\n        anchorEvent\n        anchorDate\n        assumptions\n        citation\n        status\n        question\n      }\n      timeline {\n        id\n        kind\n        stage\n        summary\n        occurredAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CasePage($id: ID!) {\n    appealCase(id: $id) {\n      id\n      title\n      stage\n      level\n      levelKind\n      amountAtStake\n      nextDeadlineAt\n      payerLateSince\n      submittedAt\n      closedAt\n      outcome\n      version\n      availableActions\n      createdAt\n      payer {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      claim {\n        id\n        claimNumber\n        cptHcpcs\n        icd10\n        billedAmount\n        paidAmount\n        serviceDateFrom\n        serviceDateTo\n        patient {\n          id\n          firstName\n          lastName\n          memberId\n        }\n      }\n      denial {\n        id\n        category\n        regime\n        serviceType\n        noticeDate\n        receivedDate\n        statedReason\n        carc\n        rarc\n        deniedAmount\n        analysis\n        letterText\n      }\n      findings {\n        id\n        code\n        kind\n        severity\n        explanation\n        citation\n        element\n        span\n      }\n      deadlines {\n        id\n        kind\n        label\n        due\n        dueAt\n        rule\n        anchorEvent\n        anchorDate\n        assumptions\n        citation\n        status\n        question\n      }\n      timeline {\n        id\n        kind\n        stage\n        summary\n        occurredAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestRecords($input: CaseEventInput!) {\n    requestRecords(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestRecords($input: CaseEventInput!) {\n    requestRecords(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkRecordsReceived($input: CaseEventInput!) {\n    markRecordsReceived(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkRecordsReceived($input: CaseEventInput!) {\n    markRecordsReceived(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkCriteriaReceived($input: CaseEventInput!) {\n    markCriteriaReceived(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkCriteriaReceived($input: CaseEventInput!) {\n    markCriteriaReceived(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EscalateLevel($input: EscalateLevelInput!) {\n    escalateLevel(input: $input) {\n      id\n      stage\n      level\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation EscalateLevel($input: EscalateLevelInput!) {\n    escalateLevel(input: $input) {\n      id\n      stage\n      level\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseUploads($caseId: ID!) {\n    caseDocuments(caseId: $caseId) {\n      id\n      documentId\n      title\n      kind\n      mime\n      pages\n      status\n      sha256\n      documentDate\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query CaseUploads($caseId: ID!) {\n    caseDocuments(caseId: $caseId) {\n      id\n      documentId\n      title\n      kind\n      mime\n      pages\n      status\n      sha256\n      documentDate\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PayerPhones($payerId: ID) {\n    payerPhones(payerId: $payerId) {\n      id\n      label\n      phoneE164\n      state\n      timeZone\n      opens\n      closes\n      days\n      active\n    }\n  }\n',
): (typeof documents)['\n  query PayerPhones($payerId: ID) {\n    payerPhones(payerId: $payerId) {\n      id\n      label\n      phoneE164\n      state\n      timeZone\n      opens\n      closes\n      days\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPayerPhone($input: AddPayerPhoneInput!) {\n    addPayerPhone(input: $input) {\n      id\n      label\n      phoneE164\n      state\n      timeZone\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPayerPhone($input: AddPayerPhoneInput!) {\n    addPayerPhone(input: $input) {\n      id\n      label\n      phoneE164\n      state\n      timeZone\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestRecordCall($caseId: ID!, $payerPhoneId: ID!) {\n    requestRecordCall(caseId: $caseId, payerPhoneId: $payerPhoneId) {\n      id\n      status\n      scheduledFor\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestRecordCall($caseId: ID!, $payerPhoneId: ID!) {\n    requestRecordCall(caseId: $caseId, payerPhoneId: $payerPhoneId) {\n      id\n      status\n      scheduledFor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordCallResults($caseId: ID!) {\n    recordCalls(caseId: $caseId) {\n      id\n      status\n      outcome\n      attempts\n      createdAt\n      scheduledFor\n      startedAt\n      endedAt\n      errorCode\n      consentStates\n      referenceNumbers\n      transcript {\n        speaker\n        text\n        interrupted\n      }\n      summary {\n        outcome\n        holds\n        transfers\n        referenceNumbers {\n          value\n        }\n        refusals {\n          topic\n          proprietary\n        }\n        specificReason {\n          ...CallAnswerFields\n        }\n        criteriaApplied {\n          ...CallAnswerFields\n        }\n        criteriaCopy {\n          ...CallAnswerFields\n        }\n        planProvision {\n          ...CallAnswerFields\n        }\n        recordsReviewed {\n          ...CallAnswerFields\n        }\n        reviewerName {\n          ...CallAnswerFields\n        }\n        reviewerCredentials {\n          ...CallAnswerFields\n        }\n        appealDeadline {\n          ...CallAnswerFields\n        }\n        appealSubmission {\n          ...CallAnswerFields\n        }\n      }\n    }\n  }\n\n  fragment CallAnswerFields on CallAnswer {\n    topic\n    status\n    value\n  }\n',
): (typeof documents)['\n  query RecordCallResults($caseId: ID!) {\n    recordCalls(caseId: $caseId) {\n      id\n      status\n      outcome\n      attempts\n      createdAt\n      scheduledFor\n      startedAt\n      endedAt\n      errorCode\n      consentStates\n      referenceNumbers\n      transcript {\n        speaker\n        text\n        interrupted\n      }\n      summary {\n        outcome\n        holds\n        transfers\n        referenceNumbers {\n          value\n        }\n        refusals {\n          topic\n          proprietary\n        }\n        specificReason {\n          ...CallAnswerFields\n        }\n        criteriaApplied {\n          ...CallAnswerFields\n        }\n        criteriaCopy {\n          ...CallAnswerFields\n        }\n        planProvision {\n          ...CallAnswerFields\n        }\n        recordsReviewed {\n          ...CallAnswerFields\n        }\n        reviewerName {\n          ...CallAnswerFields\n        }\n        reviewerCredentials {\n          ...CallAnswerFields\n        }\n        appealDeadline {\n          ...CallAnswerFields\n        }\n        appealSubmission {\n          ...CallAnswerFields\n        }\n      }\n    }\n  }\n\n  fragment CallAnswerFields on CallAnswer {\n    topic\n    status\n    value\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateNoticeDate($input: UpdateDenialInput!) {\n    updateDenial(input: $input) {\n      id\n      noticeDate\n      receivedDate\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateNoticeDate($input: UpdateDenialInput!) {\n    updateDenial(input: $input) {\n      id\n      noticeDate\n      receivedDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseNotes($id: ID!) {\n    appealCase(id: $id) {\n      id\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseNotes($id: ID!) {\n    appealCase(id: $id) {\n      id\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCaseNote($caseId: ID!, $body: String!) {\n    addCaseNote(caseId: $caseId, body: $body) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCaseNote($caseId: ID!, $body: String!) {\n    addCaseNote(caseId: $caseId, body: $body) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseLetters($caseId: ID!) {\n    letters(caseId: $caseId) {\n      id\n      kind\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n      updatedAt\n      content {\n        title\n        subject\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseLetters($caseId: ID!) {\n    letters(caseId: $caseId) {\n      id\n      kind\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n      updatedAt\n      content {\n        title\n        subject\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CarrierContacts($caseId: ID!) {\n    carrierContacts(caseId: $caseId) {\n      id\n      channel\n      occurredAt\n      representative\n      referenceNumber\n      summary\n      source\n    }\n  }\n',
): (typeof documents)['\n  query CarrierContacts($caseId: ID!) {\n    carrierContacts(caseId: $caseId) {\n      id\n      channel\n      occurredAt\n      representative\n      referenceNumber\n      summary\n      source\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseMatrix($caseId: ID!) {\n    caseCriteria(caseId: $caseId) {\n      id\n      criteriaReceived\n      items {\n        id\n        ref\n        text\n        depth\n        explanation\n      }\n    }\n    exhibits(caseId: $caseId) {\n      id\n      label\n      title\n      caseDocumentId\n      pageFrom\n      pageTo\n      pageCount\n      sealed\n    }\n    matrixLinks(caseId: $caseId) {\n      id\n      criterionId\n      exhibitId\n      exhibitLabel\n      pageFrom\n      pageTo\n      quote\n      quotePage\n    }\n    matrixCompleteness(caseId: $caseId) {\n      id\n      total\n      evidenced\n      explained\n      unmet\n      criteriaMissing\n      readyToSubmit\n      criteria {\n        criterionId\n        ref\n        status\n      }\n      tasks {\n        criterionId\n        ref\n        task\n      }\n    }\n    caseDocuments(caseId: $caseId) {\n      id\n      title\n      kind\n      pages\n    }\n  }\n',
): (typeof documents)['\n  query CaseMatrix($caseId: ID!) {\n    caseCriteria(caseId: $caseId) {\n      id\n      criteriaReceived\n      items {\n        id\n        ref\n        text\n        depth\n        explanation\n      }\n    }\n    exhibits(caseId: $caseId) {\n      id\n      label\n      title\n      caseDocumentId\n      pageFrom\n      pageTo\n      pageCount\n      sealed\n    }\n    matrixLinks(caseId: $caseId) {\n      id\n      criterionId\n      exhibitId\n      exhibitLabel\n      pageFrom\n      pageTo\n      quote\n      quotePage\n    }\n    matrixCompleteness(caseId: $caseId) {\n      id\n      total\n      evidenced\n      explained\n      unmet\n      criteriaMissing\n      readyToSubmit\n      criteria {\n        criterionId\n        ref\n        status\n      }\n      tasks {\n        criterionId\n        ref\n        task\n      }\n    }\n    caseDocuments(caseId: $caseId) {\n      id\n      title\n      kind\n      pages\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCriterion($input: AddCriterionInput!) {\n    addCriterion(input: $input) {\n      id\n      ref\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCriterion($input: AddCriterionInput!) {\n    addCriterion(input: $input) {\n      id\n      ref\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateExhibit($input: CreateExhibitInput!) {\n    createExhibit(input: $input) {\n      id\n      label\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateExhibit($input: CreateExhibitInput!) {\n    createExhibit(input: $input) {\n      id\n      label\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      id\n      exhibitLabel\n      quotePage\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      id\n      exhibitLabel\n      quotePage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnlinkEvidence($id: ID!) {\n    unlinkEvidence(id: $id)\n  }\n',
): (typeof documents)['\n  mutation UnlinkEvidence($id: ID!) {\n    unlinkEvidence(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LetterDetail($id: ID!) {\n    letter(id: $id) {\n      id\n      caseId\n      kind\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n      updatedAt\n      content {\n        title\n        subject\n        request\n        sections {\n          key\n          heading\n          paragraphs\n          edited\n        }\n      }\n    }\n    letterVersions(id: $id) {\n      version\n      change\n      editedSection\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query LetterDetail($id: ID!) {\n    letter(id: $id) {\n      id\n      caseId\n      kind\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n      updatedAt\n      content {\n        title\n        subject\n        request\n        sections {\n          key\n          heading\n          paragraphs\n          edited\n        }\n      }\n    }\n    letterVersions(id: $id) {\n      version\n      change\n      editedSection\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LetterAtVersion($id: ID!, $version: Int!) {\n    letterAtVersion(id: $id, version: $version) {\n      id\n      content {\n        title\n        subject\n        request\n        sections {\n          key\n          heading\n          paragraphs\n          edited\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LetterAtVersion($id: ID!, $version: Int!) {\n    letterAtVersion(id: $id, version: $version) {\n      id\n      content {\n        title\n        subject\n        request\n        sections {\n          key\n          heading\n          paragraphs\n          edited\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GenerateLetter($input: GenerateLetterInput!) {\n    generateLetter(input: $input) {\n      id\n      currentVersion\n    }\n  }\n',
): (typeof documents)['\n  mutation GenerateLetter($input: GenerateLetterInput!) {\n    generateLetter(input: $input) {\n      id\n      currentVersion\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegenerateLetter($input: LetterVersionInput!) {\n    regenerateLetter(input: $input) {\n      id\n      currentVersion\n    }\n  }\n',
): (typeof documents)['\n  mutation RegenerateLetter($input: LetterVersionInput!) {\n    regenerateLetter(input: $input) {\n      id\n      currentVersion\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditLetterSection($input: EditLetterSectionInput!) {\n    editLetterSection(input: $input) {\n      id\n      currentVersion\n    }\n  }\n',
): (typeof documents)['\n  mutation EditLetterSection($input: EditLetterSectionInput!) {\n    editLetterSection(input: $input) {\n      id\n      currentVersion\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOffLetter($input: LetterVersionInput!) {\n    signOffLetter(input: $input) {\n      id\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOffLetter($input: LetterVersionInput!) {\n    signOffLetter(input: $input) {\n      id\n      currentVersion\n      signedOff\n      signedOffAt\n      signedOffVersion\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenderLetter($id: ID!, $format: LetterFormat!, $options: RenderLetterOptions) {\n    renderLetter(id: $id, format: $format, options: $options) {\n      id\n      version\n      final\n      downloadUrl\n      expiresAt\n      sizeBytes\n    }\n  }\n',
): (typeof documents)['\n  mutation RenderLetter($id: ID!, $format: LetterFormat!, $options: RenderLetterOptions) {\n    renderLetter(id: $id, format: $format, options: $options) {\n      id\n      version\n      final\n      downloadUrl\n      expiresAt\n      sizeBytes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuildPacket($caseId: ID!, $letterId: ID) {\n    buildPacket(caseId: $caseId, letterId: $letterId) {\n      id\n      status\n      progress\n    }\n  }\n',
): (typeof documents)['\n  mutation BuildPacket($caseId: ID!, $letterId: ID) {\n    buildPacket(caseId: $caseId, letterId: $letterId) {\n      id\n      status\n      progress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CasePackets($caseId: ID!) {\n    casePackets(caseId: $caseId) {\n      id\n      status\n      createdAt\n      totalPages\n    }\n  }\n',
): (typeof documents)['\n  query CasePackets($caseId: ID!) {\n    casePackets(caseId: $caseId) {\n      id\n      status\n      createdAt\n      totalPages\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PacketStatus($id: ID!) {\n    packet(id: $id) {\n      id\n      status\n      progress\n      stage\n      totalPages\n      sha256\n      errorCode\n      downloadUrl\n      downloadExpiresAt\n      finishedAt\n      manifest {\n        exhibits {\n          label\n          title\n          packetPageFrom\n          packetPageTo\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PacketStatus($id: ID!) {\n    packet(id: $id) {\n      id\n      status\n      progress\n      stage\n      totalPages\n      sha256\n      errorCode\n      downloadUrl\n      downloadExpiresAt\n      finishedAt\n      manifest {\n        exhibits {\n          label\n          title\n          packetPageFrom\n          packetPageTo\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestSignUp($input: SignUpInput!) {\n    requestSignUp(input: $input) {\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestSignUp($input: SignUpInput!) {\n    requestSignUp(input: $input) {\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Refresh($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Refresh($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTenants {\n    myTenants {\n      id\n      name\n      kind\n      myRole\n      myPermissions\n      grantableRoles\n      seatLimit\n      seatsUsed\n    }\n  }\n',
): (typeof documents)['\n  query MyTenants {\n    myTenants {\n      id\n      name\n      kind\n      myRole\n      myPermissions\n      grantableRoles\n      seatLimit\n      seatsUsed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      myRole\n      myPermissions\n      grantableRoles\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      myRole\n      myPermissions\n      grantableRoles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      myRole\n      myPermissions\n      grantableRoles\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      myRole\n      myPermissions\n      grantableRoles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCaseFromDenial($input: CreateCaseFromDenialInput!) {\n    createCaseFromDenial(input: $input) {\n      id\n      title\n      stage\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCaseFromDenial($input: CreateCaseFromDenialInput!) {\n    createCaseFromDenial(input: $input) {\n      id\n      title\n      stage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportRemittance($file: RemittanceFileInput!) {\n    importRemittance(file: $file) {\n      claimsRead\n      deniedClaims\n      claimsCreated\n      denialsCreated\n      alreadyImported\n      totalCharge\n      totalPaid\n      totalDenied\n      payers\n      errors {\n        code\n        message\n        segmentNumber\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportRemittance($file: RemittanceFileInput!) {\n    importRemittance(file: $file) {\n      claimsRead\n      deniedClaims\n      claimsCreated\n      denialsCreated\n      alreadyImported\n      totalCharge\n      totalPaid\n      totalDenied\n      payers\n      errors {\n        code\n        message\n        segmentNumber\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordCheck($text: String!, $facts: KnownFactsInput) {\n    recordCheckResult(text: $text, facts: $facts) {\n      analysis\n      pendingDeadlines {\n        kind\n        label\n        question\n        rule\n        citation\n        anchorEvent\n        statedDays\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecordCheck($text: String!, $facts: KnownFactsInput) {\n    recordCheckResult(text: $text, facts: $facts) {\n      analysis\n      pendingDeadlines {\n        kind\n        label\n        question\n        rule\n        citation\n        anchorEvent\n        statedDays\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OcrJobProgress($key: String!) {\n    jobProgress(key: $key, queue: ocr) {\n      jobId\n      state\n      attemptsMade\n      maxAttempts\n      errorCode\n      progress {\n        stage\n        done\n        total\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OcrJobProgress($key: String!) {\n    jobProgress(key: $key, queue: ocr) {\n      jobId\n      state\n      attemptsMade\n      maxAttempts\n      errorCode\n      progress {\n        stage\n        done\n        total\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OcrJobFailures {\n    jobFailures(queue: ocr, first: 100) {\n      edges {\n        node {\n          id\n          idempotencyKey\n          errorCode\n          errorMessage\n          resolvedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OcrJobFailures {\n    jobFailures(queue: ocr, first: 100) {\n      edges {\n        node {\n          id\n          idempotencyKey\n          errorCode\n          errorMessage\n          resolvedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryJobFailure($id: ID!) {\n    retryJobFailure(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryJobFailure($id: ID!) {\n    retryJobFailure(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorklistMembers {\n    members {\n      id\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorklistMembers {\n    members {\n      id\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkAssignCases($ids: [ID!]!, $assigneeId: ID) {\n    bulkAssignCases(ids: $ids, assigneeId: $assigneeId) {\n      id\n      version\n      assignee {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkAssignCases($ids: [ID!]!, $assigneeId: ID) {\n    bulkAssignCases(ids: $ids, assigneeId: $assigneeId) {\n      id\n      version\n      assignee {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Worklist(\n    $first: Int\n    $after: String\n    $filter: AppealCaseFilter\n    $orderBy: AppealCaseOrder\n  ) {\n    appealCases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          amountAtStake\n          nextDeadlineAt\n          payerLateSince\n          stage\n          level\n          levelKind\n          payer {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          denial {\n            id\n            category\n            regime\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Worklist(\n    $first: Int\n    $after: String\n    $filter: AppealCaseFilter\n    $orderBy: AppealCaseOrder\n  ) {\n    appealCases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          amountAtStake\n          nextDeadlineAt\n          payerLateSince\n          stage\n          level\n          levelKind\n          payer {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          denial {\n            id\n            category\n            regime\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorklistStats($filter: AppealCaseFilter) {\n    worklistStats(filter: $filter) {\n      open\n      overdue\n      dueThisWeek\n      payerLate\n      submitted\n      overturned\n      amountAtStake\n      recoveredAmount\n    }\n  }\n',
): (typeof documents)['\n  query WorklistStats($filter: AppealCaseFilter) {\n    worklistStats(filter: $filter) {\n      open\n      overdue\n      dueThisWeek\n      payerLate\n      submitted\n      overturned\n      amountAtStake\n      recoveredAmount\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
