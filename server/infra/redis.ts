import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Redis, ReplyError } from 'ioredis';
import { AppError } from '../../common/errors.js';
import { logger } from '../../common/logger.js';
import { freePort } from './free-port.js';

const log = logger('redis');

export interface RedisEndpoint {
  /** The URL every connection uses as given, password included: never log it, see redactUrl. */
  readonly url: string;
  /** Present when casegraph started this redis-server itself. */
  stop(): Promise<void>;
}

/** What a Redis URL answered: ready, nothing listening, or a server that refused casegraph. */
export type RedisProbe =
  { readonly kind: 'ready' | 'absent' } | { readonly kind: 'refused'; readonly reply: string };

/** The URL with its user name and password replaced, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = 'redacted';
    if (parsed.username) parsed.username = 'redacted';
    return parsed.href;
  } catch {
    return '(unreadable URL)';
  }
}

/** Asks the Redis at the URL for PING within the timeout; a password in the URL is sent first. */
export async function probeRedis(url: string, timeoutMs = 1500): Promise<RedisProbe> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // ioredis greets with HELLO (and AUTH) while connecting and reports a refusal only here, then
  // closes: a reply (NOAUTH, WRONGPASS) means a server is there and wants other credentials.
  let refusal: string | undefined;
  client.on('error', (error) => {
    if (error instanceof ReplyError) refusal ??= error.message;
  });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG' ? { kind: 'ready' } : { kind: 'refused', reply: 'no PONG' };
  } catch (error) {
    const reply = refusal ?? (error instanceof ReplyError ? (error as Error).message : undefined);
    return reply === undefined ? { kind: 'absent' } : { kind: 'refused', reply };
  } finally {
    client.disconnect();
  }
}

/** True when a Redis server answers PING at the URL within the timeout. */
export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  return (await probeRedis(url, timeoutMs)).kind === 'ready';
}

function redisServerOnPath(): boolean {
  return spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Writes `content` owner-only: created 0600, and narrowed to 0600 if it was ever wider. */
function writeOwnerOnly(file: string, content: string): void {
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

/**
 * The password of the redis-server kept in `dir`: generated on first start, reused after, never
 * readable by other users of the host (job payloads carry decision tokens).
 */
export function ownRedisPassword(dir: string): string {
  const file = path.join(dir, '.casegraph-password');
  if (fs.existsSync(file)) {
    fs.chmodSync(file, 0o600);
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept) return kept;
  }
  const password = crypto.randomBytes(24).toString('base64url');
  writeOwnerOnly(file, `${password}\n`);
  return password;
}

/** Arguments of casegraph's own redis-server; the password comes from an owner-only file. */
function ownRedisArgs(dir: string, port: number): string[] {
  // On the command line the password would show in every user's `ps`; in a 0600 config file it
  // does not. redis-server takes the file first, then the options that follow it.
  const conf = path.join(dir, 'redis.conf');
  writeOwnerOnly(conf, `requirepass "${ownRedisPassword(dir)}"\n`);
  return [
    conf,
    ...['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes'],
    ...['--dir', path.resolve(dir), '--appendonly', 'yes', '--save', ''],
    ...['--maxmemory-policy', 'noeviction', '--daemonize', 'no'],
  ];
}

/**
 * Starts redis-server on a loopback port (free one by default) with its data under `dir`,
 * requiring the password kept there; the URL returned carries it.
 */
export async function startOwnRedis(dir: string, requestedPort?: number): Promise<RedisEndpoint> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  const port = requestedPort ?? (await freePort());
  const password = ownRedisPassword(dir);
  const child = spawn('redis-server', ownRedisArgs(dir, port), { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = `redis://:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    if (await redisAnswers(url, 500)) {
      log.info({ port, pid: child.pid }, 'started own redis-server (password required)');
      return {
        url,
        async stop() {
          if (child.exitCode !== null) return;
          child.kill('SIGTERM');
          await exited;
        },
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new AppError('SERVICE_UNAVAILABLE', `redis-server did not start on port ${port}`);
}

/**
 * Uses the configured Redis when it answers; otherwise starts casegraph's own redis-server, or
 * stops with a message that says what to install. A Redis that answers but refuses the URL's
 * credentials is a configuration error, not a reason to start another one.
 */
export async function resolveRedis(configuredUrl: string, dataDir: string): Promise<RedisEndpoint> {
  const probe = await probeRedis(configuredUrl);
  if (probe.kind === 'ready') {
    if (!new URL(configuredUrl).password) {
      log.warn(
        { redis: redactUrl(configuredUrl) },
        'Redis at REDIS_URL takes no password: anyone who reaches it can read queued jobs',
      );
    }
    return { url: configuredUrl, stop: async () => undefined };
  }
  if (probe.kind === 'refused') {
    throw new AppError(
      'CONFIG_INVALID',
      `invalid REDIS_URL: the Redis at ${redactUrl(configuredUrl)} refused casegraph (${probe.reply}); put its password in the URL, redis://:password@host:port`,
      { variable: 'REDIS_URL' },
    );
  }
  if (!redisServerOnPath()) {
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      `no Redis answers at REDIS_URL and redis-server is not installed: install it (apt-get install -y redis-server) or set REDIS_URL`,
    );
  }
  log.warn("no Redis answers at REDIS_URL; starting casegraph's own");
  return startOwnRedis(path.join(dataDir, 'redis'));
}
