/**
 * The Bluesky AppView's views as the app.bsky lexicons define them (actor.defs#profileViewBasic
 * and #profileViewDetailed, feed.defs#postView, #feedViewPost, #replyRef, #notFoundPost,
 * #blockedPost, #reasonRepost, #reasonPin, the embed views, richtext.facet, com.atproto.label
 * .defs#label), validated for the fields casegraph reads. Lexicon unions are open: a member of an
 * unknown `$type` is kept as its type rather than refused.
 */
import { z } from 'zod';

const text = z.string();

/** A label a labeler (or the author) put on an account or a post. */
export const labelSchema = z.object({
  src: text,
  uri: text,
  val: text,
  cts: text,
  neg: z.boolean().optional(),
  exp: z.string().optional(),
});
const labels = z.array(labelSchema).optional();

export const profileBasicSchema = z.object({
  did: text,
  handle: text,
  displayName: z.string().optional(),
  avatar: z.string().optional(),
  labels,
  createdAt: z.string().optional(),
});
export type ProfileBasic = z.infer<typeof profileBasicSchema>;

const strongRef = z.object({ uri: text, cid: text });

export const profileDetailedSchema = profileBasicSchema.extend({
  description: z.string().optional(),
  banner: z.string().optional(),
  followersCount: z.number().optional(),
  followsCount: z.number().optional(),
  postsCount: z.number().optional(),
  indexedAt: z.string().optional(),
  pinnedPost: strongRef.optional(),
});
export type ProfileDetailed = z.infer<typeof profileDetailedSchema>;

/** A facet: a byte range of the post's UTF-8 text and what it is (mention, link, tag). */
const facetSchema = z.object({
  index: z.object({ byteStart: z.number().int(), byteEnd: z.number().int() }),
  features: z.array(
    z.looseObject({
      $type: text,
      did: z.string().optional(),
      uri: z.string().optional(),
      tag: z.string().optional(),
    }),
  ),
});
export type Facet = z.infer<typeof facetSchema>;

/** An app.bsky.feed.post record. */
export const postRecordSchema = z.object({
  text: z.string(),
  createdAt: text,
  langs: z.array(text).optional(),
  facets: z.array(facetSchema).optional(),
  reply: z.object({ root: strongRef, parent: strongRef }).optional(),
  tags: z.array(text).optional(),
  labels: z.object({ values: z.array(z.object({ val: text })) }).optional(),
});
export type PostRecord = z.infer<typeof postRecordSchema>;

/** Any union member: its `$type` names which view it is. */
export const typedSchema = z.looseObject({ $type: text });
export type Typed = z.infer<typeof typedSchema>;

export const postViewSchema = z.object({
  uri: text,
  cid: text,
  author: profileBasicSchema,
  record: postRecordSchema,
  embed: typedSchema.optional(),
  replyCount: z.number().optional(),
  repostCount: z.number().optional(),
  likeCount: z.number().optional(),
  quoteCount: z.number().optional(),
  indexedAt: text,
  labels,
});
export type PostView = z.infer<typeof postViewSchema>;

const notFoundPostSchema = z.object({ uri: text, notFound: z.literal(true) });
const blockedPostSchema = z.object({ uri: text, blocked: z.literal(true), author: z.object({ did: text }) });
/** A reply's root or parent: a post, or a post the AppView cannot or will not show. */
export const replyTargetSchema = z.union([notFoundPostSchema, blockedPostSchema, postViewSchema]);
export type ReplyTarget = z.infer<typeof replyTargetSchema>;

export const reasonRepostSchema = z.object({
  by: profileBasicSchema,
  uri: z.string().optional(),
  cid: z.string().optional(),
  indexedAt: text,
});

export const feedViewPostSchema = z.object({
  post: postViewSchema,
  reply: z.object({ root: replyTargetSchema, parent: replyTargetSchema }).optional(),
  reason: typedSchema.optional(),
});
export type FeedViewPost = z.infer<typeof feedViewPostSchema>;

// The embed views (app.bsky.embed.*#view), read by their `$type`.
export const imagesViewSchema = z.object({
  images: z.array(z.object({ thumb: text, fullsize: text, alt: z.string().default('') })),
});
export const videoViewSchema = z.object({
  cid: text,
  playlist: text,
  thumbnail: z.string().optional(),
  alt: z.string().optional(),
});
export const externalViewSchema = z.object({
  external: z.object({ uri: text, title: z.string(), description: z.string(), thumb: z.string().optional() }),
});
export const recordViewSchema = z.object({ record: typedSchema });
export const recordWithMediaViewSchema = z.object({ record: recordViewSchema, media: typedSchema });
export const viewRecordSchema = z.object({
  uri: text,
  cid: text,
  author: profileBasicSchema,
  value: postRecordSchema,
  labels,
  embeds: z.array(typedSchema).optional(),
  indexedAt: text,
});
export const viewGoneSchema = z.object({ uri: text, author: z.object({ did: text }).optional() });

/** The envelopes: the list is checked as a whole, its items one by one. */
export const feedPageSchema = z.object({ cursor: z.string().optional(), feed: z.array(z.unknown()) });
export const searchPageSchema = z.object({
  cursor: z.string().optional(),
  hitsTotal: z.number().optional(),
  posts: z.array(z.unknown()),
});
