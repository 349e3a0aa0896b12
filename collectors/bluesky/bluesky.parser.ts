/**
 * Bluesky's AppView views read into normalized entities. A post is its record (text, langs,
 * facets for tags, mentions and links, reply refs) plus its view (author, labels, counts, embed);
 * the posts a feed item shows inline — reply parents and roots, quoted posts — are posts too; a
 * repost is a post of the reposter reposting the original; a pinned post says so.
 */
import type { NormalizedBatch } from '../collector.js';
import { compact } from '../text/details.js';
import { readEmbed, type EmbedContext } from './bluesky-embeds.js';
import {
  reasonRepostSchema,
  type FeedViewPost,
  type PostRecord,
  type PostView,
  type ProfileBasic,
  type ProfileDetailed,
  type ReplyTarget,
  type Typed,
} from './bluesky.schema.js';
import { instant, labelFacts, mentionHandle, postUrl, profileUrl, textLinks } from './bluesky-text.js';

const stated = (original: string | undefined) =>
  original && instant(original) !== original ? original : null;

/** Adds an account once; a detailed profile's description links are the account's links. */
export function addAccount(
  batch: NormalizedBatch,
  a: ProfileBasic & Partial<ProfileDetailed>,
  exchangeIndex: number,
) {
  if (batch.accounts.some((x) => x.platformId === a.did)) return;
  batch.accounts.push({
    platform: 'bluesky',
    platformId: a.did,
    exchangeIndex,
    handle: a.handle,
    displayName: a.displayName || null,
    url: profileUrl(a),
    bio: a.description || null,
    avatarUrl: a.avatar ?? null,
    createdAt: a.createdAt ? instant(a.createdAt) : null,
    details: compact({
      labels: labelFacts(a.labels),
      banner: a.banner,
      pinnedPost: a.pinnedPost?.uri,
      counts:
        a.followersCount === undefined
          ? null
          : { followers: a.followersCount, follows: a.followsCount, posts: a.postsCount },
      indexedAt: a.indexedAt,
      createdAtStated: stated(a.createdAt),
    }),
  });
  for (const url of textLinks(a.description))
    batch.urls.push({ platform: 'bluesky', platformId: a.did, exchangeIndex, from: 'account', url });
}

/** Tags, mentions and links of a record: facets over its UTF-8 bytes, and its extra tags. */
function addFacets(batch: NormalizedBatch, uri: string, record: PostRecord, exchangeIndex: number) {
  const common = { platform: 'bluesky' as const, platformId: uri, exchangeIndex };
  const bytes = Buffer.from(record.text, 'utf8');
  const tags = new Set((record.tags ?? []).map((t) => t.toLowerCase()));
  const links = new Set<string>();
  for (const facet of record.facets ?? []) {
    for (const f of facet.features) {
      if (f.$type === 'app.bsky.richtext.facet#tag' && f.tag) tags.add(f.tag.toLowerCase());
      if (f.$type === 'app.bsky.richtext.facet#link' && f.uri) links.add(f.uri);
      if (f.$type === 'app.bsky.richtext.facet#mention' && f.did)
        batch.mentions.push({
          ...common,
          accountId: f.did,
          handle: mentionHandle(bytes, facet.index) ?? f.did,
        });
    }
  }
  for (const tag of tags) batch.hashtags.push({ ...common, postId: uri, tag });
  for (const url of links) batch.urls.push({ ...common, from: 'post', url });
}

/** What a post is read from: a postView, or an embed's viewRecord. */
interface PostParts {
  readonly uri: string;
  readonly cid: string;
  readonly author: ProfileBasic;
  readonly record: PostRecord;
  readonly embeds: readonly Typed[];
  readonly labels?: PostView['labels'];
  readonly indexedAt: string;
  readonly counts?: Record<string, number | undefined>;
}

