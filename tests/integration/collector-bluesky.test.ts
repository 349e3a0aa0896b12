import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult } from '../../collectors/collector.js';
import { blueskyCollector } from '../../collectors/bluesky/bluesky.collector.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { BLUESKY, MEDIA, UGLY_HANDLES } from '../../demo/platforms/scenario.js';

/** The Bluesky collector against a loopback AppView speaking XRPC. */
describe('Bluesky collector', () => {
  let fixtures: FixturePlatforms;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
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

  it('reads a profile and its author feed: replies, reposts, quotes, images and facets', async () => {
    const result = (await run(target('handle', BLUESKY.handle))) as CaptureResult;
    expect(result).toMatchObject({ kind: 'captured', complete: true });
    const e = result.entities;
    expect(e.accounts.map((a) => a.handle).sort()).toEqual([BLUESKY.handle, BLUESKY.otherHandle]);
    expect(e.accounts.find((a) => a.handle === BLUESKY.handle)?.bio).toBe('Public posts');
    const daves = `at://${BLUESKY.otherDid}/app.bsky.feed.post/3kdave1`;
    expect(e.replies).toEqual([expect.objectContaining({ targetId: daves })]);
    expect(e.quotes).toEqual([expect.objectContaining({ targetId: daves })]);
    expect(e.reposts).toEqual([
      expect.objectContaining({ platformId: `repost:${BLUESKY.did}:${daves}`, targetId: daves }),
    ]);
    expect(e.media).toEqual([
      expect.objectContaining({ url: `${fixtures.url}${MEDIA.jpeg.path}`, description: 'photo' }),
    ]);
    expect(e.hashtags.map((h) => h.tag)).toEqual(['missing']);
    expect(e.mentions.map((m) => m.accountId)).toEqual([BLUESKY.otherDid]);
    expect(e.urls.map((u) => u.url)).toEqual(['https://news.example.com/b']);
  });

  it('follows the cursor page by page and stops at the page limit', async () => {
    const paged = (await run(target('handle', BLUESKY.handle), { pageSize: 2 })) as CaptureResult;
    expect(paged).toMatchObject({ complete: true, pagesFetched: 3 });
    const cut = (await run(target('handle', BLUESKY.handle), { pageSize: 2, maxPages: 1 })) as CaptureResult;
    expect(cut).toMatchObject({ complete: false, stoppedBecause: 'max-pages', pagesFetched: 1 });
  });

  it('searches posts', async () => {
    const result = (await run(target('search', BLUESKY.searchQuery))) as CaptureResult;
    expect(result.entities.posts).toHaveLength(BLUESKY.searchCount);
  });

  it('ends failed on an unknown profile, a malformed feed and a rate limit; declines a URL', async () => {
    expect(await run(target('handle', UGLY_HANDLES.deleted))).toMatchObject({ kind: 'failed' });
    expect(await run(target('handle', UGLY_HANDLES.malformed))).toMatchObject({
      kind: 'failed',
      error: { code: 'PAYLOAD_INVALID' },
    });
    expect(await run(target('handle', UGLY_HANDLES.rateLimited))).toMatchObject({
      kind: 'failed',
      error: { code: 'RATE_LIMITED' },
    });
    fixtures.resetHits();
    expect(await run(target('url', 'https://bsky.app/profile/x'))).toMatchObject({ kind: 'not-applicable' });
    expect(fixtures.hits()).toBe(0);
  });
});
