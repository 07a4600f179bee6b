// The marker lives in server-common so features can use it without depending on billing.
export { ALLOW_IN_READ_ONLY, AllowInReadOnlyWorkspace } from '@claimlane/server-common';
