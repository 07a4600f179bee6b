export * from './stage-transitions';
export * from './escalation-guidance';
export * from './tenant-time-zone';
export * from './event-dates';
export * from './denial-dates';
export * from './available-events';
