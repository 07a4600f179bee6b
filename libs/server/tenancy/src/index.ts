export * from './tenancy.module';
export * from './tenancy.models';
export * from './tenancy.service';
export * from './seat-policy';
export * from './lifecycle';
