import { Redis } from 'ioredis';
import { logger } from '../../common/logger.js';

const log = logger('redis');

/**
 * Which generation of case content the graph holds: a counter in Redis that every casegraph
 * process on the same Redis and prefix advances after each write that may change case content
 * (see GraphClient.onWritten). A cached case read stays valid while the generation it was read at
 * is current. The counter is global rather than per case because accounts and posts are shared
 * between cases: a capture in one case can change what another case shows.
 */
export class ContentGeneration {
  private readonly redis: Redis;
  private readonly key: string;
  /** Writes this process made: they invalidate its own cache even when Redis missed an advance. */
  private local = 0;

  constructor(redisUrl: string, prefix: string) {
    // Every request asks for the generation: concurrent asks share one round trip.
    this.redis = new Redis(redisUrl, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      enableAutoPipelining: true,
    });
    this.redis.on('error', () => undefined);
    this.key = `${prefix}content-generation`;
  }

  /** After a write; never throws, since the write itself has already happened. */
  async advance(): Promise<void> {
    this.local += 1;
    try {
      await this.redis.incr(this.key);
    } catch (err) {
      // Other processes keep their cached reads until those expire (a minute at most).
      log.error({ err: (err as Error).message }, 'content generation not advanced in Redis');
    }
  }

  /** The current generation; rejects when Redis does not answer. */
  async current(): Promise<string> {
    return `${(await this.redis.get(this.key)) ?? '0'}.${this.local}`;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