function addParts(
  batch: NormalizedBatch,
  p: PostParts,
  exchangeIndex: number,
  extra: Record<string, unknown>,
) {
  if (batch.posts.some((x) => x.platformId === p.uri)) return;
  addAccount(batch, p.author, exchangeIndex);
  const ctx: EmbedContext = {
    batch,
    postId: p.uri,
    exchangeIndex,
    addQuoted: (r) => addParts(batch, { ...r, record: r.value, embeds: r.embeds ?? [] }, exchangeIndex, {}),
  };
  const embedFacts = p.embeds.reduce<Record<string, unknown>>(
    (all, e) => ({ ...all, ...readEmbed(ctx, e) }),
    {},
  );
  addFacets(batch, p.uri, p.record, exchangeIndex);
  const { reply, langs } = p.record;
  if (reply)
    batch.replies.push({ platform: 'bluesky', platformId: p.uri, exchangeIndex, targetId: reply.parent.uri });
  batch.posts.push({
    platform: 'bluesky',
    platformId: p.uri,
    exchangeIndex,
    authorId: p.author.did,
    url: postUrl(p.author, p.uri),
    text: p.record.text,
    postedAt: instant(p.record.createdAt),
    editedAt: null,
    lang: langs?.[0] ?? null,
    title: null,
    details: compact({
      cid: p.cid,
      langs: langs && langs.length > 1 ? langs : null,
      labels: labelFacts(p.labels),
      selfLabels: p.record.labels?.values.map((v) => v.val),
      replyRoot: reply?.root.uri,
      indexedAt: p.indexedAt,
      createdAtStated: stated(p.record.createdAt),
      counts: p.counts ? compact(p.counts) : null,
      ...embedFacts,
      ...extra,
    }),
  });
}

/** Adds a post view with its author, facets, embed and reply link, once. */
export function addPost(
  batch: NormalizedBatch,
  view: PostView,
  exchangeIndex: number,
  extra: Record<string, unknown> = {},
) {
  const counts = {
    replies: view.replyCount,
    reposts: view.repostCount,
    likes: view.likeCount,
    quotes: view.quoteCount,
  };
  addParts(batch, { ...view, embeds: view.embed ? [view.embed] : [], counts }, exchangeIndex, extra);
}

/** A reply's parent or root: a post when shown; otherwise why not, for the replying post. */
function replyTarget(
  batch: NormalizedBatch,
  target: ReplyTarget,
  exchangeIndex: number,
): Record<string, unknown> | null {
  if ('notFound' in target) return { uri: target.uri, state: 'notFound' };
  if ('blocked' in target) return { uri: target.uri, state: 'blocked', authorDid: target.author.did };
  addPost(batch, target, exchangeIndex);
  return null;
}

/** A repost: the reposter's own post (the repost record when the AppView names it) of the original. */
function addRepost(batch: NormalizedBatch, reason: Typed, original: PostView, exchangeIndex: number) {
  const { by, uri, cid, indexedAt } = reasonRepostSchema.parse(reason);
  const id = uri ?? `repost:${by.did}:${original.uri}`;
  addAccount(batch, by, exchangeIndex);
  if (!batch.posts.some((p) => p.platformId === id)) {
    batch.posts.push({
      platform: 'bluesky',
      platformId: id,
      exchangeIndex,
      authorId: by.did,
      url: null,
      text: '',
      postedAt: instant(indexedAt),
      editedAt: null,
      lang: null,
      title: null,
      details: compact({ cid, repostOf: original.uri }),
    });
  }
  batch.reposts.push({ platform: 'bluesky', platformId: id, exchangeIndex, targetId: original.uri });
}

/** Adds one item of an author feed: its post, the posts it replies to, and its reason. */
export function addFeedItem(batch: NormalizedBatch, item: FeedViewPost, exchangeIndex: number): void {
  const reason = item.reason?.$type;
  const parent = item.reply && replyTarget(batch, item.reply.parent, exchangeIndex);
  const root = item.reply && replyTarget(batch, item.reply.root, exchangeIndex);
  const extra = compact({
    pinned: reason === 'app.bsky.feed.defs#reasonPin' ? true : null,
    replyParentUnavailable: parent,
    replyRootUnavailable: root,
  });
  addPost(batch, item.post, exchangeIndex, extra);
  if (reason === 'app.bsky.feed.defs#reasonRepost') addRepost(batch, item.reason!, item.post, exchangeIndex);
}
