// Filled in by the database test support; kept so the runner config has one global set-up entry point.
export default async function globalSetup(): Promise<void> {}
