/**
 * What the fixture AppView holds: carol's profile and author feed, with one item for each shape
 * the collector must read (facets over multibyte text, images, video, a link card, quotes shown,
 * not found and blocked, a quote with media, replies whose parent is shown, gone or blocked, a
 * repost, labels, a pinned post), dave's posts she answers, and a full page with one bad item.
 */
import { isRevised } from './fixture-revisions.js';
import {
  cid,
  external,
  facet,
  images,
  postUri,
  postView,
  profileBasic,
  quoteEmbed,
  strongRef,
  video,
  viewRecord,
  type Json,
  type PostSpec,
} from './bluesky-entities.fixture.js';
import { BLUESKY } from './scenario.js';

const R = BLUESKY.rkey;
const BLOCKER = 'did:plc:blockq2kz7xw5tmv3ynp4hrx';
const TID_CHARS = '234567abcdefghijklmnopqrstuvwxyz';

export const FACETS_TEXT =
  'Seen near the harbor 🌊 — José says #missing @dave.bsky.social https://news.example.com/b';
export const GONE_URI = postUri(BLUESKY.otherDid, '3lcaa5xkw2n2a');
export const BLOCKED_URI = postUri(BLOCKER, '3lcaa6xkw2n2a');

export function people(base: string) {
  const profileSelfLabel = {
    src: BLUESKY.did,
    uri: `at://${BLUESKY.did}/app.bsky.actor.profile/self`,
    cid: cid('carol-profile'),
    val: '!no-unauthenticated',
    cts: '2024-02-11T10:00:00.000Z',
  };
  const carol = profileBasic(base, {
    did: BLUESKY.did,
    handle: BLUESKY.handle,
    displayName: 'Carol',
    createdAt: '2023-05-01T14:03:20.512Z',
    labels: [profileSelfLabel],
  });
  const dave = profileBasic(base, {
    did: BLUESKY.otherDid,
    handle: BLUESKY.otherHandle,
    displayName: 'Dave',
    createdAt: '2023-08-12T09:00:00.000Z',
  });
  return { carol, dave };
}

/** app.bsky.actor.defs#profileViewDetailed of carol. */
export function carolProfile(base: string): Json {
  return {
    ...people(base).carol,
    description:
      'Searching for my sister. Updates: https://findher.example.org/carol and linktr.ee/carolsearch.\nMedia: ask @carol.bsky.social or mail carol@example.com',
    banner: `${base}/img/banner/plain/${BLUESKY.did}/${cid('banner', 'blob')}@jpeg`,
    followersCount: 412,
    followsCount: 96,
    postsCount: 13,
    indexedAt: '2026-11-21T10:05:00.000Z',
    pinnedPost: strongRef(postUri(BLUESKY.did, R.pinned)),
  };
}

/** dave's posts carol's items show inline. */
export function davesPosts(base: string): Record<'root' | 'reply' | 'original', Json> {
  const { dave } = people(base);
  const root = postView({
    author: dave,
    rkey: R.daveRoot,
    text: 'anyone seen her near the river?',
    createdAt: '2026-11-19T18:00:00.000Z',
  });
  const rootRef = strongRef(String(root.uri));
  const photo = images(base, 'dave-photo', 'png', 'the harbor at dusk');
  return {
    root,
    reply: postView({
      author: dave,
      rkey: R.daveReply,
      text: 'still looking, will post updates',
      createdAt: '2026-11-19T18:30:00.000Z',
      record: { reply: { parent: rootRef, root: rootRef } },
    }),
    original: postView({
      author: dave,
      rkey: R.daveOriginal,
      text: 'dave original at the harbor',
      createdAt: '2026-11-19T20:00:00.000Z',
      record: { embed: photo.record },
      embed: photo.view,
    }),
  };
}

const carolPost = (base: string, spec: Omit<PostSpec, 'author'>): Json =>
  postView({ author: people(base).carol, ...spec });

