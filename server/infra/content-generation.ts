import { Redis } from 'ioredis';
import { logger } from '../../common/logger.js';
import type { WrittenScope } from '../../graph/graph-client.js';

const log = logger('redis');

/**
 * Which generation of a case's content the graph holds: counters in Redis that every casegraph
 * process on the same Redis and prefix advances after each write that may change case content
 * (see GraphClient.onWritten). A cached case read stays valid while the generation it was read at
 * is current. Each case has its own counter, so collection into one case leaves every other case's
 * cached reads valid; a write that cannot name its cases advances the global counter, which is part
 * of every case's generation. Writes into shared accounts and posts name every case holding them
 * (graph/case-scope.ts).
 */
export class ContentGeneration {
  private readonly redis: Redis;
  private readonly globalKey: string;
  private readonly casePrefix: string;
  /** Writes this process made: they invalidate its own cache even when Redis missed an advance. */
  private localGlobal = 0;
  private readonly localCases = new Map<string, number>();

  constructor(redisUrl: string, prefix: string) {
    // Every request asks for the generation: concurrent asks share one round trip.
    this.redis = new Redis(redisUrl, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      enableAutoPipelining: true,
    });
    this.redis.on('error', () => undefined);
    this.globalKey = `${prefix}content-generation`;
    this.casePrefix = `${prefix}content-generation:case:`;
  }

  /**
   * After a write that changed the named cases, or (no scope, `all`) any case; never throws, since
   * the write itself has already happened.
   */
  async advance(scope: WrittenScope = 'all'): Promise<void> {
    const keys =
      scope === 'all' ? [this.globalKey] : [...new Set(scope.cases)].map((id) => this.casePrefix + id);
    if (scope === 'all') this.localGlobal += 1;
    else for (const id of scope.cases) this.localCases.set(id, (this.localCases.get(id) ?? 0) + 1);
    if (keys.length === 0) return;
    try {
      await Promise.all(keys.map((key) => this.redis.incr(key)));
    } catch (err) {
      // Other processes keep their cached reads until those expire (a minute at most).
      log.error({ err: (err as Error).message }, 'content generation not advanced in Redis');
    }
  }

  /** The case's current generation (its own and the global one); rejects when Redis does not answer. */
  async current(caseId: string): Promise<string> {
    const [global, own] = await this.redis.mget(this.globalKey, this.casePrefix + caseId);
    return `${global ?? '0'}.${own ?? '0'}.${this.localGlobal}.${this.localCases.get(caseId) ?? 0}`;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
