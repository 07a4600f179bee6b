import { AppError, Errors } from '@claimlane/server-common';

/** Refusals of Record Call requests, each with a stable `reason` clients can branch on. */
export const CallErrors = {
  phoneNotOnFile: () =>
    new AppError('NOT_FOUND', 'That payer phone number is not on file for this workspace', {
      reason: 'PAYER_PHONE_NOT_ON_FILE',
    }),
  phoneInactive: () =>
    Errors.badInput('That payer phone number is switched off', { reason: 'PAYER_PHONE_INACTIVE' }),
  phoneOtherPayer: () =>
    Errors.badInput("That number belongs to another payer than the case's", {
      reason: 'PAYER_PHONE_OTHER_PAYER',
    }),
  caseHasNoPayer: () =>
    Errors.badInput('The case has no payer; set one before calling', {
      reason: 'CASE_HAS_NO_PAYER',
    }),
  callActive: (callId: string) =>
    Errors.conflict('A Record Call for this case is already queued or in progress', {
      reason: 'CALL_ALREADY_ACTIVE',
      callId,
    }),
  limited: (limit: string, retryAfterMs: number) =>
    new AppError('RATE_LIMITED', 'Too many Record Calls; try again later', {
      reason: 'CALL_LIMIT_REACHED',
      limit,
      retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
    }),
  noTranscript: () =>
    Errors.badInput('This call has no stored transcript', { reason: 'NO_TRANSCRIPT' }),
};
