/**
 * Collects from Bluesky's public AppView: a handle's profile and author feed, or a post search,
 * following the cursor up to the page limit.
 */
import type { CollectionTarget } from '../../common/collection-types.js';
import type { CollectContext, Collector, CollectResult, RawExchange } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { captured, defineCollector } from '../collector-kit.js';
import { scopeRefusal } from '../scope.js';
import { parseJson } from '../text/json-payload.js';
import { addAccount, addFeed, addPost, feedSchema, profileSchema, searchSchema } from './bluesky.parser.js';
import { manifest } from './manifest.js';

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
    addAccount(batch, parseJson(profile, profileSchema), 0);
  }
  let cursor: string | undefined;
  let pages = 0;
  do {
    const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const url =
      target.kind === 'handle'
        ? `${xrpc}/app.bsky.feed.getAuthorFeed?actor=${actor}&limit=${limit}${after}`
        : `${xrpc}/app.bsky.feed.searchPosts?q=${encodeURIComponent(target.value)}&limit=${limit}${after}`;
    const page = await ctx.fetch(url);
    exchanges.push(page);
    const index = exchanges.length - 1;
    if (target.kind === 'handle') {
      const parsed = parseJson(page, feedSchema);
      addFeed(batch, parsed, index);
      cursor = parsed.cursor;
    } else {
      const parsed = parseJson(page, searchSchema);
      for (const post of parsed.posts) addPost(batch, post, index);
      cursor = parsed.cursor;
    }
    pages += 1;
  } while (cursor && pages < maxPages);
  return captured(exchanges, batch, pages, Boolean(cursor));
}

export const blueskyCollector: Collector = defineCollector(manifest, collect);
