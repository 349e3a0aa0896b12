import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult } from '../../collectors/collector.js';
import { rssCollector } from '../../collectors/rss/rss.collector.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { FEEDS, MEDIA } from '../../demo/platforms/scenario.js';

/** The feed collector against loopback RSS 2.0 and Atom 1.0 feeds. */
describe('RSS and Atom collector', () => {
  let fixtures: FixturePlatforms;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
  });
  afterAll(() => fixtures.close());

  const feed = (path: string): CollectionTarget => ({
    platform: 'rss',
    kind: 'url',
    value: `${fixtures.url}${path}`,
    scope: 'POSTS',
  });
  const run = (target: CollectionTarget) => rssCollector.collect(target, testContext(target, fixtures.url));

  it('reads an RSS 2.0 feed: items, enclosure, category and links', async () => {
    const result = (await run(feed(FEEDS.rssPath))) as CaptureResult;
    expect(result).toMatchObject({ kind: 'captured', pagesFetched: 1, complete: true });
    const e = result.entities;
    expect(e.accounts).toEqual([
      expect.objectContaining({ handle: 'Metro News', platformId: `${fixtures.url}${FEEDS.rssPath}` }),
    ]);
    expect(e.posts).toHaveLength(FEEDS.rssItemCount);
    const missing = e.posts.find((p) => p.platformId === 'news-3')!;
    expect(missing).toMatchObject({
      postedAt: '2026-11-20T10:00:00.000Z',
      title: 'Woman reported missing near the river',
    });
    expect(missing.text).toContain('Police ask for help.');
    expect(e.media).toEqual([
      expect.objectContaining({
        postId: 'news-3',
        url: `${fixtures.url}${MEDIA.jpeg.path}`,
        mediaType: MEDIA.jpeg.mediaType,
      }),
    ]);
    expect(e.hashtags.map((h) => h.tag)).toEqual(['missing']);
    expect(e.urls.map((u) => u.url)).toEqual(['https://police.example.gov/appeal']);
  });

  it('reads an Atom 1.0 feed: entries, alternate links and enclosures', async () => {
    const result = (await run(feed(FEEDS.atomPath))) as CaptureResult;
    const e = result.entities;
    expect(e.posts).toHaveLength(FEEDS.atomEntryCount);
    expect(e.posts[0]).toMatchObject({
      platformId: 'urn:uuid:entry-2',
      url: `${fixtures.url}/press/2`,
      postedAt: '2026-11-21T11:00:00.000Z',
    });
    expect(e.media.map((m) => m.url)).toEqual([`${fixtures.url}${MEDIA.png.path}`]);
    expect(e.hashtags.map((h) => h.tag)).toEqual(['arrests']);
  });

  it('fails a malformed feed with PAYLOAD_INVALID and declines a handle without a request', async () => {
    expect(await run(feed(FEEDS.malformedPath))).toMatchObject({
      kind: 'failed',
      error: { code: 'PAYLOAD_INVALID' },
    });
    fixtures.resetHits();
    const handle: CollectionTarget = { platform: 'rss', kind: 'handle', value: 'news', scope: 'POSTS' };
    expect(await run(handle)).toMatchObject({ kind: 'not-applicable' });
    expect(fixtures.hits()).toBe(0);
  });
});
