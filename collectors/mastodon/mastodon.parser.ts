/**
 * Mastodon's Account and Status entities (docs.joinmastodon.org/entities), validated for the
 * fields casegraph reads, and their translation into the collector's normalized entities.
 */
import { z } from 'zod';
import type { NormalizedBatch } from '../collector.js';
import { htmlText } from '../text/html-text.js';

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  acct: z.string(),
  display_name: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  avatar: z.string().nullable().optional(),
  created_at: z.string().nullable().optional(),
});
type Account = z.infer<typeof accountSchema>;

const attachmentSchema = z.object({
  id: z.string(),
  type: z.string(),
  url: z.string().nullable(),
  description: z.string().nullable().optional(),
});

const baseStatus = z.object({
  id: z.string(),
  url: z.string().nullable().optional(),
  created_at: z.string(),
  edited_at: z.string().nullable().optional(),
  account: accountSchema,
  content: z.string(),
  language: z.string().nullable().optional(),
  in_reply_to_id: z.string().nullable().optional(),
  media_attachments: z.array(attachmentSchema).default([]),
  mentions: z.array(z.object({ id: z.string(), acct: z.string() })).default([]),
  tags: z.array(z.object({ name: z.string() })).default([]),
});
export const statusSchema = baseStatus.extend({ reblog: baseStatus.nullable().optional() });
export const statusesSchema = z.array(statusSchema);
type Status = z.infer<typeof baseStatus>;

/** Adds an account once. */
export function addAccount(batch: NormalizedBatch, account: Account, exchangeIndex: number): void {
  if (batch.accounts.some((a) => a.platformId === account.id)) return;
  const bio = htmlText(account.note ?? '');
  batch.accounts.push({
    platform: 'mastodon',
    platformId: account.id,
    exchangeIndex,
    handle: account.acct,
    displayName: account.display_name || null,
    url: account.url ?? null,
    bio: bio.text || null,
    avatarUrl: account.avatar || null,
    createdAt: account.created_at ?? null,
  });
  for (const url of bio.links)
    batch.urls.push({ platform: 'mastodon', platformId: account.id, exchangeIndex, from: 'account', url });
}

/** Adds a status, its author, media, tags, mentions, reply link and links once. */
function addStatus(batch: NormalizedBatch, status: Status, exchangeIndex: number): void {
  if (batch.posts.some((p) => p.platformId === status.id)) return;
  const common = { platform: 'mastodon' as const, platformId: status.id, exchangeIndex };
  addAccount(batch, status.account, exchangeIndex);
  const body = htmlText(status.content);
  batch.posts.push({
    ...common,
    authorId: status.account.id,
    url: status.url ?? null,
    text: body.text,
    postedAt: status.created_at,
    editedAt: status.edited_at ?? null,
    lang: status.language ?? null,
    title: null,
  });
  for (const m of status.media_attachments) {
    if (!m.url) continue;
    batch.media.push({
      platform: 'mastodon',
      platformId: m.id,
      exchangeIndex,
      postId: status.id,
      url: m.url,
      mediaType: m.type,
      description: m.description ?? null,
    });
  }
  for (const t of status.tags)
    batch.hashtags.push({ ...common, postId: status.id, tag: t.name.toLowerCase() });
  for (const m of status.mentions) batch.mentions.push({ ...common, accountId: m.id, handle: m.acct });
  for (const url of body.links) batch.urls.push({ ...common, from: 'post', url });
  if (status.in_reply_to_id) batch.replies.push({ ...common, targetId: status.in_reply_to_id });
}

/** Adds a page of statuses; a boost is a post of its own that reposts the boosted one. */
export function addStatuses(
  batch: NormalizedBatch,
  statuses: z.infer<typeof statusesSchema>,
  exchangeIndex: number,
): void {
  for (const status of statuses) {
    addStatus(batch, status, exchangeIndex);
    if (status.reblog) {
      addStatus(batch, status.reblog, exchangeIndex);
      batch.reposts.push({
        platform: 'mastodon',
        platformId: status.id,
        exchangeIndex,
        targetId: status.reblog.id,
      });
    }
  }
}

/** The `rel="next"` URL of a Link header, or null. */
export function nextLink(link: string | undefined): string | null {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (match) return match[1]!;
  }
  return null;
}
