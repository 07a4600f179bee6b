export * from './intake-page';
export * from './remittance-summary';
