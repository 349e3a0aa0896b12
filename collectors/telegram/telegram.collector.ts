/** Collects a public Telegram channel from its web preview, newest page first, older pages by `before`. */
import type { CollectionTarget } from '../../common/collection-types.js';
import type { CollectContext, Collector, CollectResult, RawExchange } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { captured, defineCollector } from '../collector-kit.js';
import { manifest } from './manifest.js';
import { parsePreview } from './telegram.parser.js';

async function collect(target: CollectionTarget, ctx: CollectContext): Promise<CollectResult> {
  if (target.kind !== 'handle')
    return { kind: 'not-applicable', reason: `a channel is collected by its name, not a ${target.kind}` };
  const channel = target.value.replace(/^@/, '').replace(/^https?:\/\/t\.me\/(s\/)?/, '');
  const base = ctx.options.baseUrl.replace(/\/$/, '');
  const maxPages = Math.min(ctx.limits.maxPages, Number(ctx.options.maxPages ?? ctx.limits.maxPages));
  const exchanges: RawExchange[] = [];
  const batch = emptyBatch();
  let before: string | null = null;
  do {
    const page = await ctx.fetch(
      `${base}/s/${encodeURIComponent(channel)}${before ? `?before=${before}` : ''}`,
    );
    exchanges.push(page);
    before = parsePreview(
      page.response.body.toString('utf8'),
      channel,
      batch,
      exchanges.length - 1,
    ).olderBefore;
  } while (before && exchanges.length < maxPages);
  return captured(exchanges, batch, exchanges.length, Boolean(before));
}

export const telegramCollector: Collector = defineCollector(manifest, collect);
