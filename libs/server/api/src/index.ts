export * from './app.module';
export * from './create-api-app';
export * from './runtime';
export * from './schema-sdl';
