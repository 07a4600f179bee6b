export * from './gql';
export * from './auth-documents';
export * from './session-store';
export * from './graphql-client';
export * from './record-check-view';
export * from './workspace-permissions';
export * from './upload-document';
export * from './workspace-context';
export type * from './gql/graphql';
