/**
 * Collects a public Telegram channel, exactly as far as the decision reaches: its own page alone
 * (ACCOUNT: `t.me/<channel>`, no message), or its web preview (POSTS: `t.me/s/<channel>`), newest
 * page first, older pages by `?before=`, up to the page limit.
 */
import type { CollectionTarget } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import type { CollectContext, Collector, CollectResult, RawExchange } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { captured, defineCollector } from '../collector-kit.js';
import { reachOf, scopeRefusal } from '../scope.js';
import { manifest } from './manifest.js';
import { parsePreview, parseProfile } from './telegram.parser.js';

/** The channel name a target gives (`@name`, `name`, `t.me/name`, `t.me/s/name`). */
const channelOf = (value: string) =>
  value
    .trim()
    .replace(/^@/, '')
    .replace(/^(https?:\/\/)?t\.me\/(s\/)?/, '')
    .replace(/\/.*$/, '');

/**
 * t.me answers a name without a public preview (a private channel, a user, nobody) by
 * redirecting away from /s/; what it then shows is no preview of that channel.
 */
function requirePreview(page: RawExchange, channel: string): void {
  if (!new URL(page.request.url).pathname.startsWith('/s/'))
    throw new AppError('NOT_FOUND', `t.me has no public preview of ${channel}; it sent ${page.request.url}`);
}

async function collect(target: CollectionTarget, ctx: CollectContext): Promise<CollectResult> {
  const refused = scopeRefusal(target);
  if (refused) return refused;
  const channel = channelOf(target.value);
  const base = ctx.options.baseUrl.replace(/\/$/, '');
  const batch = emptyBatch();
  if (reachOf(target) === 'ACCOUNT') {
    const page = await ctx.fetch(`${base}/${encodeURIComponent(channel)}`);
    parseProfile(page.response.body.toString('utf8'), channel, batch, 0);
    return captured([page], batch, 1, false);
  }
  const maxPages = Math.min(ctx.limits.maxPages, Number(ctx.options.maxPages ?? ctx.limits.maxPages));
  const exchanges: RawExchange[] = [];
  let before: string | null = null;
  do {
    const page = await ctx.fetch(
      `${base}/s/${encodeURIComponent(channel)}${before ? `?before=${before}` : ''}`,
    );
    exchanges.push(page);
    requirePreview(page, channel);
    const older = parsePreview(page.response.body.toString('utf8'), channel, batch, exchanges.length - 1);
    // An older page must start below this one, or the paging would go round in circles.
    before =
      older.olderBefore && (!before || Number(older.olderBefore) < Number(before)) ? older.olderBefore : null;
  } while (before && exchanges.length < maxPages);
  return captured(exchanges, batch, exchanges.length, Boolean(before));
}

export const telegramCollector: Collector = defineCollector(manifest, collect);
