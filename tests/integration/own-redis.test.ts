import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { AppError } from '../../common/errors.js';
import { freePort } from '../../server/infra/free-port.js';
import { redactUrl, resolveRedis, startOwnRedis, type RedisEndpoint } from '../../server/infra/redis.js';
import { tempDir } from '../support/services.js';

/** A client that tries once and gives up, so a refusal shows as the server's own reply. */
function bareClient(port: number, password?: string): Redis {
  const client = new Redis({
    host: '127.0.0.1',
    port,
    ...(password ? { password } : {}),
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  return client;
}

/** PONG, or the server's reply refusing the client (ioredis reports it as an error event). */
async function pingWith(client: Redis): Promise<string> {
  const replies: string[] = [];
  client.on('error', (error: Error) => replies.push(error.message));
  try {
    await client.connect();
    return await client.ping();
  } catch (error) {
    return replies[0] ?? (error as Error).message;
  } finally {
    client.disconnect();
  }
}

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** casegraph's own redis-server: reachable only with the password it keeps owner-only. */
describe("casegraph's own redis-server", () => {
  let dataDir: string;
  let redisDir: string;
  let redis: RedisEndpoint;
  let port: number;

  beforeAll(async () => {
    dataDir = tempDir('own-redis-auth');
    // Nothing answers on this port, so casegraph starts its own, as on a fresh machine.
    redis = await resolveRedis(`redis://127.0.0.1:${await freePort()}`, dataDir);
    redisDir = path.join(dataDir, 'redis');
    port = Number(new URL(redis.url).port);
  });
  afterAll(() => redis.stop());

  it('refuses a client without the password with NOAUTH, and a wrong one', async () => {
    expect(await pingWith(bareClient(port))).toMatch(/^NOAUTH/);
    expect(await pingWith(bareClient(port, 'guessed'))).toMatch(/WRONGPASS|invalid password/);
  });

  it('answers the URL it returns, which carries the generated password', async () => {
    const password = fs.readFileSync(path.join(redisDir, '.casegraph-password'), 'utf8').trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new URL(redis.url).password).toBe(password);
    expect(new URL(redis.url).hostname).toBe('127.0.0.1');
    expect(await pingWith(bareClient(port, password))).toBe('PONG');
  });

  it('keeps the password owner-only and off the command line other users can read', async () => {
    expect(modeOf(path.join(redisDir, '.casegraph-password'))).toBe(0o600);
    expect(modeOf(path.join(redisDir, 'redis.conf'))).toBe(0o600);
    expect(modeOf(redisDir)).toBe(0o700);
    const client = new Redis(redis.url);
    const info = await client.info('server');
    const config = await client.config('GET', 'bind');
    await client.quit();
    const pid = /process_id:(\d+)/.exec(info)![1]!;
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    expect(cmdline).toContain('redis-server');
    expect(cmdline).not.toContain(new URL(redis.url).password);
    expect(config).toEqual(['bind', '127.0.0.1']);
  });

  it('reuses the password when started again on the same directory, and keeps the data', async () => {
    const before = new Redis(redis.url);
    await before.set('own-redis-test:kept', 'yes');
    await before.quit();
    await redis.stop();
    redis = await startOwnRedis(redisDir, port);
    const after = new Redis(redis.url);
    expect(await after.get('own-redis-test:kept')).toBe('yes');
    await after.quit();
  });

  it('stops on a Redis that refuses the URL, naming REDIS_URL without its password', async () => {
    const wrong = `redis://:not-the-password@127.0.0.1:${port}`;
    const error = await resolveRedis(wrong, tempDir('own-redis-wrong')).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFIG_INVALID');
    expect((error as AppError).message).toMatch(/^invalid REDIS_URL: the Redis at redis:\/\/:redacted@/);
    expect((error as AppError).message).not.toContain('not-the-password');
    const noPassword = await resolveRedis(`redis://127.0.0.1:${port}`, tempDir('own-redis-none')).catch(
      (e: AppError) => e,
    );
    expect((noPassword as AppError).message).toMatch(/NOAUTH/);
  });

  it('uses a configured URL with the right password as given', async () => {
    const used = await resolveRedis(redis.url, tempDir('own-redis-given'));
    expect(used.url).toBe(redis.url);
  });

  it('redacts user name and password from URLs it reports', () => {
    expect(redactUrl('rediss://casegraph:s3cret@redis.example:6380/2')).toBe(
      'rediss://redacted:redacted@redis.example:6380/2',
    );
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
