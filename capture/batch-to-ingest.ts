import type { EntityDetails, NormalizedBatch, NormalizedPost } from '../collectors/collector.js';
import type { CaptureIngest, IngestMedia, IngestPost } from '../graph/ingest/capture-ingest.repository.js';

const detailsJson = (details: Readonly<Record<string, unknown>> | undefined) =>
  details && Object.keys(details).length > 0 ? JSON.stringify(details) : null;

/** One version of a platform's edit history as a collector notes it on the post (`editHistory`). */
type NotedVersion = { createdAt?: unknown; text?: unknown } & Record<string, unknown>;

/**
 * A post's edit history, taken off its details: each version becomes an observation of its own,
 * and the response it came from is cited by hash. What stays in the details is what this capture
 * read of the post itself, so a re-capture of an unchanged post reads the same details.
 */
function postHistory(
  post: NormalizedPost,
  source: (i: number) => string | null,
): Pick<IngestPost, 'history' | 'historySource' | 'detailsJson'> {
  const { editHistory, editHistoryResponse, ...rest } = (post.details ?? {}) as EntityDetails & {
    editHistory?: NotedVersion[];
    editHistoryResponse?: number;
  };
  const history = Array.isArray(editHistory)
    ? editHistory.flatMap(({ createdAt, text, ...facts }) =>
        typeof createdAt === 'string' && typeof text === 'string'
          ? [{ createdAt, text, detailsJson: detailsJson(facts) }]
          : [],
      )
    : null;
  return {
    history,
    historySource: typeof editHistoryResponse === 'number' ? source(editHistoryResponse) : null,
    detailsJson: detailsJson(rest),
  };
}

/** An avatar the capture kept: its SHA-256 and, for an image, its perceptual hash. */
export type AvatarHashes = { readonly sha256: string; readonly phash: string | null };

/** What the collector read, in the shape the ingest writes, each node tied to its source body. */
export function batchToIngest(
  batch: NormalizedBatch,
  bodySha256: readonly string[],
  media: IngestMedia[],
  avatars: ReadonlyMap<string, AvatarHashes> = new Map(),
): Omit<CaptureIngest, 'caseId' | 'platform' | 'capture' | 'artifacts'> {
  const source = (i: number) => bodySha256[i] ?? null;
  const avatar = (url: string | null) => (url ? avatars.get(url) : undefined);
  return {
    accounts: batch.accounts.map((a) => ({
      platformId: a.platformId,
      handle: a.handle,
      displayName: a.displayName,
      url: a.url,
      bio: a.bio,
      avatarUrl: a.avatarUrl,
      avatarSha256: avatar(a.avatarUrl)?.sha256 ?? null,
      avatarPhash: avatar(a.avatarUrl)?.phash ?? null,
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
      ...postHistory(p, source),
      source: source(p.exchangeIndex),
    })),
    media,
    hashtags: batch.hashtags.map((h) => ({ postId: h.postId, tag: h.tag })),
    urls: batch.urls.map((u) => ({ from: u.from, id: u.platformId, url: u.url })),
    // A mention by handle alone is kept: ingest finds the account of that handle, or notes the handle.
    mentions: batch.mentions.map((m) => ({ postId: m.platformId, accountId: m.accountId, handle: m.handle })),
    gone: batch.gone.map((g) => ({
      postId: g.platformId,
      status: g.status,
      answer: g.answer,
      source: source(g.exchangeIndex),
    })),
    links: [
      ...batch.replies.map((l) => ({ type: 'REPLY_TO' as const, from: l.platformId, to: l.targetId })),
      ...batch.reposts.map((l) => ({ type: 'REPOST_OF' as const, from: l.platformId, to: l.targetId })),
      ...batch.quotes.map((l) => ({ type: 'QUOTES' as const, from: l.platformId, to: l.targetId })),
    ],
  };
}
