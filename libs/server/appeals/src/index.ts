export * from './appeals.module';
export * from './appeals.models';
export * from './appeal-case.service';
export * from './deadline.mapper';
