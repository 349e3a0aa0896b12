import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult } from '../../collectors/collector.js';
import { telegramCollector } from '../../collectors/telegram/telegram.collector.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { MEDIA, TELEGRAM, UGLY_HANDLES } from '../../demo/platforms/scenario.js';

/** The Telegram collector against a loopback channel preview. */
describe('Telegram channel collector', () => {
  let fixtures: FixturePlatforms;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
  });
  afterAll(() => fixtures.close());

  const channel = (value: string): CollectionTarget => ({
    platform: 'telegram',
    kind: 'handle',
    value,
    scope: 'POSTS',
  });
  const run = (t: CollectionTarget, options: Record<string, number> = {}) =>
    telegramCollector.collect(t, testContext(t, fixtures.url, { options }));

  it('reads every message across preview pages, with photos, video, replies and forwards', async () => {
    const result = (await run(channel(`@${TELEGRAM.channel}`))) as CaptureResult;
    expect(result).toMatchObject({ kind: 'captured', complete: true, pagesFetched: 2 });
    const e = result.entities;
    expect(e.accounts).toEqual([
      expect.objectContaining({
        handle: TELEGRAM.channel,
        displayName: TELEGRAM.title,
        bio: 'Public safety alerts for the metro area',
      }),
    ]);
    expect(e.posts).toHaveLength(TELEGRAM.messageCount);
    expect(e.posts.find((p) => p.platformId === `${TELEGRAM.channel}/104`)?.postedAt).toBe(
      '2026-11-24T10:00:00+00:00',
    );
    expect(e.media.map((m) => new URL(m.url).pathname).sort()).toEqual(
      [MEDIA.jpeg.path, MEDIA.video.path].sort(),
    );
    expect(e.replies).toEqual([
      expect.objectContaining({ platformId: `${TELEGRAM.channel}/103`, targetId: `${TELEGRAM.channel}/101` }),
    ]);
    expect(e.reposts).toEqual([
      expect.objectContaining({ platformId: `${TELEGRAM.channel}/105`, targetId: 'otherchannel/55' }),
    ]);
    expect(e.hashtags.map((h) => h.tag).sort()).toEqual(['missing', 'traffic']);
    expect(e.urls.map((u) => u.url)).toEqual(['https://maps.example.com/x']);
  });

  it('stops at the page limit and says so', async () => {
    const cut = (await run(channel(TELEGRAM.channel), { maxPages: 1 })) as CaptureResult;
    expect(cut).toMatchObject({ complete: false, stoppedBecause: 'max-pages' });
    expect(cut.entities.posts).toHaveLength(TELEGRAM.pageSize);
  });

  it('ends failed on a missing channel, a malformed page and a rate limit', async () => {
    expect(await run(channel(UGLY_HANDLES.deleted))).toMatchObject({
      kind: 'failed',
      error: { code: 'NOT_FOUND' },
    });
    expect(await run(channel(UGLY_HANDLES.malformed))).toMatchObject({
      kind: 'failed',
      error: { code: 'PAYLOAD_INVALID' },
    });
    expect(await run(channel(UGLY_HANDLES.rateLimited))).toMatchObject({
      kind: 'failed',
      error: { code: 'RATE_LIMITED' },
    });
  });
});
