import type { CollectionTarget, Platform, Scope, TargetKind } from '../../common/collection-types.js';
import { platformCollectors } from '../../collectors/all-collectors.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { BLUESKY, MASTODON, REDDIT, TELEGRAM } from '../../demo/platforms/scenario.js';

/**
 * Every collector does exactly what the decision allowed: a request outside what it performs is
 * refused, naming why, before a single request reaches the network.
 */
describe('collector scope', () => {
  let fixtures: FixturePlatforms;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
  });
  afterAll(() => fixtures.close());

  const target = (platform: Platform, kind: TargetKind, value: string, scope: Scope): CollectionTarget => ({
    platform,
    kind,
    value,
    scope,
  });
  const OUT_OF_SCOPE: readonly CollectionTarget[] = [
    // The Mastodon and Bluesky collectors read posts with every profile, so ACCOUNT is refused.
    target('mastodon', 'handle', MASTODON.handle, 'ACCOUNT'),
    target('mastodon', 'handle', MASTODON.handle, 'FOLLOWERS'),
    target('mastodon', 'handle', MASTODON.handle, 'TAG'),
    target('mastodon', 'search', 'harbor', 'POSTS'),
    target('bluesky', 'handle', BLUESKY.handle, 'ACCOUNT'),
    target('bluesky', 'handle', BLUESKY.handle, 'FOLLOWERS'),
    target('bluesky', 'hashtag', 'harbor', 'TAG'),
    target('reddit', 'handle', `r/${REDDIT.subreddit}`, 'POSTS'),
    target('reddit', 'handle', `r/${REDDIT.subreddit}`, 'ACCOUNT'),
    target('reddit', 'handle', `u/${REDDIT.user}`, 'FOLLOWERS'),
    target('rss', 'url', `https://news.example.com/feed.xml`, 'ACCOUNT'),
    target('rss', 'url', `https://news.example.com/feed.xml`, 'FOLLOWERS'),
    target('telegram', 'handle', TELEGRAM.channel, 'TAG'),
    target('telegram', 'hashtag', 'missing', 'TAG'),
    target('web', 'url', 'https://forum.example/u/x', 'FOLLOWERS'),
    target('web', 'url', 'https://forum.example/t/tag', 'TAG'),
  ];

  it.each(OUT_OF_SCOPE.map((t) => [`${t.platform} ${t.kind} ${t.value} as ${t.scope}`, t] as const))(
    'refuses %s before any request',
    async (_, t) => {
      const collector = platformCollectors().find((c) => c.manifest.platform === t.platform)!;
      fixtures.resetHits();
      const result = await collector.collect(t, testContext(t, fixtures.url));
      expect(result).toMatchObject({ kind: 'not-applicable', reason: expect.stringMatching(/collector/) });
      expect(fixtures.hits()).toBe(0);
    },
  );

  it('names what the collector does instead', async () => {
    const mastodon = platformCollectors().find((c) => c.manifest.platform === 'mastodon')!;
    const account = target('mastodon', 'handle', MASTODON.handle, 'ACCOUNT');
    expect(await mastodon.collect(account, testContext(account, fixtures.url))).toMatchObject({
      reason: expect.stringMatching(/collects only POSTS .*cannot read the profile alone/),
    });
  });
});
