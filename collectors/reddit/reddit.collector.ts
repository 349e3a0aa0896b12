/**
 * Collects from Reddit's public JSON, exactly as far as the decision reaches: a user's profile
 * (ACCOUNT: about.json alone), a user's profile, submissions and comments (POSTS), or a
 * subreddit's newest posts (TAG: a community's listing is every member's posts). Listings are
 * followed along `after` up to the page limit.
 */
import type { CollectionTarget } from '../../common/collection-types.js';
import type { CollectContext, Collector, CollectResult, NormalizedBatch, RawExchange } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { aborted, captured, defineCollector } from '../collector-kit.js';
import { confirmMissing } from '../known-missing.js';
import { reachOf, scopeRefusal } from '../scope.js';
import { parseJson } from '../text/json-payload.js';
import { manifest } from './manifest.js';
import { redditGoneProbe } from './reddit-gone.js';
import { redditUserOf, subredditOf } from './reddit-target.js';
import { addListing, addUser, type RedditContext } from './reddit.parser.js';
import { aboutSchema, listingSchema } from './reddit.schemas.js';

interface Run {
  readonly ctx: CollectContext;
  readonly reddit: RedditContext;
  readonly exchanges: RawExchange[];
  readonly batch: NormalizedBatch;
  readonly maxPages: number;
  readonly pageSize: number;
}

/** Reads one listing along `after`; true when the page limit stopped it before its end. */
async function readListing(run: Run, listing: string): Promise<{ pages: number; more: boolean }> {
  let after: string | null | undefined = null;
  let pages = 0;
  do {
    // raw_json=1: text as written, without Reddit's legacy HTML escaping of <, > and &.
    const query = `limit=${run.pageSize}&raw_json=1${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const page = await run.ctx.fetch(`${listing}?${query}`);
    run.exchanges.push(page);
    const parsed = parseJson(page, listingSchema);
    addListing(run.batch, parsed, run.reddit, run.exchanges.length - 1);
    after = parsed.data.after;
    pages += 1;
  } while (after && pages < run.maxPages);
  return { pages, more: Boolean(after) };
}

/**
 * Reads the listings in order; the capture is complete when every one reached its end. Of a user's
 * listings, a thing the case read before that neither holds is asked for by itself (reddit-gone.ts).
 */
async function readListings(run: Run, listings: readonly string[], ofUser: boolean): Promise<CollectResult> {
  let pages = 0;
  let more = false;
  for (const listing of listings) {
    const read = await readListing(run, listing);
    pages += read.pages;
    more ||= read.more;
  }
  if (ofUser) {
    const { ctx, batch, exchanges } = run;
    const asked = { batch, exchanges, complete: !more };
    const max = manifest.options.maxMissingChecks.default;
    if (!(await confirmMissing(ctx, redditGoneProbe(run.reddit), asked, max))) {
      return aborted(exchanges, batch, pages);
    }
  }
  return captured(run.exchanges, run.batch, pages, more);
}

async function collect(target: CollectionTarget, ctx: CollectContext): Promise<CollectResult> {
  const refused = scopeRefusal(target);
  if (refused) return refused;
  const base = ctx.options.baseUrl.replace(/\/$/, '');
  const run: Run = {
    ctx,
    reddit: { base, knownUsers: new Map() },
    exchanges: [],
    batch: emptyBatch(),
    maxPages: Math.min(ctx.limits.maxPages, Number(ctx.options.maxPages ?? ctx.limits.maxPages)),
    pageSize: Number(ctx.options.pageSize ?? 100),
  };
  const subreddit = subredditOf(target.value);
  if (subreddit) return readListings(run, [`${base}/r/${encodeURIComponent(subreddit)}/new.json`], false);
  const user = encodeURIComponent(redditUserOf(target.value));
  const about = await ctx.fetch(`${base}/user/${user}/about.json?raw_json=1`);
  run.exchanges.push(about);
  addUser(run.batch, parseJson(about, aboutSchema), run.reddit, 0);
  // ACCOUNT: the profile alone, one page; no listing of posts is requested.
  if (reachOf(target) === 'ACCOUNT') return captured(run.exchanges, run.batch, 1, false);
  return readListings(
    run,
    [`${base}/user/${user}/submitted.json`, `${base}/user/${user}/comments.json`],
    true,
  );
}

export const redditCollector: Collector = defineCollector(manifest, collect);
