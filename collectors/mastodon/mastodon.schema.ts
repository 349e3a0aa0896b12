/**
 * Mastodon's REST entities as docs.joinmastodon.org documents them for 4.5 (Account, Status,
 * Quote / ShallowQuote, MediaAttachment, Poll, PreviewCard, CustomEmoji, StatusEdit), validated
 * for the fields casegraph reads. Each status of a page is validated on its own (readEach), so a
 * field one instance leaves out fails that status only; optional and nullable fields are allowed
 * to be absent or null as the documentation says.
 */
import { z } from 'zod';

const text = z.string();
const maybe = z.string().nullish();

export const emojiSchema = z.object({ shortcode: text, url: text, static_url: z.string().optional() });

/** Profile metadata: `value` is HTML, often a link; `verified_at` when the link points back. */
const fieldSchema = z.object({ name: text, value: text, verified_at: maybe });

const accountCore = z.object({
  id: text,
  username: text,
  acct: text,
  display_name: maybe,
  note: maybe,
  url: maybe,
  uri: z.string().optional(),
  avatar: maybe,
  header: maybe,
  locked: z.boolean().optional(),
  bot: z.boolean().optional(),
  group: z.boolean().optional(),
  discoverable: z.boolean().nullish(),
  suspended: z.boolean().optional(),
  limited: z.boolean().optional(),
  created_at: maybe,
  last_status_at: maybe,
  statuses_count: z.number().optional(),
  followers_count: z.number().optional(),
  following_count: z.number().optional(),
  emojis: z.array(emojiSchema).default([]),
  fields: z.array(fieldSchema).default([]),
});
/** `moved` is the account the profile moved to (null when that account is suspended). */
export const accountSchema = accountCore.extend({ moved: accountCore.nullish() });
export type Account = z.infer<typeof accountSchema>;

export const attachmentSchema = z.object({
  id: text,
  type: text,
  url: maybe,
  preview_url: maybe,
  remote_url: maybe,
  description: maybe,
});

const pollSchema = z.object({
  id: text,
  expires_at: maybe,
  expired: z.boolean(),
  multiple: z.boolean(),
  votes_count: z.number(),
  voters_count: z.number().nullish(),
  options: z.array(z.object({ title: text, votes_count: z.number().nullish() })),
});

const cardSchema = z.object({
  url: text,
  title: text,
  description: text,
  type: text,
  author_name: z.string().optional(),
  provider_name: z.string().optional(),
  image: maybe,
});

/** A quote without the quoted status: its id, when the state lets it be shown. */
const shallowQuoteSchema = z.object({
  state: text,
  quoted_status_id: maybe,
  // A Quote carries `status`; refusing the key here keeps a Quote whose status is malformed from
  // being read as a shallow one that lost its target.
  status: z.never().optional(),
});

const statusCore = z.object({
  id: text,
  uri: text,
  url: maybe,
  created_at: text,
  edited_at: maybe,
  account: accountSchema,
  content: text,
  spoiler_text: z.string().default(''),
  sensitive: z.boolean().default(false),
  visibility: text,
  language: maybe,
  in_reply_to_id: maybe,
  in_reply_to_account_id: maybe,
  media_attachments: z.array(attachmentSchema).default([]),
  mentions: z
    .array(z.object({ id: text, username: text, acct: text, url: z.string().optional() }))
    .default([]),
  tags: z.array(z.object({ name: text, url: z.string().optional() })).default([]),
  emojis: z.array(emojiSchema).default([]),
  card: cardSchema.nullish(),
  poll: pollSchema.nullish(),
  application: z.object({ name: text, website: maybe }).nullish(),
  replies_count: z.number().optional(),
  reblogs_count: z.number().optional(),
  favourites_count: z.number().optional(),
  quotes_count: z.number().optional(),
  // A quoted status's own quote is shallow; a full one there is read for its id only.
  quote: z
    .union([shallowQuoteSchema, z.object({ state: text, status: z.object({ id: text }).nullable() })])
    .nullish(),
});

/** Quote (4.4): the quoted status itself, present only while the state is `accepted`. */
const quoteSchema = z.object({ state: text, status: statusCore.nullable() });
const statusWithQuote = statusCore.extend({ quote: z.union([quoteSchema, shallowQuoteSchema]).nullish() });

/** A status as timelines serve it: a boost wraps the boosted status in `reblog`. */
export const statusSchema = statusWithQuote.extend({ reblog: statusWithQuote.nullish() });
export type Status = z.infer<typeof statusWithQuote>;
export type TimelineStatus = z.infer<typeof statusSchema>;
export type QuotedStatus = z.infer<typeof statusCore>;

/** One version of an edited status (GET /api/v1/statuses/:id/history, oldest first). */
export const statusEditSchema = z.object({
  content: text,
  spoiler_text: z.string().default(''),
  sensitive: z.boolean().default(false),
  created_at: text,
  account: z.object({ id: text, acct: text }),
  poll: z.object({ options: z.array(z.object({ title: text })) }).nullish(),
  media_attachments: z.array(attachmentSchema).default([]),
  emojis: z.array(emojiSchema).default([]),
});
export type StatusEdit = z.infer<typeof statusEditSchema>;

/** The envelope of a list response: an array, its items validated one by one. */
export const listSchema = z.array(z.unknown());
