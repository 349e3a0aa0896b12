import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult } from '../../collectors/collector.js';
import { mastodonCollector } from '../../collectors/mastodon/mastodon.collector.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { MASTODON, MEDIA, RETRY_AFTER_SECONDS, UGLY_HANDLES } from '../../demo/platforms/scenario.js';

/** The Mastodon collector against a loopback server speaking Mastodon's public REST API. */
describe('Mastodon collector', () => {
  let fixtures: FixturePlatforms;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
  });
  afterAll(() => fixtures.close());

  const handle = (value: string): CollectionTarget => ({
    platform: 'mastodon',
    kind: 'handle',
    value,
    scope: 'POSTS',
  });
  const run = (target: CollectionTarget, options: Record<string, number> = {}) =>
    mastodonCollector.collect(target, testContext(target, fixtures.url, { options }));

  it("reads an account's statuses with boosts, replies, mentions, tags and media", async () => {
    const result = (await run(handle(`@${MASTODON.handle}`))) as CaptureResult;
    expect(result.kind).toBe('captured');
    expect(result).toMatchObject({ pagesFetched: 1, complete: true });
    const e = result.entities;
    // Five statuses on the timeline, plus the boosted status of the other account.
    expect(e.posts.map((p) => p.platformId).sort()).toEqual(
      ['1001', '1002', '1003', '1004', '1005', MASTODON.boostedStatusId].sort(),
    );
    expect(e.accounts.map((a) => a.handle).sort()).toEqual([MASTODON.handle, MASTODON.otherHandle]);
    expect(e.reposts).toEqual([
      expect.objectContaining({ platformId: '1003', targetId: MASTODON.boostedStatusId }),
    ]);
    expect(e.replies).toEqual([
      expect.objectContaining({ platformId: '1004', targetId: MASTODON.replyToStatusId }),
    ]);
    expect(e.hashtags.map((h) => h.tag)).toEqual([MASTODON.hashtag]);
    expect(e.mentions.map((m) => m.accountId)).toEqual([MASTODON.otherAccountId, MASTODON.otherAccountId]);
    expect(e.media.map((m) => new URL(m.url).pathname).sort()).toEqual(
      [MEDIA.png.path, MEDIA.jpeg.path, MEDIA.video.path].sort(),
    );
    expect(e.urls).toContainEqual(
      expect.objectContaining({ from: 'post', url: 'https://news.example.com/story' }),
    );
    expect(e.posts.find((p) => p.platformId === '1002')?.text).toBe('Photo from the park news');
    // Every entity points at the response it was read from.
    expect(result.exchanges).toHaveLength(2);
    expect(e.posts.every((p) => p.exchangeIndex === 1)).toBe(true);
    expect(e.accounts.find((a) => a.handle === MASTODON.handle)?.exchangeIndex).toBe(0);
  });

  it('follows the Link header page by page and says when the page limit stopped it', async () => {
    const all = (await run(handle(MASTODON.handle), { pageSize: 2 })) as CaptureResult;
    expect(all).toMatchObject({ pagesFetched: 3, complete: true });
    expect(all.entities.posts).toHaveLength(MASTODON.statusCount + 1);
    const cut = (await run(handle(MASTODON.handle), { pageSize: 2, maxPages: 2 })) as CaptureResult;
    expect(cut).toMatchObject({ pagesFetched: 2, complete: false, stoppedBecause: 'max-pages' });
  });

  it('reads a hashtag timeline', async () => {
    const target: CollectionTarget = {
      platform: 'mastodon',
      kind: 'hashtag',
      value: `#${MASTODON.hashtag}`,
      scope: 'TAG',
    };
    const result = (await run(target)) as CaptureResult;
    expect(result.entities.posts).toHaveLength(MASTODON.hashtagCount);
  });

  it('ends failed with a clear code on a missing account, a malformed payload and a rate limit', async () => {
    expect(await run(handle(UGLY_HANDLES.deleted))).toMatchObject({
      kind: 'failed',
      error: { code: 'NOT_FOUND' },
    });
    const broken = await run(handle(UGLY_HANDLES.malformed));
    expect(broken).toMatchObject({ kind: 'failed', error: { code: 'PAYLOAD_INVALID' } });
    expect((broken as { error: Error }).error.message).toMatch(/\/api\/v1\/accounts\/66\/statuses/);
    const busy = await run(handle(UGLY_HANDLES.rateLimited));
    expect(busy).toMatchObject({ kind: 'failed', error: { code: 'RATE_LIMITED' } });
    expect(JSON.stringify((busy as { error: { details: unknown } }).error.details)).toContain(
      String(RETRY_AFTER_SECONDS),
    );
  });

  it('declines a URL target without touching the network', async () => {
    fixtures.resetHits();
    const target: CollectionTarget = {
      platform: 'mastodon',
      kind: 'url',
      value: `${fixtures.url}/@alice`,
      scope: 'ACCOUNT',
    };
    expect(await run(target)).toMatchObject({ kind: 'not-applicable' });
    expect(fixtures.hits()).toBe(0);
  });
});