function facetsPost(base: string): Json {
  const photo = images(base, 'carol-harbor', 'jpeg', 'photo of the harbor');
  const text = FACETS_TEXT;
  return carolPost(base, {
    rkey: R.facets,
    text,
    createdAt: '2026-11-21T01:00:00.000Z',
    record: {
      embed: photo.record,
      facets: [
        facet(text, '#missing', { $type: 'app.bsky.richtext.facet#tag', tag: 'missing' }),
        facet(text, '@dave.bsky.social', { $type: 'app.bsky.richtext.facet#mention', did: BLUESKY.otherDid }),
        facet(text, 'https://news.example.com/b', {
          $type: 'app.bsky.richtext.facet#link',
          uri: 'https://news.example.com/b',
        }),
      ],
      langs: ['en', 'es'],
      tags: ['riverfront'],
    },
    embed: photo.view,
  });
}

/** carol's replies: to a post shown inline, to a deleted one, to one whose author blocks viewers. */
function replies(base: string): Json[] {
  const d = davesPosts(base);
  const reply = (rkey: string, text: string, createdAt: string, parent: string, root: string) =>
    carolPost(base, {
      rkey,
      text,
      createdAt,
      record: { reply: { parent: strongRef(parent), root: strongRef(root) } },
    });
  const notFound = { $type: 'app.bsky.feed.defs#notFoundPost', uri: GONE_URI, notFound: true };
  const blocked = {
    $type: 'app.bsky.feed.defs#blockedPost',
    uri: BLOCKED_URI,
    blocked: true,
    author: { did: BLOCKER, viewer: { blockedBy: true } },
  };
  return [
    {
      post: reply(R.replyBlocked, 'not this again', '2026-11-21T04:00:00.000Z', BLOCKED_URI, BLOCKED_URI),
      reply: { root: blocked, parent: blocked },
    },
    {
      post: reply(R.replyGone, 'where did your post go?', '2026-11-21T03:00:00.000Z', GONE_URI, GONE_URI),
      reply: { root: notFound, parent: notFound },
    },
    {
      post: reply(
        R.reply,
        'replying to dave',
        '2026-11-21T02:00:00.000Z',
        String(d.reply.uri),
        String(d.root.uri),
      ),
      reply: {
        root: { $type: 'app.bsky.feed.defs#postView', ...d.root },
        parent: { $type: 'app.bsky.feed.defs#postView', ...d.reply },
        grandparentAuthor: people(base).dave,
      },
    },
  ];
}

/** carol's quotes: shown, shown with her own photo, not found, blocked. */
function quotes(base: string): Json[] {
  const d = davesPosts(base);
  const shown = quoteEmbed({ uri: String(d.original.uri) }, viewRecord(d.original));
  const mine = images(base, 'carol-spot', 'jpeg', 'same spot');
  const withMedia = quoteEmbed({ uri: String(d.root.uri) }, viewRecord(d.root));
  const gone = quoteEmbed(
    { uri: GONE_URI },
    { $type: 'app.bsky.embed.record#viewNotFound', uri: GONE_URI, notFound: true },
  );
  const blocked = quoteEmbed(
    { uri: BLOCKED_URI },
    {
      $type: 'app.bsky.embed.record#viewBlocked',
      uri: BLOCKED_URI,
      blocked: true,
      author: { did: BLOCKER, viewer: { blockedBy: true } },
    },
  );
  const post = (rkey: string, text: string, createdAt: string, embed: { record: Json; view: Json }) => ({
    post: carolPost(base, { rkey, text, createdAt, record: { embed: embed.record }, embed: embed.view }),
  });
  return [
    post(R.quoteBlocked, 'quoting a post I cannot see', '2026-11-21T08:00:00.000Z', blocked),
    post(R.quoteGone, 'this was deleted', '2026-11-21T07:00:00.000Z', gone),
    post(R.quoteMedia, 'same spot, my photo', '2026-11-21T06:00:00.000Z', {
      record: { $type: 'app.bsky.embed.recordWithMedia', media: mine.record, record: withMedia.record },
      view: { $type: 'app.bsky.embed.recordWithMedia#view', media: mine.view, record: withMedia.view },
    }),
    post(R.quote, 'look at this, harbor again', '2026-11-21T05:00:00.000Z', shown),
  ];
}

