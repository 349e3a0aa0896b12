/**
 * RSS 2.0, RSS 1.0 (RDF Site Summary) and Atom 1.0 documents read into the collector's entities:
 * the feed as an account, its items or entries as posts, enclosures and Media RSS files as media,
 * categories as hashtags, links in the text as URLs. The document is checked as a whole (it must
 * be well-formed XML and one of the three formats); each item is then read on its own, so one the
 * parser cannot read is listed instead of failing the feed.
 */
import { XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { AppError } from '../../common/errors.js';
import type { NormalizedBatch } from '../collector.js';
import { readEach } from '../text/each-item.js';
import { atomEntryParts, atomLinks, emitItem, resolve, rssItemParts, type FeedContext } from './feed-item.js';
import {
  atomType,
  attr,
  child,
  children,
  constructText,
  feedParser,
  list,
  Names,
  textOf,
  type XmlNode,
} from './feed-xml.js';

type Format = 'rss' | 'rdf' | 'atom';

/** The document's format and its channel (RSS) or feed (Atom) element. */
function envelope(
  doc: XmlNode,
  names: Names,
  feedUrl: string,
): { format: Format; feed: XmlNode; root: XmlNode } {
  const rss = doc.rss as XmlNode | undefined;
  const channel = rss && typeof rss === 'object' ? (rss.channel as XmlNode | undefined) : undefined;
  if (channel && typeof channel === 'object') return { format: 'rss', feed: channel, root: rss! };
  const rdf = child(doc, names.keys('rdf', 'RDF')) as XmlNode | undefined;
  const rdfChannel = child(rdf, names.keys('rss1', 'channel')) as XmlNode | undefined;
  if (rdf && rdfChannel && typeof rdfChannel === 'object')
    return { format: 'rdf', feed: rdfChannel, root: rdf };
  const atom = child(doc, names.keys('atom', 'feed')) as XmlNode | undefined;
  if (atom && typeof atom === 'object') return { format: 'atom', feed: atom, root: atom };
  throw new AppError('PAYLOAD_INVALID', `${feedUrl} is neither RSS 2.0, RSS 1.0 nor Atom`);
}

/** The feed's image: RSS `image/url` (beside the channel in RSS 1.0), `itunes:image`, Atom `logo` or `icon`. */
function avatarOf(names: Names, format: Format, feed: XmlNode, root: XmlNode, base: string): string | null {
  const url = (image: unknown, ns: 'none' | 'rss1') => textOf(child(image as XmlNode, names.keys(ns, 'url')));
  const candidates =
    format === 'atom'
      ? [textOf(child(feed, names.keys('atom', 'logo'))), textOf(child(feed, names.keys('atom', 'icon')))]
      : format === 'rdf'
        ? [url(child(root, names.keys('rss1', 'image')), 'rss1')]
        : [url(child(feed, ['image']), 'none'), attr(child(feed, names.keys('itunes', 'image')), 'href')];
  return candidates.map((c) => resolve(c, base)).find((c) => c) ?? null;
}

/** Feed-level facts for the account's details. */
function feedFacts(names: Names, format: Format, feed: XmlNode, base: string): Record<string, unknown> {
  const pick = (ns: Parameters<Names['keys']>[0], local: string) =>
    textOf(child(feed, names.keys(ns, local)));
  const self =
    format === 'atom'
      ? atomLinks(names, feed, base)
      : children(feed, names.keys('atom', 'link')).map((l) => ({
          rel: attr(l, 'rel'),
          href: resolve(attr(l, 'href'), base),
        }));
  const facts: Record<string, unknown> = {
    format: format === 'rss' ? 'RSS 2.0' : format === 'rdf' ? 'RSS 1.0' : 'Atom 1.0',
    selfUrl: self.find((l) => l.rel === 'self')?.href ?? undefined,
    hubUrl: self.find((l) => l.rel === 'hub')?.href ?? undefined,
    atomId: format === 'atom' ? pick('atom', 'id') : undefined,
    updated:
      format === 'atom' ? pick('atom', 'updated') : pick('none', 'lastBuildDate') || pick('dc', 'date'),
    generator: pick(format === 'atom' ? 'atom' : 'none', 'generator'),
    rights:
      format === 'atom'
        ? constructText(child(feed, names.keys('atom', 'rights')), 'text').text
        : pick('none', 'copyright') || pick('dc', 'rights'),
    managingEditor: pick('none', 'managingEditor'),
    itunesAuthor: pick('itunes', 'author'),
    itunesOwner: textOf(
      child(child(feed, names.keys('itunes', 'owner')) as XmlNode, names.keys('itunes', 'name')),
    ),
    itunesCategories: children(feed, names.keys('itunes', 'category')).map((c) => attr(c, 'text')),
    itunesExplicit: pick('itunes', 'explicit'),
  };
  return Object.fromEntries(
    Object.entries(facts).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)),
  );
}

