/**
 * RSS 2.0 and Atom 1.0 documents read into the collector's entities: the feed as an account, its
 * items or entries as posts, enclosures as media, categories as hashtags, links in the text as URLs.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../common/errors.js';
import type { NormalizedBatch } from '../collector.js';
import { htmlText } from '../text/html-text.js';

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text' });
const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);
const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number'
    ? String(v)
    : v && typeof v === 'object'
      ? text((v as Node)['#text'])
      : '';
const iso = (v: unknown): string | null => {
  const t = Date.parse(text(v));
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

/** Parses a feed; PAYLOAD_INVALID when it is not well-formed RSS or Atom. */
export function parseFeed(xml: string, feedUrl: string, batch: NormalizedBatch, exchangeIndex: number): void {
  if (XMLValidator.validate(xml) !== true)
    throw new AppError('PAYLOAD_INVALID', `${feedUrl} is not well-formed XML`);
  const doc = parser.parse(xml) as Node;
  const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (!channel && !atom) throw new AppError('PAYLOAD_INVALID', `${feedUrl} is neither RSS 2.0 nor Atom`);
  const feed = (channel ?? atom)!;
  const common = { platform: 'rss' as const, exchangeIndex };
  batch.accounts.push({
    ...common,
    platformId: feedUrl,
    handle: text(feed.title) || feedUrl,
    displayName: text(feed.title) || null,
    url: channel ? text(channel.link) || feedUrl : feedUrl,
    bio: text(channel?.description ?? atom?.subtitle) || null,
    avatarUrl: null,
    createdAt: null,
  });
  const entries = channel ? list(channel.item) : list(atom!.entry);
  for (const entry of entries) {
    const links = list(entry.link);
    const alternate = channel
      ? text(entry.link)
      : ((links.find((l) => !l['@rel'] || l['@rel'] === 'alternate')?.['@href'] as string | undefined) ?? '');
    const id = text(entry.guid) || text(entry.id) || alternate;
    if (!id) continue;
    const body = htmlText(
      text(entry.description ?? entry['content:encoded'] ?? entry.summary ?? entry.content),
    );
    const title = text(entry.title) || null;
    batch.posts.push({
      ...common,
      platformId: id,
      authorId: feedUrl,
      url: alternate || null,
      text: [title, body.text].filter(Boolean).join('\n'),
      postedAt: iso(entry.pubDate ?? entry.published ?? entry.updated),
      editedAt: channel ? null : iso(entry.updated),
      lang: null,
      title,
    });
    const enclosures = channel
      ? list(entry.enclosure).map((e) => ({ url: e['@url'] as string, type: e['@type'] as string }))
      : links
          .filter((l) => l['@rel'] === 'enclosure')
          .map((l) => ({ url: l['@href'] as string, type: l['@type'] as string }));
    for (const [i, e] of enclosures.entries()) {
      if (e.url)
        batch.media.push({
          ...common,
          platformId: `${id}#${i}`,
          postId: id,
          url: e.url,
          mediaType: e.type ?? 'application/octet-stream',
          description: null,
        });
    }
    for (const c of list(entry.category)) {
      const tag = (text(c) || String(c['@term'] ?? '')).toLowerCase().trim();
      if (tag) batch.hashtags.push({ ...common, platformId: id, postId: id, tag });
    }
    for (const url of body.links) batch.urls.push({ ...common, platformId: id, from: 'post', url });
  }
}
