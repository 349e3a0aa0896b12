/**
 * Reddit's listings and about.json read into normalized entities: `t2` accounts, `t3` links
 * (text, link, image, video, gallery, crosspost) and `t1` comments, each child of a listing on its
 * own so one the parser cannot read is listed instead of failing the page.
 */
import type { NormalizedAccount, NormalizedBatch } from '../collector.js';
import { readEach } from '../text/each-item.js';
import { unixInstant } from '../text/instants.js';
import { markdownRefs } from '../text/markdown-links.js';
import { addEmbeddedMedia, addLinkMedia } from './reddit-media.js';
import {
  commentSchema,
  linkSchema,
  thingSchema,
  type listingSchema,
  type RedditAbout,
  type RedditComment,
  type RedditParent,
} from './reddit.schemas.js';
import type { z } from 'zod';

/** What reading a listing needs besides the listing: where Reddit is, and whom we already know. */
export interface RedditContext {
  readonly base: string;
  /** Lower-cased user name → account id (`t2_…`), for things that name their author only. */
  readonly knownUsers: Map<string, string>;
}

/** Drops absent values, so details hold only what the platform said. */
function compact(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== false),
  );
}

/** The account an about.json describes; a suspended account is known by its name alone. */
export function addUser(
  batch: NormalizedBatch,
  about: RedditAbout,
  ctx: RedditContext,
  exchangeIndex: number,
): void {
  const u = about.data;
  const platformId = u.id ? `t2_${u.id}` : `name:${u.name}`;
  ctx.knownUsers.set(u.name.toLowerCase(), platformId);
  batch.accounts.push({
    platform: 'reddit',
    platformId,
    exchangeIndex,
    handle: u.name,
    displayName: u.subreddit?.title || null,
    url: `${ctx.base}/user/${u.name}`,
    bio: u.subreddit?.public_description || null,
    avatarUrl: u.icon_img || u.snoovatar_img || null,
    createdAt: u.created_utc === undefined ? null : unixInstant(u.created_utc),
    details: compact({
      suspended: u.is_suspended,
      totalKarma: u.total_karma,
      linkKarma: u.link_karma,
      commentKarma: u.comment_karma,
      verified: u.verified,
      hasVerifiedEmail: u.has_verified_email,
      isEmployee: u.is_employee,
      isModerator: u.is_mod,
      over18: u.subreddit?.over_18,
      bannerUrl: u.subreddit?.banner_img || undefined,
    }),
  });
}

type Thing = RedditParent | RedditComment;

/**
 * The author's account. A deleted or removed author is a separate unknown account per thing, so
 * unrelated posts are never joined through a shared "[deleted]"; an author named without
 * `author_fullname` (old listings) is matched to an account already read by name.
 */
function author(
  thing: Thing,
  fullname: string,
  ctx: RedditContext,
  exchangeIndex: number,
): NormalizedAccount {
  const gone = thing.author === '[deleted]' || thing.author === '[removed]';
  if (!gone && thing.author_fullname) ctx.knownUsers.set(thing.author.toLowerCase(), thing.author_fullname);
  const platformId = gone
    ? `unknown:${fullname}`
    : (thing.author_fullname ?? ctx.knownUsers.get(thing.author.toLowerCase()) ?? `name:${thing.author}`);
  return {
    platform: 'reddit',
    platformId,
    exchangeIndex,
    handle: thing.author,
    displayName: null,
    url: gone ? null : `${ctx.base}/user/${thing.author}`,
    bio: null,
    avatarUrl: null,
    createdAt: null,
    ...(gone ? { details: { authorGone: thing.author } } : {}),
  };
}

/** Links and mentions written in a post's Markdown. */
function addRefs(into: NormalizedBatch, common: Common, markdown: string, ctx: RedditContext): void {
  const refs = markdownRefs(markdown);
  for (const url of refs.urls) into.urls.push({ ...common, from: 'post', url });
  for (const user of refs.users)
    into.mentions.push({
      ...common,
      accountId: ctx.knownUsers.get(user.toLowerCase()) ?? null,
      handle: user,
    });
}

type Common = { readonly platform: 'reddit'; readonly platformId: string; readonly exchangeIndex: number };

/** When the thing was edited: an instant, or `true` (edited, time unknown) kept in details. */
const editedAt = (edited: number | boolean | undefined) =>
  typeof edited === 'number' ? unixInstant(edited) : null;

/** Things common to links and comments, for their details. */
const shared = (t: Thing) => ({
  subreddit: t.subreddit,
  score: t.score,
  distinguished: t.distinguished,
  stickied: t.stickied,
  editedTimeUnknown: t.edited === true,
  permalinkDerived: t.permalink === undefined,
});

