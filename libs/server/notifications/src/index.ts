export * from './mail.service';
export * from './notifications.module';
