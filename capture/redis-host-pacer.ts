/**
 * Per-host pacing shared by every casegraph worker through Redis: at most `concurrency` requests in
 * flight to one host, started at least `intervalMs` apart. One Lua script decides atomically with
 * Redis's clock, so workers on different machines agree. A slot is held with an expiry, so a worker
 * that dies mid-request frees it after `holdMs`.
 */
import crypto from 'node:crypto';
import type { Redis } from 'ioredis';
import type { HostPacer } from '../collectors/collector.js';
import { AppError } from '../common/errors.js';

// KEYS: slots (sorted set of holders by expiry), pace (next allowed start, ms).
// ARGV: concurrency, intervalMs, holdMs, holder. Returns ms to wait before starting, or -1 when full.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return -1 end
local nextAt = tonumber(redis.call('GET', KEYS[2]) or '0')
local startAt = math.max(now, nextAt)
local interval = tonumber(ARGV[2])
redis.call('SET', KEYS[2], startAt + interval, 'PX', interval + tonumber(ARGV[3]))
redis.call('ZADD', KEYS[1], startAt + tonumber(ARGV[3]), ARGV[4])
redis.call('PEXPIRE', KEYS[1], interval + tonumber(ARGV[3]) * 2)
return startAt - now
`;

export interface HostPacing {
  readonly concurrency: number;
  readonly intervalMs: number;
  /** How long a slot may be held before it is taken back (a request's time limit and some). */
  readonly holdMs: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new AppError('FETCH_FAILED', 'aborted while waiting for the host', { reason: 'aborted' }));
      },
      { once: true },
    );
  });

export class RedisHostPacer implements HostPacer {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly pacing: HostPacing,
  ) {}

  async acquire(host: string, signal?: AbortSignal): Promise<() => Promise<void>> {
    const slots = `${this.prefix}:host:${host}:slots`;
    const pace = `${this.prefix}:host:${host}:pace`;
    const holder = crypto.randomUUID();
    for (;;) {
      if (signal?.aborted) throw new AppError('FETCH_FAILED', 'aborted while waiting for the host');
      const wait = Number(
        await this.redis.eval(
          ACQUIRE,
          2,
          slots,
          pace,
          this.pacing.concurrency,
          this.pacing.intervalMs,
          this.pacing.holdMs,
          holder,
        ),
      );
      if (wait >= 0) {
        if (wait > 0) await sleep(wait, signal);
        return async () => {
          await this.redis.zrem(slots, holder);
        };
      }
      // Every slot is taken: look again shortly (a request usually takes longer than this).
      await sleep(Math.max(20, Math.min(200, this.pacing.intervalMs)), signal);
    }
  }
}
