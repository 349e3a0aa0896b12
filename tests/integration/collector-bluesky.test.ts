import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult, NormalizedBatch, NormalizedPost } from '../../collectors/collector.js';
import { blueskyCollector } from '../../collectors/bluesky/bluesky.collector.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { BLOCKED_URI, FACETS_TEXT, GONE_URI } from '../../demo/platforms/bluesky-feed.fixture.js';
import { BLUESKY, MEDIA, UGLY_HANDLES } from '../../demo/platforms/scenario.js';

const R = BLUESKY.rkey;
const carols = (rkey: string) => `at://${BLUESKY.did}/app.bsky.feed.post/${rkey}`;
const daves = (rkey: string) => `at://${BLUESKY.otherDid}/app.bsky.feed.post/${rkey}`;

/** The Bluesky collector against a loopback AppView answering as the app.bsky lexicons define. */
describe('Bluesky collector', () => {
  let fixtures: FixturePlatforms;
  let carol: CaptureResult;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
    carol = (await run(target('handle', BLUESKY.handle))) as CaptureResult;
  });
  afterAll(() => fixtures.close());

  const target = (kind: 'handle' | 'search' | 'url', value: string): CollectionTarget => ({
    platform: 'bluesky',
    kind,
    value,
    scope: 'POSTS',
  });
  const run = (t: CollectionTarget, options: Record<string, number> = {}) =>
    blueskyCollector.collect(t, testContext(t, fixtures.url, { options }));
  const post = (e: NormalizedBatch, uri: string): NormalizedPost => {
    const found = e.posts.find((p) => p.platformId === uri);
    if (!found) throw new Error(`post ${uri} was not read`);
    return found;
  };
  const targets = (list: NormalizedBatch['replies'], from: string) =>
    list.filter((l) => l.platformId === from).map((l) => l.targetId);

  it('reads the profile: bio, the links in it, labels and the pinned post', () => {
    expect(carol).toMatchObject({ kind: 'captured', complete: true, pagesFetched: 1 });
    const profile = carol.entities.accounts.find((a) => a.platformId === BLUESKY.did);
    expect(profile).toMatchObject({
      handle: BLUESKY.handle,
      displayName: 'Carol',
      url: `https://bsky.app/profile/${BLUESKY.handle}`,
      createdAt: '2023-05-01T14:03:20.512Z',
      exchangeIndex: 0,
    });
    expect(profile?.bio).toMatch(/^Searching for my sister/);
    expect(profile?.details).toMatchObject({
      pinnedPost: carols(R.pinned),
      labels: [{ val: '!no-unauthenticated', src: BLUESKY.did, cts: '2024-02-11T10:00:00.000Z' }],
      counts: { followers: 412, follows: 96, posts: 13 },
    });
    // Links with a scheme and bare domains; never a handle mention or an e-mail address.
    const links = carol.entities.urls.filter((u) => u.from === 'account').map((u) => u.url);
    expect(links).toEqual(['https://findher.example.org/carol', 'https://linktr.ee/carolsearch']);
  });

  it('reads every feed item on its own: the pinned one first, the posts inline, the repost', () => {
    const e = carol.entities;
    expect(e.unread).toEqual([]);
    expect(e.itemsRead).toBe(BLUESKY.feedCount);
    const carolsPosts = e.posts.filter((p) => p.authorId === BLUESKY.did && p.platformId.includes('.post/'));
    expect(carolsPosts).toHaveLength(12);
    expect(e.posts[0]).toMatchObject({ platformId: carols(R.pinned) });
    expect(post(e, carols(R.pinned)).details).toMatchObject({ pinned: true });
    expect(post(e, carols(R.card)).details).not.toHaveProperty('pinned');
    const repost = `at://${BLUESKY.did}/app.bsky.feed.repost/${R.repost}`;
    expect(e.reposts).toEqual([
      expect.objectContaining({ platformId: repost, targetId: daves(R.daveOriginal) }),
    ]);
    expect(post(e, repost)).toMatchObject({
      authorId: BLUESKY.did,
      text: '',
      url: null,
      postedAt: '2026-11-21T08:15:00.000Z',
    });
  });

  it('reads a post: exact instant, text, langs, tags, links, and mentions by the handle the facet covers', () => {
    const e = carol.entities;
    const uri = carols(R.facets);
    expect(post(e, uri)).toMatchObject({
      authorId: BLUESKY.did,
      url: `https://bsky.app/profile/${BLUESKY.handle}/post/${R.facets}`,
      text: FACETS_TEXT,
      postedAt: '2026-11-21T01:00:00.000Z',
      lang: 'en',
    });
    expect(post(e, uri).details).toMatchObject({ langs: ['en', 'es'] });
    // The text has an emoji, a dash and an accent before the mention: bytes, not characters.
    expect(e.mentions).toEqual([
      expect.objectContaining({ platformId: uri, accountId: BLUESKY.otherDid, handle: BLUESKY.otherHandle }),
    ]);
    expect(
      e.hashtags
        .filter((h) => h.postId === uri)
        .map((h) => h.tag)
        .sort(),
    ).toEqual(['missing', 'riverfront']);
    expect(e.urls.filter((u) => u.from === 'post').map((u) => [u.platformId, u.url])).toEqual([
      [carols(R.card), 'https://news.example.com/harbor-search'],
      [uri, 'https://news.example.com/b'],
    ]);
  });

  it('states a time written with an offset as its UTC instant, keeping what was written', () => {
    expect(post(carol.entities, carols(R.video))).toMatchObject({ postedAt: '2026-11-21T08:30:00.000Z' });
    expect(post(carol.entities, carols(R.video)).details).toMatchObject({
      createdAtStated: '2026-11-21T03:30:00.000-05:00',
    });
  });

  it('reads reply parents and roots given inline as posts, and parents not found or blocked', () => {
    const e = carol.entities;
    expect(targets(e.replies, carols(R.reply))).toEqual([daves(R.daveReply)]);
    expect(post(e, carols(R.reply)).details).toMatchObject({ replyRoot: daves(R.daveRoot) });
    expect(post(e, daves(R.daveReply))).toMatchObject({
      authorId: BLUESKY.otherDid,
      text: 'still looking, will post updates',
    });
    expect(targets(e.replies, daves(R.daveReply))).toEqual([daves(R.daveRoot)]);
    expect(post(e, daves(R.daveRoot))).toMatchObject({
      text: 'anyone seen her near the river?',
      postedAt: '2026-11-19T18:00:00.000Z',
    });
    expect(targets(e.replies, carols(R.replyGone))).toEqual([GONE_URI]);
    expect(post(e, carols(R.replyGone)).details).toMatchObject({
      replyParentUnavailable: { uri: GONE_URI, state: 'notFound' },
    });
    expect(targets(e.replies, carols(R.replyBlocked))).toEqual([BLOCKED_URI]);
    expect(post(e, carols(R.replyBlocked)).details).toMatchObject({
      replyParentUnavailable: {
        uri: BLOCKED_URI,
        state: 'blocked',
        authorDid: expect.stringMatching(/^did:plc:/),
      },
    });
    expect(e.posts.some((p) => p.platformId === GONE_URI || p.platformId === BLOCKED_URI)).toBe(false);
  });

  it('reads quotes: shown (with the quoted post and its media), with media of its own, not found, blocked', () => {
    const e = carol.entities;
    expect(targets(e.quotes, carols(R.quote))).toEqual([daves(R.daveOriginal)]);
    expect(post(e, daves(R.daveOriginal))).toMatchObject({
      text: 'dave original at the harbor',
      authorId: BLUESKY.otherDid,
    });
    expect(targets(e.quotes, carols(R.quoteMedia))).toEqual([daves(R.daveRoot)]);
    expect(targets(e.quotes, carols(R.quoteGone))).toEqual([GONE_URI]);
    expect(post(e, carols(R.quoteGone)).details).toMatchObject({
      quote: { uri: GONE_URI, state: 'notFound' },
    });
    expect(targets(e.quotes, carols(R.quoteBlocked))).toEqual([BLOCKED_URI]);
    expect(post(e, carols(R.quoteBlocked)).details).toMatchObject({
      quote: { uri: BLOCKED_URI, state: 'blocked' },
    });
  });

  it('reads images, video and link cards', () => {
    const e = carol.entities;
    expect(e.media.map((m) => [m.postId, m.mediaType, new URL(m.url).pathname, m.description])).toEqual([
      [
        carols(R.video),
        'video',
        expect.stringMatching(/^\/watch\/did%3Aplc%3A\w+\/bafkrei\w+\/playlist\.m3u8$/),
        'clip of the boardwalk',
      ],
      [daves(R.daveOriginal), 'image', MEDIA.png.path, 'the harbor at dusk'],
      [carols(R.quoteMedia), 'image', MEDIA.jpeg.path, 'same spot'],
      [carols(R.facets), 'image', MEDIA.jpeg.path, 'photo of the harbor'],
    ]);
    expect(post(e, carols(R.video)).details?.video).toMatchObject({
      cid: expect.stringMatching(/^bafkrei/),
      alt: 'clip of the boardwalk',
    });
    expect(post(e, carols(R.card)).details?.external).toMatchObject({
      uri: 'https://news.example.com/harbor-search',
      title: 'Harbor search continues',
      description: 'Volunteers return to the harbor front.',
    });
  });

  it("keeps a post's labels, from labelers and from the author", () => {
    expect(post(carol.entities, carols(R.labelled)).details).toMatchObject({
      labels: [
        { val: 'graphic-media', src: BLUESKY.did },
        { val: 'misleading', src: BLUESKY.labelerDid },
      ],
      selfLabels: ['graphic-media'],
    });
  });

  it('follows the cursor page by page, the pinned post only on the first, and stops at the page limit', async () => {
    const paged = (await run(target('handle', BLUESKY.handle), { pageSize: 4 })) as CaptureResult;
    expect(paged).toMatchObject({ complete: true, pagesFetched: 4 });
    const cursors = paged.exchanges.slice(1).map((x) => new URL(x.request.url).searchParams.get('cursor'));
    expect(cursors).toEqual([
      null,
      '2026-11-21T08:15:00.000Z',
      '2026-11-21T05:00:01.000Z',
      '2026-11-21T01:00:01.000Z',
    ]);
    expect(paged.entities.posts.map((p) => p.platformId).sort()).toEqual(
      carol.entities.posts.map((p) => p.platformId).sort(),
    );
    const cut = (await run(target('handle', BLUESKY.handle), { pageSize: 4, maxPages: 1 })) as CaptureResult;
    expect(cut).toMatchObject({ complete: false, stoppedBecause: 'max-pages', pagesFetched: 1 });
  });

  it('searches posts', async () => {
    const result = (await run(target('search', BLUESKY.searchQuery))) as CaptureResult;
    expect(result.entities.posts.map((p) => p.platformId).sort()).toEqual(
      [carols(R.facets), carols(R.quote), daves(R.daveOriginal)].sort(),
    );
    expect(BLUESKY.searchCount).toBe(3);
  });

  it('lists a malformed item of a page of 50 as not read and reads the other 49', async () => {
    const result = (await run(target('handle', BLUESKY.bulkHandle))) as CaptureResult;
    expect(result).toMatchObject({ kind: 'captured', complete: true });
    expect(result.entities.posts).toHaveLength(BLUESKY.bulkCount - 1);
    expect(result.entities.itemsRead).toBe(BLUESKY.bulkCount - 1);
    expect(result.entities.unread).toEqual([
      { exchangeIndex: 1, item: BLUESKY.bulkMalformedAt, reason: expect.stringMatching(/^post\.author: /) },
    ]);
  });

  it('fails a response that is not the AppView’s at all, an unknown profile and a rate limit; declines a URL', async () => {
    expect(await run(target('handle', UGLY_HANDLES.deleted))).toMatchObject({ kind: 'failed' });
    for (const who of [UGLY_HANDLES.malformed, BLUESKY.htmlPageHandle]) {
      expect(await run(target('handle', who))).toMatchObject({
        kind: 'failed',
        error: { code: 'PAYLOAD_INVALID' },
      });
    }
    expect(await run(target('handle', UGLY_HANDLES.rateLimited))).toMatchObject({
      kind: 'failed',
      error: { code: 'RATE_LIMITED' },
    });
    fixtures.resetHits();
    expect(await run(target('url', 'https://bsky.app/profile/x'))).toMatchObject({ kind: 'not-applicable' });
    expect(fixtures.hits()).toBe(0);
  });
});
