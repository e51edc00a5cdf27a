import { isAbsolute, resolve } from 'node:path';

import { z } from 'zod';

import { passwordProblem } from '../auth/password-policy';

// Configuration is read once, from the environment, and validated before anything starts:
// a wrong variable stops the process with a message naming it, never a silent fallback.

const flag = z.enum(['0', '1']).transform((value) => value === '1');
const port = z.coerce.number().int().min(1).max(65535);

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: port.default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_CLAIM_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(4),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_POSTGRES_PORT: port.default(54320),
    DEMO_DATA: flag.default(false),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z
      .string()
      .superRefine((password, context) => {
        const problem = passwordProblem(password);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    TRUST_PROXY: z
      .string()
      .regex(
        /^(true|false|loopback|\d+)$/,
        "must be 'true', 'false', 'loopback' or a number of hops",
      )
      .default('false'),
    WEB_DIST: z.string().min(1).default('dist/web'),
    IMPORT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024, 'must be at least 1024 bytes')
      .default(200 * 1024 * 1024),
    IMPORT_BATCH_ROWS: z.coerce.number().int().min(1, 'must be at least 1').default(25_000),
    GRAPHQL_INTROSPECTION: flag.optional(),
    TEST_CLOCK_FILE: z.string().min(1).optional(),
  })
  .refine((env) => env.TEST_CLOCK_FILE === undefined || env.NODE_ENV === 'test', {
    message: 'is for tests only: set it only with NODE_ENV=test',
    path: ['TEST_CLOCK_FILE'],
  })
  .refine((env) => (env.ADMIN_EMAIL === undefined) === (env.ADMIN_PASSWORD === undefined), {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither',
    path: ['ADMIN_PASSWORD'],
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface AppConfig {
  environment: Environment['NODE_ENV'];
  host: string;
  port: number;
  database: {
    url: string | undefined;
    poolSize: number;
    /**
     * Connections of claims' own (ClaimConnections), besides the pool's: a volunteer's
     * next member never waits behind recorded calls waiting on the disk.
     */
    claimPoolSize: number;
  };
  embeddedPostgres: { dataDir: string; port: number };
  demoData: boolean;
  firstAdmin: { email: string; password: string } | undefined;
  log: { level: Environment['LOG_LEVEL']; pretty: boolean };
  sessionTtlDays: number;
  trustProxy: boolean | number | string;
  webDist: string;
  /** The largest member file an import accepts, in bytes. */
  importMaxBytes: number;
  /**
   * Rows an import merges at a time: PostgreSQL merges one batch while the server reads the
   * next, and the last one is merged after reading ends.
   */
  importBatchRows: number;
  /**
   * Whether anyone may introspect the GraphQL schema and get "did you mean" suggestions
   * (GRAPHQL_INTROSPECTION; default: yes, except in production).
   */
  graphqlIntrospection: boolean;
  /** Tests only: a file holding the time the server should take as now (ISO 8601). */
  testClockFile: string | undefined;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Reads the configuration from `env`; throws ConfigurationError naming every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const given = present[name];
        const shown =
          given === undefined || /PASSWORD|DATABASE_URL/.test(name) ? '' : ` (got '${given}')`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    environment: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      claimPoolSize: e.DATABASE_CLAIM_POOL_SIZE,
    },
    embeddedPostgres: { dataDir: absolute(e.DATA_DIR), port: e.EMBEDDED_POSTGRES_PORT },
    demoData: e.DEMO_DATA,
    firstAdmin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD
        ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD }
        : undefined,
    log: {
      level: e.LOG_LEVEL,
      pretty: (e.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json')) === 'pretty',
    },
    sessionTtlDays: e.SESSION_TTL_DAYS,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    webDist: absolute(e.WEB_DIST),
    importMaxBytes: e.IMPORT_MAX_BYTES,
    importBatchRows: e.IMPORT_BATCH_ROWS,
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    testClockFile: e.TEST_CLOCK_FILE && absolute(e.TEST_CLOCK_FILE),
  };
}
