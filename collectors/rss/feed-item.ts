/**
 * One item of a feed (an RSS 2.0 or RSS 1.0 `item`, an Atom `entry`) read into its parts, then
 * into entities. An item without a guid, id or link is kept: its id is the SHA-256 of a canonical
 * form of what it says, so the same item read again gets the same id.
 */
import crypto from 'node:crypto';
import { AppError } from '../../common/errors.js';
import type { NormalizedBatch } from '../collector.js';
import { rfc3339Instant, type Instant } from '../text/instants.js';
import { rfc822Instant } from './feed-dates.js';
import { readMedia, thumbnails, type FeedMedia } from './feed-media.js';
import {
  atomType,
  attr,
  child,
  children,
  constructText,
  textOf,
  type Names,
  type Namespace,
  type XmlNode,
} from './feed-xml.js';

/** What every item of one feed shares. */
export interface FeedContext {
  readonly names: Names;
  readonly feedUrl: string;
  /** The base relative links resolve against: the feed's xml:base, else its URL. */
  readonly base: string;
  readonly lang: string | null;
  /** Atom: the feed's authors, which an entry without its own inherits (RFC 4287 §4.2.1). */
  readonly feedAuthors: readonly string[];
  readonly exchangeIndex: number;
}

/** A time as the item wrote it, and how it was read. */
interface WrittenTime {
  readonly field: string;
  readonly written: string;
  readonly instant: Instant;
}

/** An item's parts, whatever the format. */
interface ItemParts {
  readonly id: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly body: { readonly text: string; readonly links: readonly string[] };
  readonly posted: WrittenTime | null;
  readonly edited: WrittenTime | null;
  readonly media: readonly FeedMedia[];
  readonly tags: readonly string[];
  readonly related: readonly string[];
  readonly lang: string | null;
  readonly details: Record<string, unknown>;
}

const get = (ctx: FeedContext, node: XmlNode, ns: Namespace, local: string) =>
  child(node, ctx.names.keys(ns, local));
const all = (ctx: FeedContext, node: XmlNode, ns: Namespace, local: string) =>
  children(node, ctx.names.keys(ns, local));

/** A URL resolved against the base; null when it is not one. */
export function resolve(href: string, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

function time(field: string, value: string, read: (v: string) => Instant): WrittenTime | null {
  return value ? { field, written: value, instant: read(value) } : null;
}

/** The item's id when it has none: SHA-256 over its title, text, time as written and media. */
function derivedId(parts: ItemParts): string {
  const canonical = JSON.stringify([
    parts.title ?? '',
    parts.body.text.replace(/\s+/g, ' ').trim(),
    parts.posted?.written ?? '',
    parts.media.map((m) => m.url).sort(),
  ]);
  return `sha256:${crypto.createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
}

/** Facts without the absent ones (undefined, empty text, empty lists), so details say only what was read. */
function present(facts: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(facts).filter(
      ([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

/** A time's facts for the details: as written, what was assumed, or why it was refused. */
function timeFacts(prefix: string, t: WrittenTime | null): Record<string, unknown> {
  if (!t) return {};
  const facts: Record<string, unknown> = { [`${prefix}AsWritten`]: `${t.field}: ${t.written}` };
  if (t.instant.iso === null) facts[`${prefix}Refused`] = t.instant.reason;
  else if (t.instant.note) facts[`${prefix}Note`] = t.instant.note;
  return facts;
}

/** Adds the item's entities to `into`; they are merged into the batch only if this returns. */
export function emitItem(into: NormalizedBatch, ctx: FeedContext, parts: ItemParts): void {
  const id = parts.id || parts.url || derivedId(parts);
  const common = { platform: 'rss' as const, platformId: id, exchangeIndex: ctx.exchangeIndex };
  into.posts.push({
    ...common,
    authorId: ctx.feedUrl,
    url: parts.url,
    text: [parts.title, parts.body.text].filter(Boolean).join('\n'),
    postedAt: parts.posted?.instant.iso ?? null,
    editedAt: parts.edited?.instant.iso ?? null,
    lang: parts.lang,
    title: parts.title,
    details: {
      ...parts.details,
      ...(parts.id || parts.url ? {} : { idDerived: 'SHA-256 of the item’s title, text, time and media' }),
      ...timeFacts('postedAt', parts.posted),
      ...timeFacts('editedAt', parts.edited),
    },
  });
  parts.media.forEach((m, i) =>
    into.media.push({
      ...common,
      platformId: `${id}#${i}`,
      postId: id,
      url: m.url,
      mediaType: m.mediaType,
      description: m.description,
    }),
  );
  for (const tag of new Set(parts.tags.map((t) => t.trim().toLowerCase()).filter(Boolean)))
    into.hashtags.push({ ...common, postId: id, tag });
  for (const url of new Set([...parts.body.links, ...parts.related]))
    into.urls.push({ ...common, from: 'post', url });
}