/** A link (`t3`); a crosspost also adds the post it embeds, and the repost between them. */
function addLink(
  into: NormalizedBatch,
  link: RedditParent,
  ctx: RedditContext,
  exchangeIndex: number,
  embedded: RedditParent[] = [],
): void {
  const name = link.name ?? `t3_${link.id}`;
  const common = { platform: 'reddit' as const, platformId: name, exchangeIndex };
  const account = author(link, name, ctx, exchangeIndex);
  into.accounts.push(account);
  const linkUrl = link.url_overridden_by_dest ?? link.url;
  // A text post's `url` is its own comments page; only a link post's points away from it.
  const ownPage = !!link.permalink && !!linkUrl?.endsWith(link.permalink);
  const isLink = !link.is_self && !link.is_gallery && !link.is_video && !link.crosspost_parent && !ownPage;
  const mediaFacts = addLinkMedia(into, common, link);
  const linksOut = isLink && linkUrl && !into.media.some((m) => m.url === linkUrl);
  if (linksOut) into.urls.push({ ...common, from: 'post', url: linkUrl });
  into.posts.push({
    ...common,
    authorId: account.platformId,
    url: `${ctx.base}${link.permalink ?? `/comments/${link.id}/`}`,
    text: [link.title, link.selftext].filter(Boolean).join('\n'),
    postedAt: unixInstant(link.created_utc),
    editedAt: editedAt(link.edited),
    lang: null,
    title: link.title,
    details: compact({
      ...shared(link),
      domain: link.domain,
      postHint: link.post_hint,
      linkUrl: linksOut ? linkUrl : undefined,
      numComments: link.num_comments,
      over18: link.over_18,
      spoiler: link.spoiler,
      locked: link.locked,
      flair: link.link_flair_text,
      removedByCategory: link.removed_by_category,
      poll: link.poll_data,
      embed: link.secure_media?.oembed ?? link.media?.oembed,
      ...mediaFacts,
    }),
  });
  addRefs(into, common, `${link.title}\n${link.selftext ?? ''}`, ctx);
  if (link.crosspost_parent) {
    into.reposts.push({ ...common, targetId: link.crosspost_parent });
    const parent = embedded.find((p) => (p.name ?? `t3_${p.id}`) === link.crosspost_parent);
    if (parent) addLink(into, parent, ctx, exchangeIndex);
  }
}

/** A comment (`t1`), the reply it is, and what its Markdown links to and mentions. */
function addComment(
  into: NormalizedBatch,
  c: RedditComment,
  ctx: RedditContext,
  exchangeIndex: number,
): void {
  const name = c.name ?? `t1_${c.id}`;
  const common = { platform: 'reddit' as const, platformId: name, exchangeIndex };
  const account = author(c, name, ctx, exchangeIndex);
  into.accounts.push(account);
  const linkId = c.link_id?.replace(/^t3_/, '');
  // Old listings lack `permalink`; Reddit answers /comments/<link>/_/<comment>/ for any comment.
  const sub = c.subreddit ? `/r/${c.subreddit}` : '';
  const path = c.permalink ?? (linkId ? `${sub}/comments/${linkId}/_/${c.id}/` : null);
  const missing = addEmbeddedMedia(into, common, c.media_metadata);
  into.posts.push({
    ...common,
    authorId: account.platformId,
    url: path ? `${ctx.base}${path}` : null,
    text: c.body,
    postedAt: unixInstant(c.created_utc),
    editedAt: editedAt(c.edited),
    lang: null,
    title: null,
    details: compact({
      ...shared(c),
      linkId: c.link_id,
      linkTitle: c.link_title,
      isSubmitter: c.is_submitter,
      mediaUnavailable: missing.length ? missing : undefined,
    }),
  });
  const parent = c.parent_id ?? c.link_id;
  if (parent) into.replies.push({ ...common, targetId: parent });
  addRefs(into, common, c.body, ctx);
}

/** Reads one child of a listing; a kind other than a link or comment (`more`) carries no post. */
function readThing(
  thing: z.infer<typeof thingSchema>,
  into: NormalizedBatch,
  ctx: RedditContext,
  exchangeIndex: number,
): void {
  if (thing.kind === 't3') {
    const link = linkSchema.parse(thing.data);
    addLink(into, link, ctx, exchangeIndex, link.crosspost_parent_list ?? []);
  } else if (thing.kind === 't1') {
    addComment(into, commentSchema.parse(thing.data), ctx, exchangeIndex);
  }
}

/** Adds a listing page's links and comments, each read on its own. */
export function addListing(
  batch: NormalizedBatch,
  listing: z.infer<typeof listingSchema>,
  ctx: RedditContext,
  exchangeIndex: number,
): void {
  readEach(batch, exchangeIndex, listing.data.children, thingSchema, (thing, into) =>
    readThing(thing, into, ctx, exchangeIndex),
  );
}
