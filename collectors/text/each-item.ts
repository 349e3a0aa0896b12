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

/** Appends the rows not already in `into`, rows being the same when their keys are. */
function append<T>(into: T[], rows: readonly T[], key: (row: T) => string): void {
  const seen = new Set(into.map(key));
  for (const row of rows) {
    if (seen.has(key(row))) continue;
    seen.add(key(row));
    into.push(row);
  }
}

/**
 * Adds what one item yielded to the batch. An account or post already there (an author of many
 * posts, a post boosted twice) is not repeated, and neither is a row that says what the batch
 * already says (the same author's bio link, the same boosted post's media).
 */
function merge(batch: NormalizedBatch, item: NormalizedBatch): void {
  append(batch.accounts, item.accounts, (a) => a.platformId);
  append(batch.posts, item.posts, (p) => p.platformId);
  append(batch.media, item.media, (m) => `${m.postId} ${m.url}`);
  append(batch.hashtags, item.hashtags, (h) => `${h.postId} ${h.tag}`);
  append(batch.urls, item.urls, (u) => `${u.from} ${u.platformId} ${u.url}`);
  append(batch.mentions, item.mentions, (m) => `${m.platformId} ${m.accountId ?? ''} ${m.handle}`);
  append(batch.replies, item.replies, (l) => `${l.platformId} ${l.targetId}`);
  append(batch.reposts, item.reposts, (l) => `${l.platformId} ${l.targetId}`);
  append(batch.quotes, item.quotes, (l) => `${l.platformId} ${l.targetId}`);
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