/** RSS `author` (an email, often with the name in parentheses), `dc:creator` and `itunes:author`. */
function rssAuthors(ctx: FeedContext, item: XmlNode): string[] {
  return [
    ...all(ctx, item, 'none', 'author').map(textOf),
    ...all(ctx, item, 'dc', 'creator').map(textOf),
    ...all(ctx, item, 'itunes', 'author').map(textOf),
  ].filter(Boolean);
}

/** iTunes podcast facts of an episode. */
function itunesFacts(ctx: FeedContext, item: XmlNode): Record<string, unknown> | undefined {
  const facts = Object.fromEntries(
    ['duration', 'episode', 'season', 'episodeType', 'explicit', 'keywords', 'title', 'subtitle', 'summary']
      .map((k) => [
        k,
        k === 'subtitle' || k === 'summary'
          ? constructText(get(ctx, item, 'itunes', k), 'html').text
          : textOf(get(ctx, item, 'itunes', k)),
      ])
      .filter(([, v]) => v),
  );
  const image = attr(get(ctx, item, 'itunes', 'image'), 'href');
  if (image) facts.image = image;
  return Object.keys(facts).length ? facts : undefined;
}

/** An RSS 2.0 `item`, or an RSS 1.0 one (`rdf` true: its id is `rdf:about`, its time `dc:date`). */
export function rssItemParts(ctx: FeedContext, item: XmlNode, rdf: boolean): ItemParts {
  const ns: Namespace = rdf ? 'rss1' : 'none';
  const titleNode = get(ctx, item, ns, 'title');
  const descNode = get(ctx, item, ns, 'description');
  const encoded = get(ctx, item, 'content', 'encoded');
  if (titleNode === undefined && descNode === undefined && encoded === undefined)
    throw new AppError(
      'PAYLOAD_INVALID',
      'an item has neither a title nor a description (RSS 2.0 requires one)',
    );
  const link = resolve(textOf(get(ctx, item, ns, 'link')), ctx.base);
  const guidNode = get(ctx, item, 'none', 'guid');
  const guid = rdf
    ? ctx.names
        .keys('rdf', 'about')
        .map((k) => attr(item, k))
        .find(Boolean)
    : textOf(guidNode);
  // A guid is a permalink unless it says otherwise (RSS 2.0).
  const guidLink = !rdf && guid && attr(guidNode, 'isPermaLink') !== 'false' ? resolve(guid, ctx.base) : null;
  const body = constructText(encoded ?? descNode, 'html', link ?? ctx.base);
  return {
    id: guid || null,
    url: link ?? guidLink,
    title: titleNode === undefined ? null : constructText(titleNode, 'title').text || null,
    body,
    posted:
      time('pubDate', textOf(get(ctx, item, 'none', 'pubDate')), rfc822Instant) ??
      time('dc:date', textOf(get(ctx, item, 'dc', 'date')), rfc3339Instant),
    edited: null,
    media: readMedia(ctx.names, item, ctx.base),
    tags: [...all(ctx, item, 'none', 'category'), ...all(ctx, item, 'dc', 'subject')].map(textOf),
    related: [],
    lang: textOf(get(ctx, item, 'dc', 'language')) || ctx.lang,
    details: rssDetails(ctx, item, body.text, encoded !== undefined ? descNode : undefined),
  };
}

/** What an RSS item says besides its text, for its details. */
function rssDetails(
  ctx: FeedContext,
  item: XmlNode,
  text: string,
  summaryNode: unknown,
): Record<string, unknown> {
  const source = get(ctx, item, 'none', 'source');
  const summary = summaryNode === undefined ? '' : constructText(summaryNode, 'html').text;
  return present({
    authors: rssAuthors(ctx, item),
    summary: summary !== text ? summary : undefined,
    comments: textOf(get(ctx, item, 'none', 'comments')),
    source: source === undefined ? undefined : { title: textOf(source), url: attr(source, 'url') },
    guidIsPermaLink: attr(get(ctx, item, 'none', 'guid'), 'isPermaLink') === 'false' ? false : undefined,
    itunes: itunesFacts(ctx, item),
    thumbnails: thumbnails(ctx.names, item, ctx.base),
  });
}

