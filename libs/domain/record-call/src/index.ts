export * from './call-topics';
export * from './consent-states';
export * from './business-hours';
export * from './representative-utterance';
export * from './call-script';
export * from './call-summary';
