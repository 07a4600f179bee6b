export * from './appeal.activities';
export * from './notify-case';
export * from './appeal-worker.factory';
