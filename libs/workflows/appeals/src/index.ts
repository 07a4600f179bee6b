export * from './appeal-case.workflow';
export * from './appeal-messages';
