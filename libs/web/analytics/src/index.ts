export * from './analytics-page';
