/**
 * The media an item carries: RSS 2.0 enclosures and Media RSS `media:content`, alone or grouped
 * in `media:group` (one file in several renditions). Each file is listed once, even when an
 * enclosure and a `media:content` name the same URL. Thumbnails are previews the publisher made,
 * not the item's media, so they stay in the item's details.
 */
import { attr, child, children, constructText, type Names, type XmlNode } from './feed-xml.js';

/** A file an item carries. */
export interface FeedMedia {
  readonly url: string;
  /** The MIME type the feed states, else Media RSS's `medium` (image, video, audio). */
  readonly mediaType: string;
  readonly description: string | null;
}

const absolute = (href: string, base: string): string | null => {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
};

/** What a `media:content` (or its group) says about the file, as its description. */
function describe(names: Names, node: XmlNode, group: XmlNode | undefined): string | null {
  const own = child(node, names.keys('media', 'description')) ?? child(node, names.keys('media', 'title'));
  const shared =
    group && (child(group, names.keys('media', 'description')) ?? child(group, names.keys('media', 'title')));
  const described = own ?? shared;
  const text = constructText(described, attr(described, 'type') === 'html' ? 'html' : 'text').text;
  return text || null;
}

/** The item's `media:content`, directly or in each `media:group`. */
function mediaContent(names: Names, item: XmlNode, base: string): FeedMedia[] {
  const content = names.keys('media', 'content');
  const groups = children(item, names.keys('media', 'group'));
  const found = [
    ...children(item, content).map((c) => [c, undefined] as const),
    ...groups.flatMap((g) => children(g, content).map((c) => [c, g] as const)),
  ];
  return found.flatMap(([node, group]) => {
    const url = absolute(attr(node, 'url'), base);
    if (!url) return [];
    const mediaType = attr(node, 'type') || attr(node, 'medium') || 'application/octet-stream';
    return [{ url, mediaType, description: describe(names, node, group) }];
  });
}

/** Enclosures and Media RSS files of an item (RSS 2.0 or Atom), each URL once. */
export function readMedia(names: Names, item: XmlNode, base: string): FeedMedia[] {
  const enclosures = children(item, ['enclosure']).flatMap((e) => {
    const url = absolute(attr(e, 'url'), base);
    return url ? [{ url, mediaType: attr(e, 'type') || 'application/octet-stream', description: null }] : [];
  });
  const all = [...enclosures, ...mediaContent(names, item, base)];
  return all.filter((m, i) => all.findIndex((o) => o.url === m.url) === i);
}

/** The item's Media RSS thumbnails, for its details. */
export function thumbnails(names: Names, item: XmlNode, base: string): string[] {
  const key = names.keys('media', 'thumbnail');
  const groups = children(item, names.keys('media', 'group'));
  return [...children(item, key), ...groups.flatMap((g) => children(g, key))]
    .map((t) => absolute(attr(t, 'url'), base))
    .filter((u): u is string => u !== null);
}
