import { configSchema, type AppConfig } from './config.schema';

export class ConfigError extends Error {}

/** The development default of JWT_SECRET: anyone who has read the source can sign tokens with it. */
const DEFAULT_JWT_SECRET = configSchema.shape.JWT_SECRET.parse(undefined);
/** 256 bits written as base64 or hex is 43–64 characters; less than this is guessable or a word. */
const MIN_PRODUCTION_SECRET_LENGTH = 43;

/** What production refuses that development tolerates. */
function productionProblems(config: AppConfig): string[] {
  if (config.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  const secret = config.JWT_SECRET;
  if (secret === DEFAULT_JWT_SECRET || secret.includes('change-me')) {
    problems.push('JWT_SECRET: the development default cannot be used in production');
  } else if (secret.length < MIN_PRODUCTION_SECRET_LENGTH) {
    problems.push(
      `JWT_SECRET: at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production (e.g. openssl rand -base64 32)`,
    );
  } else if (new Set(secret).size < 10) {
    problems.push('JWT_SECRET: too few distinct characters to be random');
  }
  if (!config.SIGNUP_EMAIL_VERIFICATION) {
    problems.push(
      'SIGNUP_EMAIL_VERIFICATION: sign-up without a verified link tells who has an account',
    );
  }
  return problems;
}

/** Validates the environment once; a bad value stops start-up with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const problems = productionProblems(parsed.data);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return parsed.data;
}
