/**
 * Reading a platform's list one item at a time: one post the parser cannot read must not cost the
 * detective the other 49 of the page. The response's envelope is checked as a whole (a response
 * that is not the platform's shape at all fails the capture); each item is validated and read on
 * its own, and one that fails is listed on the batch with its reason.
 */
import type { ZodType } from 'zod';
import { isAppError } from '../../common/errors.js';
import { emptyBatch, type NormalizedBatch } from '../collector.js';

/** Why an item could not be read, in words for the capture record. */
function reasonOf(error: unknown): string {
  if (isAppError(error)) return error.message;
  if (error && typeof error === 'object' && 'issues' in error) {
    const issue = (error as { issues: { path: PropertyKey[]; message: string }[] }).issues[0];
    if (issue) return `${issue.path.map(String).join('.') || 'item'}: ${issue.message}`;
  }
  return error instanceof Error ? error.message : 'unreadable item';
}

/** Adds what one item yielded to the batch; an account or post already there is not repeated. */
function merge(batch: NormalizedBatch, item: NormalizedBatch): void {
  const seen = (list: readonly { platformId: string }[], id: string) => list.some((e) => e.platformId === id);
  for (const a of item.accounts) if (!seen(batch.accounts, a.platformId)) batch.accounts.push(a);
  for (const p of item.posts) if (!seen(batch.posts, p.platformId)) batch.posts.push(p);
  batch.media.push(...item.media);
  batch.hashtags.push(...item.hashtags);
  batch.urls.push(...item.urls);
  batch.mentions.push(...item.mentions);
  batch.replies.push(...item.replies);
  batch.reposts.push(...item.reposts);
  batch.quotes.push(...item.quotes);
}

/**
 * Validates each of `items` with `schema` and reads the valid ones with `read` into a batch of
 * their own, merged into `batch` only when the whole item was read: an item that fails validation,
 * or whose `read` throws, adds nothing but its entry in `batch.unread`.
 */
export function readEach<T>(
  batch: NormalizedBatch,
  exchangeIndex: number,
  items: readonly unknown[],
  schema: ZodType<T>,
  read: (item: T, into: NormalizedBatch, position: number) => void,
): void {
  items.forEach((raw, position) => {
    try {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw parsed.error;
      const own = emptyBatch();
      read(parsed.data, own, position);
      merge(batch, own);
      batch.itemsRead += 1;
    } catch (error) {
      batch.unread.push({ exchangeIndex, item: position, reason: reasonOf(error) });
    }
  });
}
