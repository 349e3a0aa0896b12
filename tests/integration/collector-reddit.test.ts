import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult } from '../../collectors/collector.js';
import { redditCollector } from '../../collectors/reddit/reddit.collector.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { MEDIA, REDDIT, UGLY_HANDLES } from '../../demo/platforms/scenario.js';

/** The Reddit collector against loopback public JSON listings. */
describe('Reddit collector', () => {
  let fixtures: FixturePlatforms;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
  });
  afterAll(() => fixtures.close());

  const handle = (value: string): CollectionTarget => ({
    platform: 'reddit',
    kind: 'handle',
    value,
    scope: 'POSTS',
  });
  const run = (target: CollectionTarget, options: Record<string, number> = {}) =>
    redditCollector.collect(target, testContext(target, fixtures.url, { options }));

  it("reads a user's profile, submissions and comments, with image, crosspost, replies and links", async () => {
    const result = (await run(handle(`u/${REDDIT.user}`))) as CaptureResult;
    expect(result).toMatchObject({ kind: 'captured', complete: true, pagesFetched: 2 });
    const e = result.entities;
    expect(e.accounts[0]).toMatchObject({
      platformId: `t2_${REDDIT.userId}`,
      handle: REDDIT.user,
      bio: 'just here',
    });
    expect(e.posts).toHaveLength(REDDIT.submissionCount + REDDIT.commentCount);
    expect(e.media).toEqual([
      expect.objectContaining({ postId: 't3_p3', url: `${fixtures.url}${MEDIA.jpeg.path}` }),
    ]);
    expect(e.reposts).toEqual([expect.objectContaining({ platformId: 't3_p1', targetId: 't3_x0' })]);
    expect(e.replies.map((r) => [r.platformId, r.targetId])).toEqual([
      ['t1_c2', 't1_c0'],
      ['t1_c1', 't3_p2'],
    ]);
    expect(e.urls.map((u) => u.url)).toEqual(['https://example.org/tip']);
    expect(e.mentions.map((m) => m.handle)).toEqual(['frank_kc']);
  });

  it("follows `after` through a subreddit's new posts and stops at the page limit", async () => {
    const all = (await run(handle(`r/${REDDIT.subreddit}`), { pageSize: 2 })) as CaptureResult;
    expect(all).toMatchObject({ pagesFetched: 2, complete: true });
    expect(all.entities.posts).toHaveLength(REDDIT.subredditCount);
    const cut = (await run(handle(`r/${REDDIT.subreddit}`), { pageSize: 2, maxPages: 1 })) as CaptureResult;
    expect(cut).toMatchObject({ complete: false, stoppedBecause: 'max-pages' });
  });

  it('ends failed on a missing user, a malformed listing and a rate limit', async () => {
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
