export * from './stage-transitions';
export * from './escalation-guidance';
