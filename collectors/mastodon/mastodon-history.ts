/**
 * The versions of edited statuses (GET /api/v1/statuses/:id/history, public for public statuses):
 * an edit changes what a post says after people saw it, so each edited status the capture read gets
 * its history fetched, kept as an exchange like every other response, and its versions put on the
 * post's details. Fetching stops at the manifest's bound; a history the instance does not serve is
 * noted on the post, and never costs the capture its pages.
 */
import { isAppError } from '../../common/errors.js';
import type { CollectContext, NormalizedBatch, NormalizedPost, RawExchange } from '../collector.js';
import { compact } from '../text/details.js';
import { readEach } from '../text/each-item.js';
import { parseJson } from '../text/json-payload.js';
import { htmlText } from '../text/html-text.js';
import { listSchema, statusEditSchema, type StatusEdit } from './mastodon.schema.js';

/** Statuses whose history may come back as 401/403/404/410 without failing the capture. */
const NOT_SERVED = [401, 403, 404, 410];

function version(edit: StatusEdit) {
  return compact({
    createdAt: edit.created_at,
    text: htmlText(edit.content).text,
    spoilerText: edit.spoiler_text,
    sensitive: edit.sensitive,
    media: edit.media_attachments.map((m) =>
      compact({ id: m.id, type: m.type, url: m.url ?? m.remote_url, description: m.description }),
    ),
    pollOptions: edit.poll?.options.map((o) => o.title),
    emojis: edit.emojis.map((e) => e.shortcode),
  });
}

/** Replaces the post in the batch with the same post carrying more details. */
function annotate(batch: NormalizedBatch, post: NormalizedPost, facts: Record<string, unknown>): void {
  const at = batch.posts.findIndex((p) => p.platformId === post.platformId);
  if (at < 0) return;
  batch.posts[at] = { ...batch.posts[at]!, details: { ...batch.posts[at]!.details, ...facts } };
}

/** Reads one history response into the post; unreadable versions are listed like any item. */
function readHistory(batch: NormalizedBatch, post: NormalizedPost, exchange: RawExchange, index: number) {
  if (exchange.response.status !== 200) {
    annotate(batch, post, { editHistoryUnavailable: `HTTP ${exchange.response.status}` });
    return;
  }
  try {
    const versions: ReturnType<typeof version>[] = [];
    readEach(batch, index, parseJson(exchange, listSchema), statusEditSchema, (edit) => {
      versions.push(version(edit));
    });
    // Which response holds the versions, so each version cites the stored bytes it was read from.
    annotate(batch, post, { editHistory: versions, editHistoryResponse: index });
  } catch (error) {
    // A history that is not a list at all is one unread item, not a failed capture.
    if (!isAppError(error)) throw error;
    batch.unread.push({ exchangeIndex: index, item: 0, reason: error.message });
  }
}

/**
 * Fetches the history of up to `max` edited posts, in the order read, appending each exchange.
 * Returns false when the job was aborted before every history was fetched.
 */
export async function addEditHistories(
  ctx: CollectContext,
  base: string,
  batch: NormalizedBatch,
  exchanges: RawExchange[],
  max: number,
): Promise<boolean> {
  const edited = batch.posts.filter((p) => p.editedAt !== null);
  const bound = Math.max(0, max);
  for (const post of edited.slice(bound))
    annotate(batch, post, { editHistoryUnavailable: `not fetched: more than ${bound} edited posts` });
  for (const [i, post] of edited.slice(0, bound).entries()) {
    if (ctx.signal.aborted) return false;
    const url = `${base}/api/v1/statuses/${encodeURIComponent(post.platformId)}/history`;
    let exchange: RawExchange;
    try {
      exchange = await ctx.fetch(url, { acceptStatus: NOT_SERVED });
    } catch (error) {
      if (ctx.signal.aborted) return false;
      if (!isAppError(error)) throw error;
      // A refused or rate-limited history leaves the post as read, and says so on it.
      annotate(batch, post, { editHistoryUnavailable: `${error.code}: ${error.message}` });
      if (error.code !== 'RATE_LIMITED') continue;
      for (const rest of edited.slice(i + 1, bound))
        annotate(batch, rest, { editHistoryUnavailable: 'not fetched: the instance asked to slow down' });
      return true;
    }
    exchanges.push(exchange);
    readHistory(batch, post, exchange, exchanges.length - 1);
  }
  return true;
}
