import path from 'node:path';
import { z } from 'zod';
import { PLATFORMS, type Platform } from './collection-types.js';
import { AppError } from './errors.js';
import { endpointKey, parseAllowlist } from './fetch-allowlist.js';

/**
 * The one place that reads process.env. Everything else receives the frozen Config object, so a
 * test can build its own configuration without touching the environment.
 */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Whether the runtime knows an IANA zone name (Intl throws a RangeError for unknown ones). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const sizeBytes = z
  .string()
  .regex(/^\d+(k|m|g)?$/i, 'expected a size such as 512m or 2g')
  .transform((v) => v.toLowerCase());

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  CASEGRAPH_DATA_DIR: z.string().min(1).default('./data'),
  CASEGRAPH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: optionalString.pipe(
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'expected a neo4j:// or bolt:// URI')
      .optional(),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  CASEGRAPH_NEO4J_HEAP: sizeBytes.default('2g'),
  CASEGRAPH_NEO4J_PAGECACHE: sizeBytes.default('1g'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'expected a redis:// or rediss:// URL')
    .default('redis://127.0.0.1:6379'),
  CASEGRAPH_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/, 'letters, digits, : _ -')
    .default('casegraph'),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  CASEGRAPH_WORKERS: bool.default(true),
  CASEGRAPH_ADMIN_USER: optionalString,
  CASEGRAPH_ADMIN_PASSWORD: optionalString,
  CASEGRAPH_FETCH_ALLOWLIST: z
    .string()
    .default('')
    .transform((text, ctx) => {
      const parsed = parseAllowlist(text);
      if ('keys' in parsed) return parsed.keys;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
  CASEGRAPH_USER_AGENT: z.string().default('casegraph/0.1 (law-enforcement evidence capture)'),
  CASEGRAPH_EXTRA_CA_FILE: optionalString,
  CASEGRAPH_HOST_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  CASEGRAPH_HOST_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(250),
  CASEGRAPH_CHECKPOINT_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
  CASEGRAPH_COOKIE_SECURE: bool.default(false),
  CASEGRAPH_POLICY_FILE: optionalString,
  CASEGRAPH_COLLECTOR_OPTIONS: z
    .string()
    .default('{}')
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'expected JSON such as {"mastodon":{"baseUrl":"https://…"}}',
        });
        return z.NEVER;
      }
    })
    .pipe(
      z.partialRecord(
        z.enum(PLATFORMS),
        z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      ),
    ),
  CASEGRAPH_ORGANIZATION: z.string().trim().min(1).default('Police Department'),
  CASEGRAPH_CONTACT_NAME: z.string().trim().min(1).default('Digital Evidence Unit'),
  CASEGRAPH_CONTACT_EMAIL: z.string().trim().email().optional(),
  CASEGRAPH_SIGNING_KEY_FILE: optionalString,
  CASEGRAPH_TRUSTED_KEYS: optionalString,
  CASEGRAPH_TSA_URL: optionalString.pipe(
    z
      .string()
      .regex(
        /^https?:\/\/[^/?#\s]+(\/\S*)?$/,
        'expected the http:// or https:// URL of a time-stamping authority',
      )
      .optional(),
  ),
  CASEGRAPH_TSA_CERT: optionalString,
  CASEGRAPH_TIME_ZONE: z
    .string()
    .trim()
    .default('America/Chicago')
    .refine(isTimeZone, 'expected an IANA time zone such as America/Chicago'),
  NODE_ENV: z.string().trim().default('development'),
  CASEGRAPH_JOB_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  CASEGRAPH_TEST_PAUSE_AT: z.enum(['fetched', 'stored', 'ingested', 'custody']).optional(),
  CASEGRAPH_WATCH_TEST_EVERY_MS: z.coerce.number().int().min(100).optional(),
});

/**
 * A time-stamping authority is reached like a collector's endpoint: only when the fetch allowlist
 * names its host:port, so the setting cannot open a way around the guard; its certificate is what
 * tokens are checked against.
 */
