/** Collects an RSS 2.0 or Atom feed by its URL: one request, every item a post. */
import { isAppError } from '../../common/errors.js';
import type { Collector } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { parseFeed } from './feed.parser.js';
import { manifest } from './manifest.js';

export const rssCollector: Collector = {
  manifest,
  async collect(target, ctx) {
    if (target.kind !== 'url')
      return { kind: 'not-applicable', reason: `a feed is collected by its URL, not a ${target.kind}` };
    try {
      const exchange = await ctx.fetch(target.value);
      const batch = emptyBatch();
      parseFeed(exchange.response.body.toString('utf8'), target.value, batch, 0);
      return { kind: 'captured', exchanges: [exchange], entities: batch, pagesFetched: 1, complete: true };
    } catch (error) {
      if (isAppError(error)) return { kind: 'failed', error };
      throw error;
    }
  },
};
