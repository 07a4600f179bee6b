/** Injection token for the AppealWorkflowClient (null when no Temporal server is configured). */
export const APPEAL_WORKFLOWS = Symbol('APPEAL_WORKFLOWS');
