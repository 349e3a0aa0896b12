import { blueskyCollector } from './bluesky/bluesky.collector.js';
import type { Collector } from './collector.js';
import { mastodonCollector } from './mastodon/mastodon.collector.js';
import { redditCollector } from './reddit/reddit.collector.js';
import { rssCollector } from './rss/rss.collector.js';
import { telegramCollector } from './telegram/telegram.collector.js';
import { webCollector } from './web/web.collector.js';

/** Every collector casegraph ships; adding a platform means adding its folder and a line here. */
export function platformCollectors(): Collector[] {
  return [
    blueskyCollector,
    mastodonCollector,
    redditCollector,
    rssCollector,
    telegramCollector,
    webCollector,
  ];
}
