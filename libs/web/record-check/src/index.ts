export * from './record-check-page';