function checkTsa(e: z.output<typeof envSchema>, ctx: z.RefinementCtx): void {
  if (!e.CASEGRAPH_TSA_URL) return;
  if (!e.CASEGRAPH_TSA_CERT) {
    ctx.addIssue({
      code: 'custom',
      path: ['CASEGRAPH_TSA_CERT'],
      message:
        "required with CASEGRAPH_TSA_URL: the authority's certificate (PEM) its tokens are checked against",
    });
  }
  const url = new URL(e.CASEGRAPH_TSA_URL);
  const key = endpointKey(url.hostname, Number(url.port || (url.protocol === 'https:' ? 443 : 80)));
  if (!e.CASEGRAPH_FETCH_ALLOWLIST.includes(key)) {
    ctx.addIssue({
      code: 'custom',
      path: ['CASEGRAPH_TSA_URL'],
      message: `${key} is not on CASEGRAPH_FETCH_ALLOWLIST; the authority is reached only where collectors may go`,
    });
  }
}

/** Rules between variables, each reported against the variable to fix. */
function checkTogether(e: z.output<typeof envSchema>, ctx: z.RefinementCtx): void {
  checkTsa(e, ctx);
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'required when NEO4J_URI is set' });
  }
  if (Boolean(e.CASEGRAPH_ADMIN_USER) !== Boolean(e.CASEGRAPH_ADMIN_PASSWORD)) {
    ctx.addIssue({
      code: 'custom',
      path: ['CASEGRAPH_ADMIN_PASSWORD'],
      message: 'CASEGRAPH_ADMIN_USER and CASEGRAPH_ADMIN_PASSWORD go together',
    });
  }
  if (e.CASEGRAPH_TEST_PAUSE_AT !== undefined && e.NODE_ENV !== 'test') {
    ctx.addIssue({
      code: 'custom',
      path: ['CASEGRAPH_TEST_PAUSE_AT'],
      message: 'a test-only setting (NODE_ENV=test): it makes a worker stop halfway through a capture',
    });
  }
  if (e.CASEGRAPH_WATCH_TEST_EVERY_MS !== undefined && e.NODE_ENV !== 'test') {
    ctx.addIssue({
      code: 'custom',
      path: ['CASEGRAPH_WATCH_TEST_EVERY_MS'],
      message: 'a test-only setting (NODE_ENV=test): outside tests a watch runs at most once an hour',
    });
  }
}

