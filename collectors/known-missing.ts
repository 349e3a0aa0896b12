/**
 * Posts a case read before that a capture's listing no longer holds, asked for one by one at the
 * platform's address for a single post. The platform's answer that a post is gone is a stronger
 * proof than its absence from a listing, and the answer is kept as an exchange like every other; a
 * post that is still there is read as a post of the capture, so it is not taken for deleted. Only
 * posts inside the time window the listing covered are asked for (an older post is simply beyond
 * the pages read), at most the manifest's bound.
 */
import { isAppError } from '../common/errors.js';
import type { Platform } from '../common/collection-types.js';
import type { CollectContext, KnownPost, NormalizedBatch, RawExchange } from './collector.js';

/** The known posts the listing should hold but does not; all of them when it was read to its end. */
function missingFromListing(ctx: CollectContext, batch: NormalizedBatch, complete: boolean) {
  const listed = new Set(batch.posts.map((p) => p.platformId));
  const times = batch.posts.flatMap((p) => (p.postedAt ? [p.postedAt] : [])).sort();
  const windowStart = complete ? null : (times[0] ?? null);
  if (!complete && windowStart === null) return [];
  return (ctx.known ?? []).filter(
    (k) =>
      !listed.has(k.platformId) &&
      (windowStart === null || (k.postedAt !== null && k.postedAt >= windowStart)),
  );
}

/** How one platform is asked about one post, and how its answer is read. */
export interface GoneProbe {
  readonly platform: Platform;
  /** The address of the post by itself. */
  url(post: KnownPost): string;
  /** Statuses that answer about the post (a 404, say) rather than fail the request. */
  readonly answers: readonly number[];
  /**
   * Reads the answer: the words of a "gone" answer, or null after reading the post into the
   * batch. Throws an AppError when the answer cannot be read; it is listed as unread.
   */
  judge(exchange: RawExchange, index: number, batch: NormalizedBatch): string | null;
}

/**
 * Asks for the missing posts, at most the collector's `maxMissingChecks` option (`defaultMax` when
 * unset), appending each answer to `exchanges`. Returns false when the job was aborted first; a
 * refused or rate-limited request ends the asking, never the capture.
 */
export async function confirmMissing(
  ctx: CollectContext,
  probe: GoneProbe,
  run: { batch: NormalizedBatch; exchanges: RawExchange[]; complete: boolean },
  defaultMax: number,
): Promise<boolean> {
  const { batch, exchanges } = run;
  const max = Number(ctx.options.maxMissingChecks ?? defaultMax);
  for (const post of missingFromListing(ctx, batch, run.complete).slice(0, Math.max(0, max))) {
    if (ctx.signal.aborted) return false;
    let exchange: RawExchange;
    try {
      exchange = await ctx.fetch(probe.url(post), { acceptStatus: probe.answers });
    } catch (error) {
      if (ctx.signal.aborted) return false;
      if (!isAppError(error)) throw error;
      return true;
    }
    exchanges.push(exchange);
    const index = exchanges.length - 1;
    try {
      const answer = probe.judge(exchange, index, batch);
      if (answer === null) continue;
      const { status } = exchange.response;
      batch.gone.push({
        platform: probe.platform,
        platformId: post.platformId,
        status,
        answer,
        exchangeIndex: index,
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      batch.unread.push({ exchangeIndex: index, item: 0, reason: error.message });
    }
  }
  return true;
}
