/** Collects an RSS 2.0 or Atom feed by its URL: one request, every item a post. */
import type { Collector } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { captured, defineCollector } from '../collector-kit.js';
import { parseFeed } from './feed.parser.js';
import { manifest } from './manifest.js';

export const rssCollector: Collector = defineCollector(manifest, async (target, ctx) => {
  if (target.kind !== 'url') {
    return { kind: 'not-applicable', reason: `a feed is collected by its URL, not a ${target.kind}` };
  }
  const exchange = await ctx.fetch(target.value);
  const batch = emptyBatch();
  parseFeed(exchange.response.body.toString('utf8'), target.value, batch, 0);
  return captured([exchange], batch, 1, false);
});