/** The environment, checked, turned into casegraph's frozen configuration. */
const configSchema = envSchema.superRefine(checkTogether).transform((e) =>
  Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.CASEGRAPH_DATA_DIR),
    logLevel: e.CASEGRAPH_LOG_LEVEL as string,
    neo4j: Object.freeze({
      /** Undefined means: start the embedded engine under dataDir. */
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      heap: e.CASEGRAPH_NEO4J_HEAP,
      pageCache: e.CASEGRAPH_NEO4J_PAGECACHE,
    }),
    redis: Object.freeze({ url: e.REDIS_URL, prefix: e.CASEGRAPH_REDIS_PREFIX }),
    chromiumPath: e.CHROMIUM_PATH,
    runWorkers: e.CASEGRAPH_WORKERS,
    admin: Object.freeze({ user: e.CASEGRAPH_ADMIN_USER, password: e.CASEGRAPH_ADMIN_PASSWORD }),
    /**
     * Endpoints (`host:port`, canonical) the guarded fetch may reach although they are private;
     * casegraph's own service ports stay refused even when listed here.
     */
    fetchAllowlist: Object.freeze(e.CASEGRAPH_FETCH_ALLOWLIST) as readonly string[],
    userAgent: e.CASEGRAPH_USER_AGENT,
    /**
     * PEM roots trusted for HTTPS captures beside Node's own (a department's proxy CA, a test CA);
     * certificates are always verified.
     */
    extraCaFile: e.CASEGRAPH_EXTRA_CA_FILE ? path.resolve(e.CASEGRAPH_EXTRA_CA_FILE) : undefined,
    /** Politeness towards each platform host, across every worker: requests in flight, and spacing. */
    hostLimits: Object.freeze({
      concurrency: e.CASEGRAPH_HOST_CONCURRENCY,
      intervalMs: e.CASEGRAPH_HOST_INTERVAL_MS,
    }),
    /** How often changed custody chains get a signed checkpoint; 0 turns the schedule off. */
    checkpointIntervalMs: e.CASEGRAPH_CHECKPOINT_INTERVAL_MS,
    cookieSecure: e.CASEGRAPH_COOKIE_SECURE,
    /** The department policy file; undefined means the one shipped in policy/. */
    policyFile: e.CASEGRAPH_POLICY_FILE ? path.resolve(e.CASEGRAPH_POLICY_FILE) : undefined,
    /** Per-platform collector options over the manifests' defaults (another instance, page limits). */
    collectorOptions: Object.freeze(e.CASEGRAPH_COLLECTOR_OPTIONS) as Readonly<
      Partial<Record<Platform, Readonly<Record<string, string | number | boolean>>>>
    >,
    /** Who stands behind the evidence packets (BagIt Source-Organization and Contact-*). */
    organization: Object.freeze({
      name: e.CASEGRAPH_ORGANIZATION,
      contactName: e.CASEGRAPH_CONTACT_NAME,
      contactEmail: e.CASEGRAPH_CONTACT_EMAIL,
    }),
    /** The department's Ed25519 evidence-signing key (PEM); undefined means one kept under dataDir/keys. */
    signingKeyFile: e.CASEGRAPH_SIGNING_KEY_FILE ? path.resolve(e.CASEGRAPH_SIGNING_KEY_FILE) : undefined,
    /**
     * Other departments' public evidence keys that `verify` accepts besides this installation's: a
     * PEM file or a directory of them, each key named (see docs/custody.md); undefined means none.
     */
    trustedKeysPath: e.CASEGRAPH_TRUSTED_KEYS ? path.resolve(e.CASEGRAPH_TRUSTED_KEYS) : undefined,
    /** The RFC 3161 time-stamping authority and its certificate; undefined: casegraph's clock only. */
    tsa:
      e.CASEGRAPH_TSA_URL && e.CASEGRAPH_TSA_CERT
        ? Object.freeze({ url: e.CASEGRAPH_TSA_URL, certificateFile: path.resolve(e.CASEGRAPH_TSA_CERT) })
        : undefined,
    /** The department's time zone: reports give times in UTC and in this zone. */
    timeZone: e.CASEGRAPH_TIME_ZONE,
    /** Whether the GraphQL API describes its own schema; never in production (NODE_ENV=production). */
    introspection: e.NODE_ENV !== 'production',
    /** How long a job's lock lasts: a worker that died is noticed, and its job retried, after about two. */
    jobLockMs: e.CASEGRAPH_JOB_LOCK_MS,
    /**
     * Tests only (the crash matrix): the collect step after which a worker announces itself and
     * waits to be killed; undefined everywhere else, since the schema refuses it outside NODE_ENV=test.
     */
    testPauseAt: e.CASEGRAPH_TEST_PAUSE_AT,
    /**
     * Tests only: every watch's scheduler fires this often instead of at its interval (at least an
     * hour); undefined everywhere else, since the schema refuses it outside NODE_ENV=test.
     */
    watchTestEveryMs: e.CASEGRAPH_WATCH_TEST_EVERY_MS,
  }),
);

/** casegraph's configuration, as its schema produces it. */
export type Config = z.output<typeof configSchema>;

/** Parse an environment; throws AppError('CONFIG_INVALID') naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new AppError('CONFIG_INVALID', `invalid ${variable}: ${issue?.message ?? 'bad value'}`, {
      variable,
    });
  }
  return parsed.data;
}

/** The configuration of this process, read from process.env; `defaults` fill what it leaves unset. */
export function loadConfig(defaults: Readonly<Record<string, string>> = {}): Config {
  const env: Record<string, string | undefined> = { ...defaults };
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  return parseConfig(env);
}
