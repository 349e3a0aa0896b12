/**
 * Collects any public web page as one recorded load in Chromium: the page's document, its
 * redirects and everything it loads are recorded by the renderer as the browser receives them,
 * and the screenshot and DOM come from that same load. The page becomes a post of the site's
 * "account", with the images and video it shows as the post's media, so it sits in the case graph
 * like any other post.
 */
import type { Collector, NormalizedBatch, RawExchange, Rendering } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { defineCollector } from '../collector-kit.js';
import { scopeRefusal } from '../scope.js';
import { htmlText } from '../text/html-text.js';
import { statusError } from '../../capture/net/fetch-errors.js';
import { manifest } from './manifest.js';

/** The shown media as the page's post carries them, each with the type it was served as. */
function addShownMedia(batch: NormalizedBatch, rendering: Rendering, pageUrl: string): void {
  for (const shown of rendering.shownMedia) {
    const served = rendering.exchanges.find((e) => e.request.url === shown.url);
    const mediaType = served?.response.headers['content-type']?.split(';')[0]?.trim() ?? shown.kind;
    batch.media.push({
      platform: 'web',
      platformId: shown.url,
      exchangeIndex: 0,
      postId: pageUrl,
      url: shown.url,
      mediaType,
      description: null,
    });
  }
}

/** The page as a post of its site, read from the document as received. */
function pageBatch(document: RawExchange, rendering: Rendering): NormalizedBatch {
  const pageUrl = document.request.url;
  const site = new URL(pageUrl).origin;
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
  const body = htmlText(document.response.body.toString('utf8'));
  batch.posts.push({
    ...common,
    platformId: pageUrl,
    authorId: site,
    url: pageUrl,
    text: body.text,
    postedAt: null,
    editedAt: null,
    lang: null,
    title: rendering.title || null,
  });
  for (const url of body.links) batch.urls.push({ ...common, platformId: pageUrl, from: 'post', url });
  addShownMedia(batch, rendering, pageUrl);
  return batch;
}

export const webCollector: Collector = defineCollector(manifest, async (target, ctx) => {
  const refused = scopeRefusal(target);
  if (refused) return refused;
  if (!ctx.render) return { kind: 'not-applicable', reason: 'no Chromium is available to render the page' };
  const rendering = await ctx.render({
    url: target.value,
    timeoutMs: Number(ctx.options.renderTimeoutMs ?? 20_000),
    width: Number(ctx.options.viewportWidth ?? 1366),
  });
  const document = rendering.exchanges[0];
  if (!document) throw statusError(target.value, 0, {});
  const { status } = document.response;
  if (status < 200 || status >= 300)
    throw statusError(document.request.url, status, document.response.headers);
  return {
    kind: 'captured',
    exchanges: rendering.exchanges,
    entities: pageBatch(document, rendering),
    pagesFetched: 1,
    complete: true,
    rendering,
  };
});
