import type { CollectionTarget } from '../../common/collection-types.js';
import { reachOf, scopeRefusal } from '../../collectors/scope.js';

/** The one scope check every collector runs first. */
describe('scope check', () => {
  const t = (p: Partial<CollectionTarget>): CollectionTarget => ({
    platform: 'mastodon',
    kind: 'handle',
    value: 'alice',
    scope: 'POSTS',
    ...p,
  });

  it('derives the reach of a hashtag and a search from the target, as the gate does', () => {
    expect(reachOf(t({ kind: 'hashtag', scope: 'POSTS' }))).toBe('TAG');
    expect(reachOf(t({ kind: 'search', scope: 'ACCOUNT' }))).toBe('SEARCH');
    expect(reachOf(t({ kind: 'handle', scope: 'ACCOUNT' }))).toBe('ACCOUNT');
    // A hashtag declared POSTS is collected as the bulk reach it is, which the gate decided on.
    expect(scopeRefusal(t({ kind: 'hashtag', value: 'missing', scope: 'POSTS' }))).toBeNull();
    expect(
      scopeRefusal(t({ platform: 'bluesky', kind: 'search', value: 'harbor', scope: 'ACCOUNT' })),
    ).toBeNull();
  });

  it('tells a subreddit from a user among Reddit handles', () => {
    const reddit = (value: string, scope: CollectionTarget['scope']) =>
      t({ platform: 'reddit', value, scope });
    expect(scopeRefusal(reddit('r/kansascity', 'TAG'))).toBeNull();
    expect(scopeRefusal(reddit('/r/kansascity/', 'POSTS'))?.reason).toMatch(/subreddit.*TAG/);
    expect(scopeRefusal(reddit('u/erin', 'ACCOUNT'))).toBeNull();
    expect(scopeRefusal(reddit('erin', 'POSTS'))).toBeNull();
    expect(scopeRefusal(reddit('erin', 'TAG'))?.reason).toMatch(/ACCOUNT .* or POSTS/);
  });

  it('refuses what no collector performs: followers anywhere, a kind a platform does not take', () => {
    for (const platform of ['mastodon', 'bluesky', 'reddit', 'telegram'] as const)
      expect(scopeRefusal(t({ platform, value: 'x', scope: 'FOLLOWERS' }))?.reason).toMatch(
        /FOLLOWERS \(every follower\)/,
      );
    expect(scopeRefusal(t({ platform: 'telegram', kind: 'search', value: 'x' }))?.reason).toBe(
      'the telegram collector takes handle, not a search',
    );
    expect(
      scopeRefusal(t({ platform: 'rss', kind: 'url', value: 'https://x.example/feed', scope: 'ACCOUNT' }))
        ?.reason,
    ).toMatch(/carries its items/);
    expect(
      scopeRefusal(t({ platform: 'web', kind: 'url', value: 'https://x.example/', scope: 'ACCOUNT' })),
    ).toBeNull();
  });
});
