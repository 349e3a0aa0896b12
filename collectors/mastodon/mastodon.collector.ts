/**
 * Collects a Mastodon account's public statuses (or a hashtag's timeline) through the instance's
 * public REST API, page by page along the Link header up to the page limit, then the edit history
 * of the statuses that were edited, then the statuses the case read before that the pages no
 * longer hold (mastodon-gone.ts).
 */
import type { CollectionTarget } from '../../common/collection-types.js';
import type { CollectContext, Collector, CollectResult, NormalizedBatch, RawExchange } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { aborted, captured, defineCollector } from '../collector-kit.js';
import { scopeRefusal } from '../scope.js';
import { readEach } from '../text/each-item.js';
import { parseJson } from '../text/json-payload.js';
import { confirmMissing } from '../known-missing.js';
import { manifest } from './manifest.js';
import { mastodonGoneProbe } from './mastodon-gone.js';
import { addEditHistories } from './mastodon-history.js';
import { addAccount, addTimelineStatus, nextLink } from './mastodon.parser.js';
import { accountSchema, listSchema, statusSchema } from './mastodon.schema.js';

interface Run {
  readonly ctx: CollectContext;
  readonly base: string;
  readonly exchanges: RawExchange[];
  readonly batch: NormalizedBatch;
}

/** The first page of statuses for the target (looking the account up first), or null. */
async function firstPage(run: Run, target: CollectionTarget): Promise<string | null> {
  const pageSize = Number(run.ctx.options.pageSize ?? 40);
  if (target.kind === 'handle') {
    const acct = target.value.replace(/^@/, '');
    const lookup = await run.ctx.fetch(`${run.base}/api/v1/accounts/lookup?acct=${encodeURIComponent(acct)}`);
    run.exchanges.push(lookup);
    const account = parseJson(lookup, accountSchema);
    addAccount(run.batch, account, 0);
    return `${run.base}/api/v1/accounts/${encodeURIComponent(account.id)}/statuses?limit=${pageSize}`;
  }
  if (target.kind === 'hashtag') {
    const tag = encodeURIComponent(target.value.replace(/^#/, ''));
    return `${run.base}/api/v1/timelines/tag/${tag}?limit=${pageSize}`;
  }
  return null;
}

/** Reads pages until none is left or the limit is reached; each status is read on its own. */
async function readPages(run: Run, first: string, maxPages: number) {
  let next: string | null = first;
  let pages = 0;
  while (next && pages < maxPages) {
    if (run.ctx.signal.aborted) return { pages, next, aborted: true };
    const page = await run.ctx.fetch(next);
    run.exchanges.push(page);
    const index = run.exchanges.length - 1;
    readEach(run.batch, index, parseJson(page, listSchema), statusSchema, (status, into) =>
      addTimelineStatus(into, status, index),
    );
    pages += 1;
    next = nextLink(page.response.headers.link);
  }
  return { pages, next, aborted: false };
}

async function collect(target: CollectionTarget, ctx: CollectContext): Promise<CollectResult> {
  const refused = scopeRefusal(target);
  if (refused) return refused;
  const run: Run = { ctx, base: ctx.options.baseUrl.replace(/\/$/, ''), exchanges: [], batch: emptyBatch() };
  const first = await firstPage(run, target);
  if (!first) {
    return {
      kind: 'not-applicable',
      reason: `the Mastodon collector takes handles and hashtags, not a ${target.kind}`,
    };
  }
  const maxPages = Math.min(ctx.limits.maxPages, Number(ctx.options.maxPages ?? ctx.limits.maxPages));
  const read = await readPages(run, first, maxPages);
  const maxHistories = Number(ctx.options.maxEditHistories ?? manifest.options.maxEditHistories.default);
  const maxChecks = manifest.options.maxMissingChecks.default;
  const complete = !read.next;
  const stopped =
    read.aborted ||
    !(await addEditHistories(ctx, run.base, run.batch, run.exchanges, maxHistories)) ||
    !(await confirmMissing(ctx, mastodonGoneProbe(run.base), { ...run, complete }, maxChecks));
  if (stopped) return aborted(run.exchanges, run.batch, read.pages);
  return captured(run.exchanges, run.batch, read.pages, !complete);
}

export const mastodonCollector: Collector = defineCollector(manifest, collect);
