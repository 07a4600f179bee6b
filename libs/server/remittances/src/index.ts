export * from './claim-denial';
export * from './remittance-import';
