/**
 * Posts the case read before that this capture's listing no longer holds, asked for one by one
 * (GET /api/v1/statuses/:id, public for public statuses). A 404 or 410 is the instance saying the
 * status is gone, a stronger proof than its absence from a listing, and the answer is kept as an
 * exchange like every other; a status that is still there is read as a post of the capture, so it
 * is not taken for deleted. Only posts inside the time window the listing covered are asked for
 * (an older post is simply beyond the pages read), at most the manifest's bound.
 */
import { isAppError } from '../../common/errors.js';
import type { CollectContext, NormalizedBatch, RawExchange } from '../collector.js';
import { parseJson } from '../text/json-payload.js';
import { addTimelineStatus } from './mastodon.parser.js';
import { statusSchema } from './mastodon.schema.js';

/** What the instance answers for a status that was deleted (or never public). */
const GONE = [404, 410];

/** The known posts the listing should hold but does not. */
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

/**
 * Asks for up to `max` missing posts, appending each answer to `exchanges`. Returns false when the
 * job was aborted first; a refused or rate-limited request ends the asking, never the capture.
 */
export async function confirmMissing(
  ctx: CollectContext,
  base: string,
  run: { batch: NormalizedBatch; exchanges: RawExchange[]; complete: boolean },
  max: number,
): Promise<boolean> {
  const { batch, exchanges } = run;
  for (const post of missingFromListing(ctx, batch, run.complete).slice(0, Math.max(0, max))) {
    if (ctx.signal.aborted) return false;
    const url = `${base}/api/v1/statuses/${encodeURIComponent(post.platformId)}`;
    let exchange: RawExchange;
    try {
      exchange = await ctx.fetch(url, { acceptStatus: GONE });
    } catch (error) {
      if (ctx.signal.aborted) return false;
      if (!isAppError(error)) throw error;
      return true;
    }
    exchanges.push(exchange);
    const index = exchanges.length - 1;
    const { status } = exchange.response;
    if (GONE.includes(status)) {
      batch.gone.push({ platform: 'mastodon', platformId: post.platformId, status, exchangeIndex: index });
      continue;
    }
    try {
      addTimelineStatus(batch, parseJson(exchange, statusSchema), index);
    } catch (error) {
      if (!isAppError(error)) throw error;
      batch.unread.push({ exchangeIndex: index, item: 0, reason: error.message });
    }
  }
  return true;
}
