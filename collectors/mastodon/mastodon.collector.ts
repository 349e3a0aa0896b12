/**
 * Collects a Mastodon account's public statuses (or a hashtag's timeline) through the instance's
 * public REST API, page by page along the Link header, up to the page limit.
 */
import type { CollectionTarget } from '../../common/collection-types.js';
import type { CollectContext, Collector, CollectResult, RawExchange } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { captured, defineCollector } from '../collector-kit.js';
import { scopeRefusal } from '../scope.js';
import { parseJson } from '../text/json-payload.js';
import { manifest } from './manifest.js';
import { accountSchema, addAccount, addStatuses, nextLink, statusesSchema } from './mastodon.parser.js';

async function collect(target: CollectionTarget, ctx: CollectContext): Promise<CollectResult> {
  const refused = scopeRefusal(target);
  if (refused) return refused;
  const base = ctx.options.baseUrl.replace(/\/$/, '');
  const maxPages = Math.min(ctx.limits.maxPages, Number(ctx.options.maxPages ?? ctx.limits.maxPages));
  const exchanges: RawExchange[] = [];
  const batch = emptyBatch();
  const pageSize = Number(ctx.options.pageSize ?? 40);
  let firstPage: string;
  if (target.kind === 'handle') {
    const acct = target.value.replace(/^@/, '');
    const lookup = await ctx.fetch(`${base}/api/v1/accounts/lookup?acct=${encodeURIComponent(acct)}`);
    exchanges.push(lookup);
    const account = parseJson(lookup, accountSchema);
    addAccount(batch, account, 0);
    firstPage = `${base}/api/v1/accounts/${encodeURIComponent(account.id)}/statuses?limit=${pageSize}`;
  } else if (target.kind === 'hashtag') {
    firstPage = `${base}/api/v1/timelines/tag/${encodeURIComponent(target.value.replace(/^#/, ''))}?limit=${pageSize}`;
  } else {
    return {
      kind: 'not-applicable',
      reason: `the Mastodon collector takes handles and hashtags, not a ${target.kind}`,
    };
  }
  let next: string | null = firstPage;
  let pages = 0;
  while (next && pages < maxPages) {
    if (ctx.signal.aborted)
      return {
        kind: 'captured',
        exchanges,
        entities: batch,
        pagesFetched: pages,
        complete: false,
        stoppedBecause: 'aborted',
      };
    const page = await ctx.fetch(next);
    exchanges.push(page);
    addStatuses(batch, parseJson(page, statusesSchema), exchanges.length - 1);
    pages += 1;
    next = nextLink(page.response.headers.link);
  }
  return captured(exchanges, batch, pages, Boolean(next));
}

export const mastodonCollector: Collector = defineCollector(manifest, collect);
