/**
 * The synthetic captures the ingest benchmark writes: posts with authors, mentions, hashtags, media
 * and replies, in captures of a few thousand posts, the same rows for casegraph and its baselines.
 */
import type { CaptureIngest } from '../graph/ingest/capture-ingest.repository.js';

export const ACCOUNTS = 2000;
export const sha = (n: number) => n.toString(16).padStart(64, '0');

/** Posts `from`..`to` as one capture's ingest on `platform`; relationships counted alongside. */
export function benchCapture(
  caseId: string,
  from: number,
  to: number,
  captureId: string,
  startedAt: string,
  platform = 'mastodon',
): { ingest: CaptureIngest; rels: number } {
  const posts = [];
  const mentions = [];
  const hashtags = [];
  const media = [];
  const links = [];
  for (let i = from; i < to; i += 1) {
    posts.push({
      platformId: `p${i}`,
      authorId: `a${i % ACCOUNTS}`,
      url: null,
      text: `post ${i} #tag${i % 100}`,
      postedAt: new Date(1.76e12 + i * 60_000).toISOString(),
      editedAt: null,
      lang: 'en',
      title: null,
      detailsJson: null,
      source: sha(1),
    });
    mentions.push({
      postId: `p${i}`,
      accountId: `a${(i * 7 + 1) % ACCOUNTS}`,
      handle: `user${(i * 7 + 1) % ACCOUNTS}`,
    });
    hashtags.push({ postId: `p${i}`, tag: `tag${i % 100}` });
    if (i % 10 === 0)
      media.push({
        postId: `p${i}`,
        sha256: sha(i + 10),
        mediaType: 'image/jpeg',
        size: 1000,
        url: `https://m/${i}.jpg`,
        phash: null,
      });
    if (i % 5 === 0 && i > 0) links.push({ type: 'REPLY_TO' as const, from: `p${i}`, to: `p${i - 1}` });
  }
  const accounts = Array.from({ length: ACCOUNTS }, (_, a) => ({
    platformId: `a${a}`,
    handle: `user${a}`,
    displayName: null,
    url: null,
    bio: null,
    avatarUrl: null,
    createdAt: null,
    detailsJson: null,
    source: sha(1),
  }));
  // CAPTURED, OBSERVED, OF, CONTAINS, POSTED per post; the others per row.
  const rels = posts.length * 5 + mentions.length * 2 + hashtags.length + media.length * 3 + links.length;
  return {
    ingest: {
      caseId,
      platform,
      capture: { id: captureId, caseId, decisionId: 'bench', status: 'CAPTURED', startedAt },
      artifacts: [
        { sha256: sha(1), size: 1, mediaType: 'application/json', name: 'response-0.json', kind: 'RESPONSE' },
      ],
      accounts: from === 0 ? accounts : [],
      posts,
      media,
      hashtags,
      urls: [],
      mentions,
      links,
    },
    rels,
  };
}
