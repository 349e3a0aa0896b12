/**
 * Collects any public web page: first the raw HTTP exchange through the guarded fetch (which also
 * proves the job's gate decision), then the page rendered in Chromium for its screenshot and DOM.
 * The page becomes a post of the site's "account", so it sits in the case graph like any other.
 */
import type { Collector } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { defineCollector } from '../collector-kit.js';
import { scopeRefusal } from '../scope.js';
import { htmlText } from '../text/html-text.js';
import { manifest } from './manifest.js';

export const webCollector: Collector = defineCollector(manifest, async (target, ctx) => {
  const refused = scopeRefusal(target);
  if (refused) return refused;
  if (!ctx.render) return { kind: 'not-applicable', reason: 'no Chromium is available to render the page' };
  const exchange = await ctx.fetch(target.value);
  const rendering = await ctx.render({
    url: exchange.request.url,
    timeoutMs: Number(ctx.options.renderTimeoutMs ?? 20_000),
    width: Number(ctx.options.viewportWidth ?? 1366),
    userAgent: exchange.request.headers['user-agent'] ?? 'casegraph',
  });
  const site = new URL(exchange.request.url).origin;
  const batch = emptyBatch();
  const common = { platform: 'web' as const, exchangeIndex: 0 };
  batch.accounts.push({
    ...common,
    platformId: site,
    handle: new URL(site).host,
    displayName: null,
    url: site,
    bio: null,
    avatarUrl: null,
    createdAt: null,
  });
  const body = htmlText(exchange.response.body.toString('utf8'));
  batch.posts.push({
    ...common,
    platformId: exchange.request.url,
    authorId: site,
    url: exchange.request.url,
    text: body.text,
    postedAt: null,
    editedAt: null,
    lang: null,
    title: rendering.title || null,
  });
  for (const url of body.links)
    batch.urls.push({ ...common, platformId: exchange.request.url, from: 'post', url });
  return {
    kind: 'captured',
    exchanges: [exchange],
    entities: batch,
    pagesFetched: 1,
    complete: true,
    rendering,
  };
});