/** The feed as the account its items are posted by; its alternate link is the account's URL. */
function addFeedAccount(
  batch: NormalizedBatch,
  ctx: FeedContext,
  format: Format,
  feed: XmlNode,
  root: XmlNode,
): void {
  const { names, base } = ctx;
  const ns = format === 'atom' ? 'atom' : format === 'rdf' ? 'rss1' : 'none';
  const titleNode = child(feed, names.keys(ns, 'title'));
  const title = constructText(titleNode, format === 'atom' ? atomType(titleNode) : 'title').text;
  const alternate =
    format === 'atom'
      ? atomLinks(names, feed, base).find((l) => l.rel === 'alternate')?.href
      : resolve(textOf(child(feed, names.keys(ns, 'link'))), base);
  const bioNode =
    format === 'atom'
      ? child(feed, names.keys('atom', 'subtitle'))
      : child(feed, names.keys(ns, 'description'));
  batch.accounts.push({
    platform: 'rss',
    platformId: ctx.feedUrl,
    exchangeIndex: ctx.exchangeIndex,
    handle: title || ctx.feedUrl,
    displayName: title || null,
    url: alternate ?? ctx.feedUrl,
    bio: constructText(bioNode, format === 'atom' ? atomType(bioNode) : 'html').text || null,
    avatarUrl: avatarOf(names, format, feed, root, base),
    createdAt: null,
    details: feedFacts(names, format, feed, base),
  });
}

const itemSchema = z.custom<XmlNode>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  'an item must be an element, not bare text',
);

/** Well-formed XML only: a feed that is not is not read at all (the evidence keeps its bytes). */
function parseDocument(xml: string, feedUrl: string): { doc: XmlNode; names: Names } {
  if (XMLValidator.validate(xml) !== true)
    throw new AppError('PAYLOAD_INVALID', `${feedUrl} is not well-formed XML`);
  const names = new Names(xml);
  return { doc: feedParser(names).parse(xml) as XmlNode, names };
}

/** Parses a feed into `batch`; PAYLOAD_INVALID when it is not well-formed RSS or Atom. */
export function parseFeed(xml: string, feedUrl: string, batch: NormalizedBatch, exchangeIndex: number): void {
  const { doc, names } = parseDocument(xml, feedUrl);
  const { format, feed, root } = envelope(doc, names, feedUrl);
  const base = resolve(attr(feed, 'xml:base') || attr(root, 'xml:base'), feedUrl) ?? feedUrl;
  const ctx: FeedContext = {
    names,
    feedUrl,
    base,
    lang:
      textOf(child(feed, ['language'])) ||
      attr(feed, 'xml:lang') ||
      attr(root, 'xml:lang') ||
      textOf(child(feed, names.keys('dc', 'language'))) ||
      null,
    feedAuthors:
      format === 'atom'
        ? children(feed, names.keys('atom', 'author')).map((a) =>
            textOf(child(a, names.keys('atom', 'name'))),
          )
        : [],
    exchangeIndex,
  };
  addFeedAccount(batch, ctx, format, feed, root);
  const items =
    format === 'atom'
      ? children(feed, names.keys('atom', 'entry'))
      : format === 'rdf'
        ? children(root, names.keys('rss1', 'item'))
        : list(feed.item);
  readEach(batch, exchangeIndex, items, itemSchema, (item, into) =>
    emitItem(
      into,
      ctx,
      format === 'atom' ? atomEntryParts(ctx, item) : rssItemParts(ctx, item, format === 'rdf'),
    ),
  );
}
