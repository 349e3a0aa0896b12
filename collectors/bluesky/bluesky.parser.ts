/**
 * Bluesky's AppView views (app.bsky.feed.defs#postView, #feedViewPost, app.bsky.actor.defs
 * #profileViewDetailed) read into normalized entities: facets give tags, mentions and links; the
 * embed views give images and quoted posts; a repost is a post of the reposter reposting the original.
 */
import { z } from 'zod';
import type { NormalizedBatch } from '../collector.js';

const author = z.object({
  did: z.string(),
  handle: z.string(),
  displayName: z.string().optional(),
  avatar: z.string().optional(),
});
const facet = z.object({
  features: z.array(
    z.object({
      $type: z.string(),
      tag: z.string().optional(),
      did: z.string().optional(),
      uri: z.string().optional(),
    }),
  ),
});
const postView = z.object({
  uri: z.string(),
  author,
  record: z.object({
    text: z.string(),
    createdAt: z.string(),
    langs: z.array(z.string()).optional(),
    facets: z.array(facet).optional(),
    reply: z.object({ parent: z.object({ uri: z.string() }) }).optional(),
  }),
  embed: z
    .object({
      $type: z.string(),
      images: z.array(z.object({ fullsize: z.string(), alt: z.string().optional() })).optional(),
      record: z
        .object({
          uri: z.string(),
          author: author.optional(),
          value: z.object({ text: z.string(), createdAt: z.string() }).optional(),
        })
        .optional(),
    })
    .optional(),
});
export const profileSchema = author.extend({
  description: z.string().optional(),
  createdAt: z.string().optional(),
});
export const feedSchema = z.object({
  cursor: z.string().optional(),
  feed: z.array(
    z.object({
      post: postView,
      reply: z.object({ parent: postView.partial({ embed: true }).passthrough() }).optional(),
      reason: z
        .object({ $type: z.string(), by: author.optional(), indexedAt: z.string().optional() })
        .optional(),
    }),
  ),
});
export const searchSchema = z.object({ cursor: z.string().optional(), posts: z.array(postView) });

type Author = z.infer<typeof author>;
type PostView = z.infer<typeof postView>;

/** Adds an account once. */
export function addAccount(
  batch: NormalizedBatch,
  a: Author & { description?: string; createdAt?: string },
  exchangeIndex: number,
) {
  if (batch.accounts.some((x) => x.platformId === a.did)) return;
  batch.accounts.push({
    platform: 'bluesky',
    platformId: a.did,
    exchangeIndex,
    handle: a.handle,
    displayName: a.displayName ?? null,
    url: `https://bsky.app/profile/${a.handle}`,
    bio: a.description ?? null,
    avatarUrl: a.avatar ?? null,
    createdAt: a.createdAt ?? null,
  });
}

function addPlain(
  batch: NormalizedBatch,
  uri: string,
  a: Author,
  text: string,
  postedAt: string,
  exchangeIndex: number,
) {
  if (batch.posts.some((p) => p.platformId === uri)) return false;
  addAccount(batch, a, exchangeIndex);
  const rkey = uri.split('/').pop();
  batch.posts.push({
    platform: 'bluesky',
    platformId: uri,
    exchangeIndex,
    authorId: a.did,
    url: `https://bsky.app/profile/${a.handle}/post/${rkey}`,
    text,
    postedAt,
    editedAt: null,
    lang: null,
    title: null,
  });
  return true;
}

/** Adds a post view with its facets, images, reply and quote. */
export function addPost(batch: NormalizedBatch, view: PostView, exchangeIndex: number): void {
  if (!addPlain(batch, view.uri, view.author, view.record.text, view.record.createdAt, exchangeIndex)) return;
  const common = { platform: 'bluesky' as const, platformId: view.uri, exchangeIndex };
  for (const f of view.record.facets ?? []) {
    for (const feature of f.features) {
      if (feature.$type.endsWith('#tag') && feature.tag)
        batch.hashtags.push({ ...common, postId: view.uri, tag: feature.tag.toLowerCase() });
      if (feature.$type.endsWith('#mention') && feature.did)
        batch.mentions.push({ ...common, accountId: feature.did, handle: feature.did });
      if (feature.$type.endsWith('#link') && feature.uri)
        batch.urls.push({ ...common, from: 'post', url: feature.uri });
    }
  }
  for (const [i, image] of (view.embed?.images ?? []).entries()) {
    batch.media.push({
      ...common,
      platformId: `${view.uri}#image${i}`,
      postId: view.uri,
      url: image.fullsize,
      mediaType: 'image',
      description: image.alt || null,
    });
  }
  if (view.record.reply) batch.replies.push({ ...common, targetId: view.record.reply.parent.uri });
  const quoted = view.embed?.record;
  if (quoted && view.embed?.$type.startsWith('app.bsky.embed.record')) {
    batch.quotes.push({ ...common, targetId: quoted.uri });
    if (quoted.author && quoted.value)
      addPlain(batch, quoted.uri, quoted.author, quoted.value.text, quoted.value.createdAt, exchangeIndex);
  }
}

/** Adds an author feed page: posts, the posts they reply to, and reposts. */
export function addFeed(
  batch: NormalizedBatch,
  page: z.infer<typeof feedSchema>,
  exchangeIndex: number,
): void {
  for (const item of page.feed) {
    addPost(batch, item.post, exchangeIndex);
    if (item.reason?.$type.endsWith('#reasonRepost') && item.reason.by) {
      const id = `repost:${item.reason.by.did}:${item.post.uri}`;
      addPlain(
        batch,
        id,
        item.reason.by,
        '',
        item.reason.indexedAt ?? item.post.record.createdAt,
        exchangeIndex,
      );
      batch.reposts.push({ platform: 'bluesky', platformId: id, exchangeIndex, targetId: item.post.uri });
    }
  }
}
