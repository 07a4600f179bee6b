// Imported first by benches that measure request handling: libraries that read NODE_ENV when they load
// (graphql-js skips its development-only instanceof checks) behave as in production. The app's own
// configuration is passed explicitly and stays in test mode (no real Stripe prices to verify here).
process.env.NODE_ENV = 'production';
