export * from './appeal-workflow.client';
export * from './appeal-timing';
export * from './appeal-workflows.token';
export * from './transient-engine-error';
