import type { CollectionTarget, Scope } from '../../common/collection-types.js';
import type { CaptureResult, NormalizedBatch } from '../../collectors/collector.js';
import { redditCollector } from '../../collectors/reddit/reddit.collector.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { MEDIA, REDDIT, UGLY_HANDLES } from '../../demo/platforms/scenario.js';

/** The Reddit collector against loopback public JSON listings in Reddit's own shape. */
describe('Reddit collector', () => {
  let fixtures: FixturePlatforms;
  let erin: NormalizedBatch;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
    erin = ((await run(handle(`u/${REDDIT.user}`))) as CaptureResult).entities;
  });
  afterAll(() => fixtures.close());

  const ERIN = `t2_${REDDIT.userId}`;
  const FRANK = `t2_${REDDIT.otherUserId}`;
  const S = REDDIT.submission;
  const handle = (value: string, scope: Scope = 'POSTS'): CollectionTarget => ({
    platform: 'reddit',
    kind: 'handle',
    value,
    scope,
  });
  const run = (target: CollectionTarget, options: Record<string, number> = {}) =>
    redditCollector.collect(target, testContext(target, fixtures.url, { options }));
  const post = (id: string) => erin.posts.find((p) => p.platformId === id)!;
  const urlsOf = (id: string) => erin.urls.filter((u) => u.platformId === id).map((u) => u.url);
  const mediaOf = (id: string) => erin.media.filter((m) => m.postId === id);

  it("reads the profile about.json describes, and the user's submissions and comments", async () => {
    const result = (await run(handle(`u/${REDDIT.user}`))) as CaptureResult;
    expect(result).toMatchObject({ kind: 'captured', complete: true, pagesFetched: 2 });
    expect(erin.accounts[0]).toEqual(
      expect.objectContaining({
        platformId: ERIN,
        handle: REDDIT.user,
        displayName: 'Erin',
        bio: 'just here',
        avatarUrl: `${fixtures.url}${MEDIA.png.path}`,
        createdAt: '2023-11-14T22:13:20.000Z',
        details: { totalKarma: 40, linkKarma: 12, commentKarma: 28, verified: true, hasVerifiedEmail: true },
      }),
    );
    // erin's own submissions and comments, and frank's post her crosspost embeds.
    expect(erin.posts).toHaveLength(REDDIT.submissionCount + REDDIT.commentCount + 1);
    expect(erin).toMatchObject({ itemsRead: REDDIT.submissionCount + REDDIT.commentCount, unread: [] });
  });

  it('reads a text post: exact time, Markdown links without trailing punctuation or escapes, mentions', () => {
    expect(post(`t3_${S.text}`)).toMatchObject({
      authorId: ERIN,
      url: `${fixtures.url}/r/kansascity/comments/${S.text}/anyone_know_about_this_/`,
      title: 'anyone know about this?',
      postedAt: '2025-11-20T00:53:20.000Z',
      editedAt: null,
    });
    expect(post(`t3_${S.text}`).text).toMatch(/^anyone know about this\?\nask u\/frank_kc about it/);
    expect(urlsOf(`t3_${S.text}`).sort()).toEqual(
      [
        'https://example.org/tip',
        'http://www.example.net/case_notes',
        'https://maps.example.com/x?q=1&z=2',
      ].sort(),
    );
    // frank is known by id from the crosspost read in the same capture.
    expect(erin.mentions.filter((m) => m.platformId === `t3_${S.text}`)).toEqual([
      expect.objectContaining({ handle: REDDIT.otherUser, accountId: FRANK }),
    ]);
  });

  it("reads a link post's url and its edit time", () => {
    expect(post(`t3_${S.link}`)).toMatchObject({
      postedAt: '2025-11-21T18:33:20.000Z',
      editedAt: '2025-11-21T21:20:00.000Z',
      details: expect.objectContaining({
        linkUrl: 'https://news.example.com/story-42',
        domain: 'news.example.com',
      }),
    });
    expect(urlsOf(`t3_${S.link}`)).toEqual(['https://news.example.com/story-42']);
  });

  it('reads every item of a gallery in order, with captions and outbound links', () => {
    expect(mediaOf(`t3_${S.gallery}`)).toEqual([
      expect.objectContaining({
        platformId: `t3_${S.gallery}#g1front`,
        url: `${fixtures.url}${MEDIA.jpeg.path}`,
        mediaType: 'image/jpg',
        description: null,
      }),
      expect.objectContaining({
        platformId: `t3_${S.gallery}#g2side`,
        url: `${fixtures.url}${MEDIA.png.path}`,
        mediaType: 'image/png',
        description: 'plate visible',
      }),
    ]);
    expect(post(`t3_${S.gallery}`).details).toMatchObject({ mediaUnavailable: ['g3late'] });
    expect(urlsOf(`t3_${S.gallery}`)).toEqual(['https://plates.example.org/KC123']);
  });

  it('reads a v.redd.it video as its MP4, keeping the playlists that carry the sound', () => {
    expect(mediaOf(`t3_${S.video}`)).toEqual([
      expect.objectContaining({
        url: `${fixtures.url}${MEDIA.video.path}?source=fallback`,
        mediaType: 'video/mp4',
      }),
    ]);
    expect(post(`t3_${S.video}`).details).toMatchObject({
      video: { duration: 12, hlsUrl: 'https://v.redd.it/vid6kc/HLSPlaylist.m3u8?a=1&v=1&f=sd' },
    });
    expect(urlsOf(`t3_${S.video}`)).toEqual([]);
  });

  it('reads an image post, and a crosspost as a repost of the post it embeds', () => {
    expect(mediaOf(`t3_${S.image}`)).toEqual([
      expect.objectContaining({ url: `${fixtures.url}${MEDIA.jpeg.path}`, mediaType: 'image' }),
    ]);
    expect(erin.reposts).toEqual([
      expect.objectContaining({ platformId: `t3_${S.crosspost}`, targetId: `t3_${REDDIT.crosspostParent}` }),
    ]);
    expect(post(`t3_${REDDIT.crosspostParent}`)).toMatchObject({
      authorId: FRANK,
      postedAt: '2025-11-18T21:06:40.000Z',
      url: `${fixtures.url}/r/other/comments/${REDDIT.crosspostParent}/seen_near_the_river/`,
    });
    expect(erin.accounts.find((a) => a.platformId === FRANK)).toMatchObject({ handle: REDDIT.otherUser });
    expect(mediaOf(`t3_${REDDIT.crosspostParent}`).map((m) => m.url)).toEqual([
      `${fixtures.url}${MEDIA.png.path}`,
    ]);
  });

  it('reads comments as replies, including an old one without permalink or author_fullname', () => {
    const C = REDDIT.comment;
    expect(erin.replies.map((r) => [r.platformId, r.targetId])).toEqual([
      [`t1_${C.reply}`, 't1_c0'],
      [`t1_${C.topLevel}`, `t3_${S.text}`],
      [`t1_${C.old}`, `t3_${S.old}`],
    ]);
    expect(post(`t1_${C.reply}`)).toMatchObject({
      text: 'replying to /u/frank_kc (see https://example.org/paren_(x))',
      postedAt: '2025-11-21T10:13:20.000Z',
      editedAt: '2025-11-22T02:53:20.000Z',
    });
    expect(urlsOf(`t1_${C.reply}`)).toEqual(['https://example.org/paren_(x)']);
    expect(post(`t1_${C.old}`)).toMatchObject({
      authorId: ERIN,
      url: `${fixtures.url}/r/kansascity/comments/${S.old}/_/${C.old}/`,
      postedAt: '2012-08-15T03:15:00.000Z',
      details: expect.objectContaining({ permalinkDerived: true }),
    });
    expect(urlsOf(`t1_${C.old}`)).toEqual(['http://www.example.com']);
  });

  it("follows `after` through a subreddit's new posts (a TAG reach) and stops at the page limit", async () => {
    const all = (await run(handle(`r/${REDDIT.subreddit}`, 'TAG'), { pageSize: 2 })) as CaptureResult;
    expect(all).toMatchObject({ pagesFetched: 2, complete: true });
    expect(all.entities.posts).toHaveLength(REDDIT.subredditCount);
    // A deleted author is an unknown account of that post alone, never one shared "[deleted]".
    expect(all.entities.accounts.find((a) => a.handle === '[deleted]')).toMatchObject({
      platformId: 'unknown:t3_s3',
      url: null,
    });
    const cut = (await run(handle(`r/${REDDIT.subreddit}`, 'TAG'), {
      pageSize: 2,
      maxPages: 1,
    })) as CaptureResult;
    expect(cut).toMatchObject({ complete: false, stoppedBecause: 'max-pages' });
  });

  it('lists one malformed child of a page of 50 as not read and reads the other 49', async () => {
    const result = (await run(handle(REDDIT.bulkUser))) as CaptureResult;
    expect(result.kind).toBe('captured');
    expect(result.entities.posts).toHaveLength(REDDIT.bulkCount - 1);
    expect(result.entities.itemsRead).toBe(REDDIT.bulkCount - 1);
    expect(result.entities.unread).toEqual([
      { exchangeIndex: 1, item: REDDIT.bulkMalformedAt, reason: expect.stringMatching(/created_utc/) },
    ]);
  });

  it('reads the profile alone for an ACCOUNT decision, and a suspended account by its name', async () => {
    fixtures.resetHits();
    const profile = (await run(handle(`u/${REDDIT.user}`, 'ACCOUNT'))) as CaptureResult;
    expect(profile).toMatchObject({ kind: 'captured', pagesFetched: 1, complete: true });
    expect(profile.entities.posts).toEqual([]);
    expect(fixtures.hits()).toBe(1);
    expect(fixtures.hits(`/user/${REDDIT.user}/about.json`)).toBe(1);
    const suspended = (await run(handle(REDDIT.suspendedUser, 'ACCOUNT'))) as CaptureResult;
    expect(suspended.entities.accounts).toEqual([
      expect.objectContaining({
        platformId: `name:${REDDIT.suspendedUser}`,
        createdAt: null,
        details: expect.objectContaining({ suspended: true }),
      }),
    ]);
  });

  it('refuses a subreddit as POSTS, a user as TAG or FOLLOWERS, and a URL, without a request', async () => {
    fixtures.resetHits();
    for (const target of [
      handle(`r/${REDDIT.subreddit}`, 'POSTS'),
      handle(`u/${REDDIT.user}`, 'TAG'),
      handle(`u/${REDDIT.user}`, 'FOLLOWERS'),
      { ...handle('https://www.reddit.com/user/x'), kind: 'url' as const },
    ]) {
      expect(await run(target)).toMatchObject({ kind: 'not-applicable', reason: expect.any(String) });
    }
    expect(fixtures.hits()).toBe(0);
  });

  it('ends failed on a missing user, a listing that is not JSON, and a rate limit', async () => {
    expect(await run(handle(UGLY_HANDLES.deleted))).toMatchObject({
      kind: 'failed',
      error: { code: 'NOT_FOUND' },
    });
    expect(await run(handle(UGLY_HANDLES.malformed))).toMatchObject({
      kind: 'failed',
      error: { code: 'PAYLOAD_INVALID' },
    });
    expect(await run(handle(UGLY_HANDLES.rateLimited))).toMatchObject({
      kind: 'failed',
      error: { code: 'RATE_LIMITED' },
    });
  });
});
