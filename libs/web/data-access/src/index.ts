export * from './gql';
export * from './auth-documents';
export * from './session-store';
export * from './graphql-client';
export * from './record-check-view';
export * from './role-capabilities';
export * from './upload-document';
export * from './workspace-context';
export type * from './gql/graphql';