/** An Atom person (`author`, `contributor`): its name, with its URI or email when given. */
function person(ctx: FeedContext, node: XmlNode): string {
  const name = textOf(get(ctx, node, 'atom', 'name'));
  const extra = textOf(get(ctx, node, 'atom', 'uri')) || textOf(get(ctx, node, 'atom', 'email'));
  return extra ? `${name} <${extra}>` : name;
}

/** The Atom links of an element, resolved against its xml:base; `rel` defaults to alternate. */
export function atomLinks(names: Names, node: XmlNode, base: string) {
  return children(node, names.keys('atom', 'link')).map((l) => ({
    rel: attr(l, 'rel') || 'alternate',
    href: resolve(attr(l, 'href'), base),
    type: attr(l, 'type'),
    length: attr(l, 'length'),
    title: attr(l, 'title'),
  }));
}

/** An Atom `entry` (RFC 4287 §4.1.2). */
export function atomEntryParts(ctx: FeedContext, entry: XmlNode): ItemParts {
  const base = resolve(attr(entry, 'xml:base'), ctx.base) ?? ctx.base;
  const links = atomLinks(ctx.names, entry, base);
  const alternate =
    links.find((l) => l.rel === 'alternate' && (!l.type || /html/.test(l.type))) ??
    links.find((l) => l.rel === 'alternate');
  const titleNode = get(ctx, entry, 'atom', 'title');
  const contentNode = get(ctx, entry, 'atom', 'content');
  const summaryNode = get(ctx, entry, 'atom', 'summary');
  // Relative links in content resolve against xml:base (RFC 4287 §2), not the entry's link.
  const body = constructText(contentNode ?? summaryNode, atomType(contentNode ?? summaryNode), base);
  const published = time('published', textOf(get(ctx, entry, 'atom', 'published')), rfc3339Instant);
  const updated = time('updated', textOf(get(ctx, entry, 'atom', 'updated')), rfc3339Instant);
  const enclosures = links
    .filter((l) => l.rel === 'enclosure' && l.href)
    .map((l) => ({
      url: l.href!,
      mediaType: l.type || 'application/octet-stream',
      description: l.title || null,
    }));
  const media = [...enclosures, ...readMedia(ctx.names, entry, base)];
  return {
    id: textOf(get(ctx, entry, 'atom', 'id')) || null,
    url: alternate?.href ?? null,
    title: titleNode === undefined ? null : constructText(titleNode, atomType(titleNode)).text || null,
    body,
    posted: published ?? updated,
    edited: published && updated && updated.instant.iso !== published.instant.iso ? updated : null,
    media: media.filter((m, i) => media.findIndex((o) => o.url === m.url) === i),
    tags: all(ctx, entry, 'atom', 'category').map((c) => attr(c, 'term') || attr(c, 'label')),
    related: links.filter((l) => (l.rel === 'related' || l.rel === 'via') && l.href).map((l) => l.href!),
    lang: attr(entry, 'xml:lang') || ctx.lang,
    details: {
      ...atomDetails(ctx, entry, base, body.text, contentNode === undefined ? undefined : summaryNode),
      ...(published || !updated ? {} : { postedAtFrom: 'updated (the entry gives no published time)' }),
    },
  };
}

/** What an Atom entry says besides its text, for its details. */
function atomDetails(ctx: FeedContext, entry: XmlNode, base: string, text: string, summaryNode: unknown) {
  const own = all(ctx, entry, 'atom', 'author').map((a) => person(ctx, a));
  const summary = summaryNode === undefined ? '' : constructText(summaryNode, atomType(summaryNode)).text;
  const rights = get(ctx, entry, 'atom', 'rights');
  const src = attr(get(ctx, entry, 'atom', 'content'), 'src');
  return present({
    authors: own.length ? own : ctx.feedAuthors,
    contributors: all(ctx, entry, 'atom', 'contributor').map((c) => person(ctx, c)),
    summary: summary !== text ? summary : undefined,
    contentSrc: src ? resolve(src, base) : undefined,
    rights: rights === undefined ? undefined : constructText(rights, atomType(rights)).text,
    thumbnails: thumbnails(ctx.names, entry, base),
  });
}
