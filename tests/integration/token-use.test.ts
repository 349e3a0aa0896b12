import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisTokenUses } from '../../server/gate/token-use.js';
import { testServices } from '../support/services.js';

/** The once-only claim of a decision token, on the run's real Redis. */
describe('decision token uses', () => {
  const prefix = `token-use-${crypto.randomBytes(4).toString('hex')}`;
  let redis: Redis;
  let uses: RedisTokenUses;

  beforeAll(() => {
    redis = new Redis(testServices().redisUrl);
    uses = new RedisTokenUses(redis, prefix);
  });
  afterAll(() => redis.quit());

  it('gives a token to the first job and keeps answering that job, for its retries too', async () => {
    const expires = Date.now() + 60_000;
    expect(await uses.claim('dec-1', '41', expires)).toBe('41');
    expect(await uses.claim('dec-1', '41', expires)).toBe('41');
    expect(await uses.claim('dec-1', '42', expires)).toBe('41');
    expect(await uses.claim('dec-2', '42', expires)).toBe('42');
  });

  it('lets exactly one of many copies starting at once claim the token', async () => {
    const expires = Date.now() + 60_000;
    const jobs = Array.from({ length: 20 }, (_, i) => String(100 + i));
    const holders = await Promise.all(jobs.map((job) => uses.claim('dec-race', job, expires)));
    expect(new Set(holders).size).toBe(1);
    expect(jobs).toContain(holders[0]);
  });

  it('keeps the claim until the token expires, not for ever', async () => {
    await uses.claim('dec-ttl', '7', Date.now() + 30_000);
    const ttl = await redis.pttl(`${prefix}:token-used:dec-ttl`);
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });
});
