export * from './worklist-page';
export * from './worklist-table';
export * from './worklist-query';
