/**
 * Collects from Bluesky's public AppView: a handle's profile and author feed (pinned post
 * included), or a post search, following the cursor up to the page limit. Each item of a page is
 * read on its own, so one the parser cannot read is listed instead of failing the page. A post the
 * case read before that the author feed no longer holds is asked for by itself (bluesky-gone.ts).
 */
import type { CollectionTarget } from '../../common/collection-types.js';
import type { CollectContext, Collector, CollectResult, NormalizedBatch, RawExchange } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { aborted, captured, defineCollector } from '../collector-kit.js';
import { confirmMissing } from '../known-missing.js';
import { scopeRefusal } from '../scope.js';
import { readEach } from '../text/each-item.js';
import { parseJson } from '../text/json-payload.js';
import { blueskyGoneProbe } from './bluesky-gone.js';
import { addAccount, addFeedItem, addPost } from './bluesky.parser.js';
import {
  feedPageSchema,
  feedViewPostSchema,
  postViewSchema,
  profileDetailedSchema,
  searchPageSchema,
} from './bluesky.schema.js';
import { manifest } from './manifest.js';

/** Reads one page into the batch and returns the cursor of the next one. */
function readPage(target: CollectionTarget, batch: NormalizedBatch, page: RawExchange, index: number) {
  if (target.kind === 'handle') {
    const parsed = parseJson(page, feedPageSchema);
    readEach(batch, index, parsed.feed, feedViewPostSchema, (item, into) => addFeedItem(into, item, index));
    return parsed.cursor;
  }
  const parsed = parseJson(page, searchPageSchema);
  readEach(batch, index, parsed.posts, postViewSchema, (post, into) => addPost(into, post, index));
  return parsed.cursor;
}

async function collect(target: CollectionTarget, ctx: CollectContext): Promise<CollectResult> {
  const refused = scopeRefusal(target);
  if (refused) return refused;
  if (target.kind !== 'handle' && target.kind !== 'search') {
    return {
      kind: 'not-applicable',
      reason: `the Bluesky collector takes handles and searches, not a ${target.kind}`,
    };
  }
  const xrpc = `${ctx.options.baseUrl.replace(/\/$/, '')}/xrpc`;
  const maxPages = Math.min(ctx.limits.maxPages, Number(ctx.options.maxPages ?? ctx.limits.maxPages));
  const limit = Number(ctx.options.pageSize ?? 100);
  const exchanges: RawExchange[] = [];
  const batch = emptyBatch();
  const actor = encodeURIComponent(target.value.replace(/^@/, ''));
  if (target.kind === 'handle') {
    const profile = await ctx.fetch(`${xrpc}/app.bsky.actor.getProfile?actor=${actor}`);
    exchanges.push(profile);
    addAccount(batch, parseJson(profile, profileDetailedSchema), 0);
  }
  let cursor: string | undefined;
  let pages = 0;
  do {
    if (ctx.signal.aborted) return aborted(exchanges, batch, pages);
    const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    // The pinned post is asked for: a profile shows it first, and it is what the account put forward.
    const url =
      target.kind === 'handle'
        ? `${xrpc}/app.bsky.feed.getAuthorFeed?actor=${actor}&limit=${limit}&includePins=true${after}`
        : `${xrpc}/app.bsky.feed.searchPosts?q=${encodeURIComponent(target.value)}&limit=${limit}${after}`;
    const page = await ctx.fetch(url);
    exchanges.push(page);
    cursor = readPage(target, batch, page, exchanges.length - 1);
    pages += 1;
  } while (cursor && pages < maxPages);
  if (target.kind === 'handle') {
    const run = { batch, exchanges, complete: !cursor };
    const max = manifest.options.maxMissingChecks.default;
    if (!(await confirmMissing(ctx, blueskyGoneProbe(xrpc), run, max))) {
      return aborted(exchanges, batch, pages);
    }
  }
  return captured(exchanges, batch, pages, Boolean(cursor));
}

export const blueskyCollector: Collector = defineCollector(manifest, collect);