function mediaAndLabels(base: string): Json[] {
  const clip = video(base, BLUESKY.did, 'carol-clip');
  const card = external(
    base,
    'https://news.example.com/harbor-search',
    'Harbor search continues',
    'Volunteers return to the harbor front.',
  );
  const labelledUri = postUri(BLUESKY.did, R.labelled);
  const label = (src: string, val: string) => ({
    src,
    uri: labelledUri,
    cid: cid(labelledUri),
    val,
    cts: '2026-11-21T10:00:02.000Z',
  });
  return [
    {
      post: carolPost(base, {
        rkey: R.labelled,
        text: 'what I found on the pier',
        createdAt: '2026-11-21T10:00:00.000Z',
        record: {
          labels: { $type: 'com.atproto.label.defs#selfLabels', values: [{ val: 'graphic-media' }] },
        },
        labels: [label(BLUESKY.did, 'graphic-media'), label(BLUESKY.labelerDid, 'misleading')],
      }),
    },
    {
      post: carolPost(base, {
        rkey: R.card,
        text: 'Search update from the paper',
        createdAt: '2026-11-21T09:00:00.000Z',
        record: { embed: card.record },
        embed: card.view,
      }),
    },
    // Written by a client in Kansas City time: the instant is 08:30 UTC.
    {
      post: carolPost(base, {
        rkey: R.video,
        text: 'boardwalk, this morning',
        createdAt: '2026-11-21T03:30:00.000-05:00',
        record: { embed: clip.record },
        embed: clip.view,
      }),
    },
  ];
}

function repost(base: string): Json {
  const uri = `at://${BLUESKY.did}/app.bsky.feed.repost/${R.repost}`;
  return {
    post: davesPosts(base).original,
    reason: {
      $type: 'app.bsky.feed.defs#reasonRepost',
      by: people(base).carol,
      uri,
      cid: cid(uri),
      indexedAt: '2026-11-21T08:15:00.000Z',
    },
  };
}

/** carol's author feed, newest first, without the pinned copy on top. */
export function carolFeed(base: string): Json[] {
  const pinned = carolPost(base, {
    rkey: R.pinned,
    text: 'Please share: my sister has been missing since Nov 18. Call 816-555-0100 with anything.',
    createdAt: '2026-11-20T23:00:00.000Z',
  });
  const [labelled, card, clip] = mediaAndLabels(base);
  return [
    labelled!,
    card!,
    clip!,
    repost(base),
    ...quotes(base),
    ...replies(base),
    // Deleted by carol in the feed's later state (fixture-revisions.ts).
    ...(isRevised(base, 'bluesky') ? [] : [{ post: facetsPost(base) }]),
    { post: pinned },
  ];
}

/** The pinned item the first page starts with when pins are asked for. */
export function pinnedItem(base: string): Json {
  const { post } = carolFeed(base).at(-1)!;
  return { post, reason: { $type: 'app.bsky.feed.defs#reasonPin' } };
}

/** frank's full page: one item has a post without an author, which no AppView would send. */
export function bulkFeed(base: string): Json[] {
  const frank = profileBasic(base, {
    did: BLUESKY.bulkDid,
    handle: BLUESKY.bulkHandle,
    displayName: 'Frank',
    createdAt: '2024-01-01T00:00:00.000Z',
  });
  return Array.from({ length: BLUESKY.bulkCount }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 21, 12, 0, 0) - i * 60_000).toISOString();
    const n = BLUESKY.bulkCount - i;
    // Record keys sort like TIDs: two base32-sortable characters count the posts up.
    const rkey = `3lcc${TID_CHARS[Math.floor(n / 32)]}${TID_CHARS[n % 32]}xkw2n2a`;
    const post = postView({ author: frank, rkey, text: `update ${n}`, createdAt: at });
    return i === BLUESKY.bulkMalformedAt ? { post: { ...post, author: undefined } } : { post };
  });
}
