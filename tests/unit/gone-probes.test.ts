import { blueskyGoneProbe } from '../../collectors/bluesky/bluesky-gone.js';
import { emptyBatch, type RawExchange } from '../../collectors/collector.js';
import { redditGoneProbe } from '../../collectors/reddit/reddit-gone.js';
import { carolFeed } from '../../demo/platforms/bluesky-feed.fixture.js';
import { listingPage, t1, t3 } from '../../demo/platforms/reddit-things.fixture.js';

const BASE = 'http://127.0.0.1:9';

/** An answer as the guarded fetch hands it to a collector. */
const exchange = (status: number, body: unknown): RawExchange => ({
  request: { method: 'GET', url: `${BASE}/asked`, headers: {} },
  response: {
    status,
    statusText: '',
    headers: { 'content-type': 'application/json' },
    httpVersion: '1.1',
    body: Buffer.from(JSON.stringify(body)),
  },
  serverIp: '127.0.0.1',
  timing: { startedAt: '2026-12-01T00:00:00.000Z', endedAt: '2026-12-01T00:00:00.010Z', durationMs: 10 },
  redirectChain: [],
});

/**
 * How each platform's answer about one missing post is read: gone (in the platform's words), still
 * there (read as a post of the capture), or unreadable (an error, listed as unread by the caller).
 */
describe('reading the answer about a post missing from a listing', () => {
  describe('Bluesky getPostThread', () => {
    const probe = blueskyGoneProbe(`${BASE}/xrpc`);

    it('reads a post still there into the capture, and a notFoundPost or NotFound as gone', () => {
      const post = carolFeed(BASE)[0]!.post as { uri: string };
      const batch = emptyBatch();
      const thread = { $type: 'app.bsky.feed.defs#threadViewPost', post, replies: [] };
      expect(probe.judge(exchange(200, { thread }), 3, batch)).toBeNull();
      expect(batch.posts.map((p) => [p.platformId, p.exchangeIndex])).toEqual([[post.uri, 3]]);

      const notFound = { $type: 'app.bsky.feed.defs#notFoundPost', uri: post.uri, notFound: true };
      expect(probe.judge(exchange(200, { thread: notFound }), 4, emptyBatch())).toBe(
        '200 with the post as notFoundPost',
      );
      expect(probe.judge(exchange(400, { error: 'NotFound' }), 5, emptyBatch())).toBe('400 NotFound');
    });

    it('takes neither a blocked post nor another refusal for a deletion', () => {
      const blocked = { $type: 'app.bsky.feed.defs#blockedPost', uri: 'at://x', blocked: true, author: {} };
      const batch = emptyBatch();
      expect(probe.judge(exchange(200, { thread: blocked }), 1, batch)).toBeNull();
      expect(batch.posts).toEqual([]);
      expect(() =>
        probe.judge(exchange(400, { error: 'InvalidRequest', message: 'bad uri' }), 1, emptyBatch()),
      ).toThrow('the AppView refused the question: InvalidRequest');
    });
  });

  describe('Reddit /api/info', () => {
    const probe = redditGoneProbe({ base: BASE, knownUsers: new Map() });
    const answer = (...things: Record<string, unknown>[]) => exchange(200, listingPage(things, null, 100));

    it('reads a thing still there, and a removed comment or an id no longer answered as gone', () => {
      const batch = emptyBatch();
      const kept = t3('p9', 'erin_throwaway', 't2_k3x9q', 1763600000, {
        title: 'still here',
        selftext: 'hi',
      });
      expect(probe.judge(answer(kept), 2, batch)).toBeNull();
      expect(batch.posts.map((p) => p.platformId)).toEqual(['t3_p9']);

      const removed = t1('c8', '[deleted]', null, 1763600000, { body: '[removed]' });
      expect(probe.judge(answer(removed), 3, emptyBatch())).toBe(
        '200 with the author and the text replaced by “[removed]”',
      );
      expect(probe.judge(answer(), 4, emptyBatch())).toBe('200 with no such post in its answer');
    });

    it('does not take a post that merely quotes "[deleted]" for a deleted one', () => {
      const batch = emptyBatch();
      const quoting = t3('p8', 'erin_throwaway', 't2_k3x9q', 1763600000, {
        title: 'x',
        selftext: '[deleted]',
      });
      expect(probe.judge(answer(quoting), 1, batch)).toBeNull();
      expect(batch.posts.map((p) => p.platformId)).toEqual(['t3_p8']);
    });
  });
});
