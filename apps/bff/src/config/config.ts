import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { passwordSchema, usernameSchema } from '@chime-console/contracts';

export class ConfigError extends Error {}

const optional = z.string().trim().min(1).optional();
const bool = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Every setting the BFF reads, validated once at start; a bad value stops it naming the variable. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(480),
  CHIME_ENDPOINT: z.url().optional(),
  AWS_ENDPOINT_URL_CHIME: z.url().optional(),
  AWS_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must look like us-east-1')
    .default('us-east-1'),
  /** A Chime endpoint that takes longer than this to accept a connection counts as unreachable. */
  CHIME_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  /** One Chime call made for a person waiting on a page, every SDK attempt and backoff included. */
  CHIME_REQUEST_BUDGET_MS: z.coerce.number().int().min(500).max(120_000).default(5_000),
  /** One Chime call of a bulk job (a single attempt: jobs retry chunks themselves). */
  CHIME_JOB_BUDGET_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /** Bearer token that GET /metrics requires; unset, /metrics is not served. */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Express's trust-proxy setting: hops of reverse proxies in front (0 = none). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Cookies get Secure when the console is served over HTTPS; auto decides from the request. */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The built SPA to serve; absent means API only. Checked here so a missing build stops the start, named. */
  STATIC_DIR: optional.refine(
    (dir) => dir === undefined || existsSync(join(dir, 'index.html')),
    'must be a directory holding the built SPA (index.html); build the SPA first',
  ),
  /** Checked like any console user's, so a weak password stops the start here, named, not deep in it. */
  INITIAL_ADMIN_USERNAME: usernameSchema.optional(),
  INITIAL_ADMIN_PASSWORD: passwordSchema.optional(),
  DEMO_MODE: bool.default(false),
  /**
   * Every Chime operation's calls per second for the whole deployment, all replicas together: the
   * shared upstream budget that pages, jobs and the directory sweep draw on (adapting down on 429s).
   */
  JOB_RATE: z.coerce.number().min(0.1).max(1000).default(10),
  JOB_BURST: z.coerce.number().int().min(1).max(1000).default(10),
  /** The same for ListUsers: the directory sweep's and reconciliation lookups' read. */
  JOB_LOOKUP_RATE: z.coerce.number().min(0.1).max(1000).default(50),
  /** A worker that dies holding a chunk gives it up after this long; another replica then takes it. */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(15).max(600).default(30),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** Attempts per chunk on 5xx and network errors before its items fail with the last error. */
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  /** The directory index reads every account's users again this often (0: no background sweep). */
  DIRECTORY_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
});

export type BffConfig = ReturnType<typeof toConfig>;

export function loadConfig(env: NodeJS.ProcessEnv): BffConfig {
  return toConfig(parseEnv(envSchema, env));
}

/** Only what a command-line tool needs to reach the server's database (DATABASE_URL or DATA_DIR). */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv): BffConfig['database'] {
  return databaseOf(parseEnv(envSchema.pick({ DATABASE_URL: true, DATA_DIR: true }), env));
}

function parseEnv<S extends z.ZodType<object>>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  // An empty variable (PORT= in a compose file) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

const databaseOf = (env: { DATABASE_URL?: string | undefined; DATA_DIR: string }) => ({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });

function toConfig(env: z.output<typeof envSchema>) {
  if ((env.INITIAL_ADMIN_USERNAME === undefined) !== (env.INITIAL_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration: INITIAL_ADMIN_USERNAME and INITIAL_ADMIN_PASSWORD must be set together');
  }
  if (!env.DEMO_MODE && env.SESSION_SECRET === undefined) {
    throw new ConfigError('Invalid configuration: SESSION_SECRET: required (at least 32 characters) outside demo mode');
  }
  // A connection that may take the whole budget leaves no time for the call, let alone a retry.
  if (env.CHIME_CONNECT_TIMEOUT_MS >= env.CHIME_REQUEST_BUDGET_MS) {
    throw new ConfigError('Invalid configuration: CHIME_CONNECT_TIMEOUT_MS must be less than CHIME_REQUEST_BUDGET_MS');
  }
  return {
    port: env.PORT,
    host: env.HOST,
    database: databaseOf(env),
    sessionSecret: env.SESSION_SECRET,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    chime: {
      region: env.AWS_REGION,
      endpoint: env.CHIME_ENDPOINT ?? env.AWS_ENDPOINT_URL_CHIME,
      connectTimeoutMs: env.CHIME_CONNECT_TIMEOUT_MS,
      requestBudgetMs: env.CHIME_REQUEST_BUDGET_MS,
      jobBudgetMs: env.CHIME_JOB_BUDGET_MS,
    },
    metricsToken: env.METRICS_TOKEN,
    trustProxy: env.TRUST_PROXY,
    cookieSecure: env.COOKIE_SECURE,
    logLevel: env.LOG_LEVEL,
    staticDir: env.STATIC_DIR,
    initialAdmin:
      env.INITIAL_ADMIN_USERNAME === undefined || env.INITIAL_ADMIN_PASSWORD === undefined
        ? undefined
        : { username: env.INITIAL_ADMIN_USERNAME, password: env.INITIAL_ADMIN_PASSWORD },
    demoMode: env.DEMO_MODE,
    jobs: {
      rate: env.JOB_RATE,
      burst: env.JOB_BURST,
      lookupRate: env.JOB_LOOKUP_RATE,
      leaseSeconds: env.JOB_LEASE_SECONDS,
      concurrency: env.JOB_CONCURRENCY,
      maxAttempts: env.JOB_MAX_ATTEMPTS,
    },
    directorySweepSeconds: env.DIRECTORY_SWEEP_SECONDS,
  };
}
