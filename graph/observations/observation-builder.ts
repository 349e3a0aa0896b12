/**
 * Turns a capture's ingest rows into observation rows: each account and post once, with the media,
 * links and hashtags the capture read for it, and the content hash of all of it.
 */
import type { CaptureIngest, IngestPost } from '../ingest/capture-ingest.repository.js';
import type { HistoryObservationRow, PostObservationRow } from './observation-ingest.js';
import {
  firstOfEach,
  listsBy,
  observationHash,
  type AccountFields,
  type ObservationRow,
  type PostFields,
} from './observation-rows.js';

/** One version of a post as the platform's edit history gives it (Mastodon's StatusEdit). */
export type HistoryVersion = {
  readonly createdAt: string;
  readonly text: string;
  /** The version's other facts (content warning, media, poll options), as read. */
  readonly detailsJson: string | null;
};

type Rows = {
  accounts: ObservationRow<AccountFields>[];
  posts: PostObservationRow[];
  history: HistoryObservationRow[];
};

/** Versions before the current one, each an observation of the post. */
function historyRows(platform: string, post: IngestPost, current: PostFields): HistoryObservationRow[] {
  const versions = post.history ?? [];
  // The last version is what the post says now, which the post's own observation holds.
  return versions.slice(0, -1).map((v, position) => {
    const fields: PostFields = {
      ...current,
      text: v.text,
      editedAt: position === 0 ? null : v.createdAt,
      detailsJson: v.detailsJson,
      media: [],
      links: [],
      tags: [],
    };
    return {
      platformId: post.platformId,
      hash: observationHash('POST', platform, post.platformId, fields),
      fields,
      source: post.historySource ?? post.source,
      versionAt: v.createdAt,
      position,
    };
  });
}

/** The observation rows of one capture. */
export function observationRows(input: CaptureIngest): Rows {
  const { platform } = input;
  const media = listsBy(
    input.media,
    (m) => m.postId,
    (m) => m.sha256,
  );
  const links = listsBy(
    input.urls,
    (u) => `${u.from}:${u.id}`,
    (u) => u.url,
  );
  const tags = listsBy(
    input.hashtags,
    (h) => h.postId,
    (h) => h.tag,
  );
  const accounts = firstOfEach(input.accounts).map((a) => {
    const fields: AccountFields = {
      handle: a.handle,
      displayName: a.displayName,
      url: a.url,
      bio: a.bio,
      avatarUrl: a.avatarUrl,
      ...(a.avatarSha256 ? { avatarSha256: a.avatarSha256, avatarPhash: a.avatarPhash ?? null } : {}),
      createdAt: a.createdAt,
      detailsJson: a.detailsJson,
      links: links.get(`account:${a.platformId}`) ?? [],
    };
    const hash = observationHash('ACCOUNT', platform, a.platformId, fields);
    return { platformId: a.platformId, hash, fields, source: a.source };
  });
  const history: HistoryObservationRow[] = [];
  const posts = firstOfEach(input.posts).map((p) => {
    const fields: PostFields = {
      url: p.url,
      text: p.text,
      title: p.title,
      postedAt: p.postedAt,
      editedAt: p.editedAt,
      lang: p.lang,
      detailsJson: p.detailsJson,
      media: media.get(p.platformId) ?? [],
      links: links.get(`post:${p.platformId}`) ?? [],
      tags: tags.get(p.platformId) ?? [],
    };
    history.push(...historyRows(platform, p, fields));
    const hash = observationHash('POST', platform, p.platformId, fields);
    return { platformId: p.platformId, authorId: p.authorId, hash, fields, source: p.source };
  });
  return { accounts, posts, history };
}
