import type { Role } from './gql/graphql';

/**
 * What each role may do, for showing or hiding controls only: the API's permission matrix decides
 * (libs/server/auth/src/permission-matrix.ts), and a hidden button the API would allow is a bug here,
 * not a hole. Web code may not import server code, hence this short mirror of the rows the UI needs.
 * Stage transitions are not here: each case says which ones its caller may run (`availableActions`).
 */
const CAPABILITIES = {
  createCases: ['OWNER', 'ADMIN', 'BILLER'],
  updateCases: ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN'],
  importRemittances: ['OWNER', 'ADMIN', 'BILLER'],
  uploadDocuments: ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN'],
  manageMembers: ['OWNER', 'ADMIN'],
  manageApiKeys: ['OWNER', 'ADMIN'],
  readAudit: ['OWNER', 'ADMIN'],
  editSettings: ['OWNER', 'ADMIN'],
  manageBilling: ['OWNER', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function roleCan(role: Role | null | undefined, capability: Capability): boolean {
  return !!role && (CAPABILITIES[capability] as readonly Role[]).includes(role);
}
