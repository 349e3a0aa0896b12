/**
 * Collects from Reddit's public JSON: `u/<name>` (or a bare name) reads the user's profile,
 * submissions and comments; `r/<subreddit>` reads the subreddit's newest posts. Listings are
 * followed along `after` up to the page limit.
 */
import type { CollectionTarget } from '../../common/collection-types.js';
import type { CollectContext, Collector, CollectResult, RawExchange } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { captured, defineCollector } from '../collector-kit.js';
import { parseJson } from '../text/json-payload.js';
import { manifest } from './manifest.js';
import { aboutSchema, addListing, addUser, listingSchema } from './reddit.parser.js';

async function collect(target: CollectionTarget, ctx: CollectContext): Promise<CollectResult> {
  if (target.kind !== 'handle')
    return {
      kind: 'not-applicable',
      reason: `Reddit targets are u/<user> or r/<subreddit>, not a ${target.kind}`,
    };
  const base = ctx.options.baseUrl.replace(/\/$/, '');
  const maxPages = Math.min(ctx.limits.maxPages, Number(ctx.options.maxPages ?? ctx.limits.maxPages));
  const pageSize = Number(ctx.options.pageSize ?? 100);
  const exchanges: RawExchange[] = [];
  const batch = emptyBatch();
  const name = target.value.replace(/^\/?(u|user)\//, '').replace(/^\//, '');
  const subreddit = /^\/?r\/([\w-]+)$/.exec(target.value)?.[1];
  const listings = subreddit
    ? [`${base}/r/${subreddit}/new.json`]
    : [`${base}/user/${name}/submitted.json`, `${base}/user/${name}/comments.json`];
  if (!subreddit) {
    const about = await ctx.fetch(`${base}/user/${encodeURIComponent(name)}/about.json`);
    exchanges.push(about);
    addUser(batch, parseJson(about, aboutSchema), base, 0);
  }
  let complete = true;
  let pages = 0;
  for (const listing of listings) {
    let after: string | null = null;
    let read = 0;
    do {
      const url = `${listing}?limit=${pageSize}&raw_json=1${after ? `&after=${encodeURIComponent(after)}` : ''}`;
      const page = await ctx.fetch(url);
      exchanges.push(page);
      const parsed = parseJson(page, listingSchema);
      addListing(batch, parsed, base, exchanges.length - 1);
      after = parsed.data.after;
      read += 1;
      pages += 1;
    } while (after && read < maxPages);
    if (after) complete = false;
  }
  return captured(exchanges, batch, pages, !complete);
}

export const redditCollector: Collector = defineCollector(manifest, collect);
