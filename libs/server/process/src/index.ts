export * from './process.module';
export * from './workflow-client.token';
export * from './process.models';
