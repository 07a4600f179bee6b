export * from './mail.service';
export * from './notifications.module';
export * from './notification-emails';
export * from './notifications.processor';
export * from './notifications-worker.module';
