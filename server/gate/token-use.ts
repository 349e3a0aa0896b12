/**
 * A decision token allows one collection, not one per copy of its job: the first job to start
 * with it claims it, and only that job (its retries keep its id) may run with it again. The
 * claim lives in Redis so every worker on the queue sees it, and lapses when the token does.
 */
import type { Redis } from 'ioredis';

/** Who holds each decision's token. */
export interface TokenUses {
  /**
   * Claims the decision for the job unless another job holds it; answers the job that holds it
   * now (this one when the claim was new or is its own).
   */
  claim(decisionId: string, jobId: string, expiresAtMs: number): Promise<string>;
}

// One round trip that reads and sets together: two copies starting at the same instant cannot
// both find the key absent. Plain GET/SET in Lua also runs on Redis before 7 (no SET NX GET).
const CLAIM = `
local holder = redis.call('GET', KEYS[1])
if holder then return holder end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return ARGV[1]
`;

/** The claims kept in Redis under `<prefix>:token-used:<decisionId>`. */
export class RedisTokenUses implements TokenUses {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly clock: () => number = Date.now,
  ) {}

  async claim(decisionId: string, jobId: string, expiresAtMs: number): Promise<string> {
    // Kept until the token expires (at least a second): after that the token refuses itself.
    const ttlMs = Math.max(1000, Math.ceil(expiresAtMs - this.clock()));
    const key = `${this.prefix}:token-used:${decisionId}`;
    const holder = await this.redis.eval(CLAIM, 1, key, jobId, String(ttlMs));
    return String(holder);
  }
}
