/**
 * Bluesky AppView views as the public API serves them (app.bsky lexicons): profile views with
 * their viewer state and labels, post views carrying the record as stored (keys in the record's
 * own order, blobs as `{$type: 'blob', ref: {$link}}`), union members tagged with `$type`, and the
 * embed views next to the embed records they render. CIDs are well-formed CIDv1 strings.
 */
import crypto from 'node:crypto';
import { MEDIA } from './scenario.js';

export type Json = Record<string, unknown>;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A CIDv1 in base32 (`bafyrei…` for records, `bafkrei…` for blobs) derived from a seed. */
export function cid(seed: string, kind: 'record' | 'blob' = 'record'): string {
  const digest = crypto.createHash('sha256').update(seed).digest();
  let bits = '';
  for (const byte of digest) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i + 5 <= bits.length && out.length < 52; i += 5)
    out += BASE32[parseInt(bits.slice(i, i + 5), 2)];
  return `${kind === 'record' ? 'bafyrei' : 'bafkrei'}${out}`;
}

export interface Who {
  readonly did: string;
  readonly handle: string;
  readonly displayName: string;
  readonly createdAt: string;
  readonly labels?: readonly Json[];
}

/** app.bsky.actor.defs#profileViewBasic, as an unauthenticated viewer sees it. */
export function profileBasic(base: string, who: Who): Json {
  return {
    did: who.did,
    handle: who.handle,
    displayName: who.displayName,
    avatar: `${base}${MEDIA.png.path}`,
    associated: { chat: { allowIncoming: 'following' } },
    viewer: { muted: false, blockedBy: false },
    labels: who.labels ?? [],
    createdAt: who.createdAt,
  };
}

export const postUri = (did: string, rkey: string): string => `at://${did}/app.bsky.feed.post/${rkey}`;
export const strongRef = (uri: string): Json => ({ cid: cid(uri), uri });

/** A facet over `text`: the byte range of `part`, whose first occurrence it covers. */
export function facet(text: string, part: string, feature: Json): Json {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
  const byteStart = Buffer.byteLength(text.slice(0, at));
  return { features: [feature], index: { byteEnd: byteStart + Buffer.byteLength(part), byteStart } };
}

export const blob = (seed: string, mimeType: string, size: number): Json => ({
  $type: 'blob',
  ref: { $link: cid(seed, 'blob') },
  mimeType,
  size,
});

/** An images embed: the record form and the view the AppView renders from it. */
export function images(
  base: string,
  seed: string,
  file: 'png' | 'jpeg',
  alt: string,
): { record: Json; view: Json } {
  const aspectRatio = { height: 8, width: 8 };
  const url = `${base}${MEDIA[file].path}`;
  return {
    record: {
      $type: 'app.bsky.embed.images',
      images: [{ alt, aspectRatio, image: blob(seed, MEDIA[file].mediaType, MEDIA[file].size) }],
    },
    view: { $type: 'app.bsky.embed.images#view', images: [{ thumb: url, fullsize: url, alt, aspectRatio }] },
  };
}

/** A video embed; the view points at the HLS playlist the video service makes from the blob. */
export function video(base: string, did: string, seed: string): { record: Json; view: Json } {
  const videoCid = cid(seed, 'blob');
  const at = `${base}/watch/${encodeURIComponent(did)}/${videoCid}`;
  return {
    record: {
      $type: 'app.bsky.embed.video',
      alt: 'clip of the boardwalk',
      aspectRatio: { height: 16, width: 16 },
      video: blob(seed, 'video/mp4', MEDIA.video.size),
    },
    view: {
      $type: 'app.bsky.embed.video#view',
      cid: videoCid,
      playlist: `${at}/playlist.m3u8`,
      thumbnail: `${at}/thumbnail.jpg`,
      alt: 'clip of the boardwalk',
      aspectRatio: { height: 16, width: 16 },
    },
  };
}

/** An external link card. */
export function external(base: string, uri: string, title: string, description: string) {
  const thumb = blob(`thumb:${uri}`, 'image/jpeg', MEDIA.jpeg.size);
  return {
    record: { $type: 'app.bsky.embed.external', external: { description, thumb, title, uri } },
    view: {
      $type: 'app.bsky.embed.external#view',
      external: {
        uri,
        title,
        description,
        thumb: `${base}/img/feed_thumbnail/plain/${String((thumb.ref as Json).$link)}@jpeg`,
      },
    },
  };
}

export interface PostSpec {
  readonly author: Json;
  readonly rkey: string;
  readonly text: string;
  readonly createdAt: string;
  /** Record fields beyond text and time: facets, langs, reply, embed, tags, labels. */
  readonly record?: Json;
  readonly embed?: Json;
  readonly labels?: readonly Json[];
}

const indexedAfter = (createdAt: string): string => new Date(Date.parse(createdAt) + 1_000).toISOString();

/** The post record as stored, keys sorted as the AppView returns them. */
function record(spec: PostSpec): Json {
  const fields: Json = {
    $type: 'app.bsky.feed.post',
    createdAt: spec.createdAt,
    langs: ['en'],
    text: spec.text,
    ...spec.record,
  };
  return Object.fromEntries(
    Object.entries(fields).sort(([a], [b]) => (a === '$type' ? -1 : b === '$type' ? 1 : a.localeCompare(b))),
  );
}

/** app.bsky.feed.defs#postView. */
export function postView(spec: PostSpec): Json {
  const uri = postUri(String(spec.author.did), spec.rkey);
  return {
    uri,
    cid: cid(uri),
    author: spec.author,
    record: record(spec),
    ...(spec.embed ? { embed: spec.embed } : {}),
    bookmarkCount: 0,
    replyCount: 1,
    repostCount: 2,
    likeCount: 7,
    quoteCount: 0,
    indexedAt: indexedAfter(spec.createdAt),
    viewer: { bookmarked: false, threadMuted: false, embeddingDisabled: false },
    labels: spec.labels ?? [],
  };
}

/** app.bsky.embed.record#viewRecord of a post view: the quoted post, its embeds as views. */
export function viewRecord(post: Json): Json {
  const { uri, cid: postCid, author, record: value, indexedAt, embed, labels } = post;
  return {
    $type: 'app.bsky.embed.record#viewRecord',
    uri,
    cid: postCid,
    author,
    value,
    labels,
    likeCount: 7,
    replyCount: 1,
    repostCount: 2,
    quoteCount: 1,
    indexedAt,
    embeds: embed ? [embed] : [],
  };
}

/** A quote embed of `record` (a viewRecord, or a viewNotFound / viewBlocked member). */
export function quoteEmbed(quoted: { uri: string }, view: Json): { record: Json; view: Json } {
  return {
    record: { $type: 'app.bsky.embed.record', record: strongRef(quoted.uri) },
    view: { $type: 'app.bsky.embed.record#view', record: view },
  };
}

/** The sort key of a feed item: the repost's time for a repost, else the post's. */
export function sortAt(item: Json): string {
  const reason = item.reason as Json | undefined;
  return String(reason?.indexedAt ?? (item.post as Json).indexedAt);
}
