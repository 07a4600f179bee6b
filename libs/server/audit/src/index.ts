export * from './audit.service';
export * from './audit.decorators';
export * from './audit.module';
export * from './audit.models';
