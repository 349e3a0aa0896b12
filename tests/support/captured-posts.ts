import type { CaptureIngest } from '../../graph/ingest/capture-ingest.repository.js';

export type CapturedPost = { readonly id: string; readonly text: string; readonly postedAt: string };

/**
 * A capture of `posts` by one `author` into a case, shaped as a collector hands it to the ingest,
 * so a test's posts reach the case the way collected ones do: as the capture's observations.
 */
export const capturedPosts = (input: {
  readonly caseId: string;
  readonly platform: string;
  readonly captureId: string;
  readonly startedAt?: string;
  readonly author: string;
  readonly posts: readonly CapturedPost[];
  readonly hashtag?: string;
}): CaptureIngest => ({
  caseId: input.caseId,
  platform: input.platform,
  capture: {
    id: input.captureId,
    decisionId: 'none',
    status: 'CAPTURED',
    startedAt: input.startedAt ?? new Date().toISOString(),
  },
  artifacts: [],
  accounts: [
    {
      platformId: input.author,
      handle: input.author,
      displayName: null,
      url: null,
      bio: null,
      avatarUrl: null,
      createdAt: null,
      detailsJson: null,
      source: null,
    },
  ],
  posts: input.posts.map((post) => ({
    platformId: post.id,
    authorId: input.author,
    url: null,
    text: post.text,
    postedAt: post.postedAt,
    editedAt: null,
    lang: null,
    title: null,
    detailsJson: null,
    source: null,
  })),
  media: [],
  hashtags: input.hashtag ? input.posts.map((post) => ({ postId: post.id, tag: input.hashtag! })) : [],
  urls: [],
  mentions: [],
  links: [],
});
