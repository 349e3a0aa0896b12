import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { AppError } from '../../common/errors.js';
import { logger } from '../../common/logger.js';
import { freePort } from './free-port.js';

const log = logger('redis');

export interface RedisEndpoint {
  readonly url: string;
  /** Present when casegraph started this redis-server itself. */
  stop(): Promise<void>;
}

/** True when a Redis server answers PING at the URL within the timeout. */
export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function redisServerOnPath(): boolean {
  return spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Starts redis-server on a loopback port (free one by default) with its data under `dir`. */
export async function startOwnRedis(dir: string, requestedPort?: number): Promise<RedisEndpoint> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const port = requestedPort ?? (await freePort());
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      path.resolve(dir),
      '--appendonly',
      'yes',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
      '--daemonize',
      'no',
      '--protected-mode',
      'yes',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = `redis://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    if (await redisAnswers(url, 500)) {
      log.info({ port, pid: child.pid }, 'started own redis-server');
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
 * stops with a message that says what to install.
 */
export async function resolveRedis(configuredUrl: string, dataDir: string): Promise<RedisEndpoint> {
  if (await redisAnswers(configuredUrl)) {
    return { url: configuredUrl, stop: async () => undefined };
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
