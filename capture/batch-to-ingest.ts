import type { NormalizedBatch } from '../collectors/collector.js';
import type { CaptureIngest, IngestMedia } from '../graph/ingest/capture-ingest.repository.js';

const detailsJson = (details: Readonly<Record<string, unknown>> | undefined) =>
  details && Object.keys(details).length > 0 ? JSON.stringify(details) : null;

/** What the collector read, in the shape the ingest writes, each node tied to its source body. */
export function batchToIngest(
  batch: NormalizedBatch,
  bodySha256: readonly string[],
  media: IngestMedia[],
): Omit<CaptureIngest, 'caseId' | 'platform' | 'capture' | 'artifacts'> {
  const source = (i: number) => bodySha256[i] ?? null;
  return {
    accounts: batch.accounts.map((a) => ({
      platformId: a.platformId,
      handle: a.handle,
      displayName: a.displayName,
      url: a.url,
      bio: a.bio,
      avatarUrl: a.avatarUrl,
      createdAt: a.createdAt,
      detailsJson: detailsJson(a.details),
      source: source(a.exchangeIndex),
    })),
    posts: batch.posts.map((p) => ({
      platformId: p.platformId,
      authorId: p.authorId,
      url: p.url,
      text: p.text,
      postedAt: p.postedAt,
      editedAt: p.editedAt,
      lang: p.lang,
      title: p.title,
      detailsJson: detailsJson(p.details),
      source: source(p.exchangeIndex),
    })),
    media,
    hashtags: batch.hashtags.map((h) => ({ postId: h.postId, tag: h.tag })),
    urls: batch.urls.map((u) => ({ from: u.from, id: u.platformId, url: u.url })),
    // A mention by handle alone is kept: ingest finds the account of that handle, or notes the handle.
    mentions: batch.mentions.map((m) => ({ postId: m.platformId, accountId: m.accountId, handle: m.handle })),
    links: [
      ...batch.replies.map((l) => ({ type: 'REPLY_TO' as const, from: l.platformId, to: l.targetId })),
      ...batch.reposts.map((l) => ({ type: 'REPOST_OF' as const, from: l.platformId, to: l.targetId })),
      ...batch.quotes.map((l) => ({ type: 'QUOTES' as const, from: l.platformId, to: l.targetId })),
    ],
  };
}
