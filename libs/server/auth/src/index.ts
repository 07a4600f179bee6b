export * from './auth.module';
export * from './auth.decorators';
export * from './auth.models';
export * from './permission-matrix';
export * from './auth.service';
export * from './opaque-token';
