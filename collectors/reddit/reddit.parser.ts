/** Reddit's Listing JSON ({kind: 'Listing', data: {after, children}}) read into normalized entities. */
import { z } from 'zod';
import type { NormalizedBatch } from '../collector.js';
import { htmlText } from '../text/html-text.js';

const thing = z.object({
  kind: z.string(),
  data: z.object({
    name: z.string(),
    author: z.string(),
    author_fullname: z.string().optional(),
    title: z.string().optional(),
    selftext: z.string().optional(),
    body: z.string().optional(),
    url: z.string().optional(),
    permalink: z.string(),
    created_utc: z.number(),
    post_hint: z.string().optional(),
    crosspost_parent: z.string().optional(),
    parent_id: z.string().optional(),
  }),
});
export const listingSchema = z.object({
  kind: z.literal('Listing'),
  data: z.object({ after: z.string().nullable(), children: z.array(thing) }),
});
export const aboutSchema = z.object({
  kind: z.literal('t2'),
  data: z.object({
    id: z.string(),
    name: z.string(),
    created_utc: z.number().optional(),
    icon_img: z.string().optional(),
    subreddit: z.object({ public_description: z.string().optional() }).nullable().optional(),
  }),
});

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const URL_IN_TEXT = /https?:\/\/[^\s)\]]+/g;

/** Adds the user an about.json describes. */
export function addUser(
  batch: NormalizedBatch,
  about: z.infer<typeof aboutSchema>,
  base: string,
  exchangeIndex: number,
) {
  const u = about.data;
  batch.accounts.push({
    platform: 'reddit',
    platformId: `t2_${u.id}`,
    exchangeIndex,
    handle: u.name,
    displayName: null,
    url: `${base}/user/${u.name}`,
    bio: u.subreddit?.public_description || null,
    avatarUrl: u.icon_img || null,
    createdAt: u.created_utc ? iso(u.created_utc) : null,
  });
}

/** Adds a listing page's submissions (t3) and comments (t1). */
export function addListing(
  batch: NormalizedBatch,
  listing: z.infer<typeof listingSchema>,
  base: string,
  exchangeIndex: number,
) {
  for (const { kind, data } of listing.data.children) {
    if (kind !== 't1' && kind !== 't3') continue;
    const common = { platform: 'reddit' as const, platformId: data.name, exchangeIndex };
    const authorId = data.author_fullname ?? `name:${data.author}`;
    if (!batch.accounts.some((a) => a.platformId === authorId)) {
      batch.accounts.push({
        ...common,
        platformId: authorId,
        handle: data.author,
        displayName: null,
        url: `${base}/user/${data.author}`,
        bio: null,
        avatarUrl: null,
        createdAt: null,
      });
    }
    const text =
      kind === 't3' ? [data.title, data.selftext].filter(Boolean).join('\n') : htmlText(data.body ?? '').text;
    batch.posts.push({
      ...common,
      authorId,
      url: `${base}${data.permalink}`,
      text,
      postedAt: iso(data.created_utc),
      editedAt: null,
      lang: null,
      title: data.title ?? null,
    });
    if (data.post_hint === 'image' && data.url) {
      batch.media.push({
        ...common,
        platformId: `${data.name}#image`,
        postId: data.name,
        url: data.url,
        mediaType: 'image',
        description: null,
      });
    }
    if (data.crosspost_parent) batch.reposts.push({ ...common, targetId: data.crosspost_parent });
    if (kind === 't1' && data.parent_id) batch.replies.push({ ...common, targetId: data.parent_id });
    for (const url of new Set(text.match(URL_IN_TEXT) ?? []))
      batch.urls.push({ ...common, from: 'post', url });
    for (const mention of text.match(/\bu\/[\w-]+/g) ?? [])
      batch.mentions.push({ ...common, accountId: null, handle: mention.slice(2) });
  }
}
