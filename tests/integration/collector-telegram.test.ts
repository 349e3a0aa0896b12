import type { CollectionTarget, Scope } from '../../common/collection-types.js';
import type { CaptureResult, NormalizedBatch } from '../../collectors/collector.js';
import { telegramCollector } from '../../collectors/telegram/telegram.collector.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { MEDIA, TELEGRAM, UGLY_HANDLES } from '../../demo/platforms/scenario.js';

/** The Telegram collector against a loopback channel preview in t.me's own markup. */
describe('Telegram channel collector', () => {
  let fixtures: FixturePlatforms;
  let whole: CaptureResult;
  let e: NormalizedBatch;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
    whole = (await run(channel(`@${TELEGRAM.channel}`))) as CaptureResult;
    e = whole.entities;
  });
  afterAll(() => fixtures.close());

  const M = TELEGRAM.message;
  const ch = TELEGRAM.channel;
  const channel = (value: string, scope: Scope = 'POSTS'): CollectionTarget => ({
    platform: 'telegram',
    kind: 'handle',
    value,
    scope,
  });
  const run = (t: CollectionTarget, options: Record<string, number> = {}) =>
    telegramCollector.collect(t, testContext(t, fixtures.url, { options }));
  const post = (id: number) => e.posts.find((p) => p.platformId === `${ch}/${id}`)!;
  const of = <T extends { platformId: string }>(list: T[], id: number) =>
    list.filter((x) => x.platformId === `${ch}/${id}`);
  const f = (path: string) => `${fixtures.url}${path}`;

  it('reads every page along ?before= and the channel as its header shows it', () => {
    expect(whole).toMatchObject({ kind: 'captured', complete: true, pagesFetched: TELEGRAM.pageCount });
    expect(whole.exchanges.map((x) => new URL(x.request.url).search)).toEqual([
      '',
      `?before=${M.preview}`,
      `?before=${M.album}`,
      `?before=${M.text}`,
    ]);
    expect(e.accounts).toEqual([
      expect.objectContaining({
        platformId: ch,
        handle: ch,
        displayName: TELEGRAM.title,
        url: `https://t.me/${ch}`,
        bio: 'Public safety alerts for the metro area. Tips: tips.example.gov',
        avatarUrl: f(MEDIA.png.path),
        details: { counters: expect.objectContaining({ subscribers: { count: 12300, shown: '12.3K' } }) },
      }),
    ]);
    expect(e.urls.filter((u) => u.from === 'account').map((u) => u.url)).toEqual([
      'https://tips.example.gov/',
    ]);
    expect(e).toMatchObject({ itemsRead: TELEGRAM.messageCount, unread: [] });
    expect(e.posts).toHaveLength(TELEGRAM.messageCount);
  });

  it('reads text with its exact time, links (t.me’s doubled &amp; undone), hashtags and mentions', () => {
    expect(post(M.text)).toMatchObject({
      authorId: ch,
      url: `https://t.me/${ch}/${M.text}`,
      text: 'Road closed on Main St #traffic\ncc @frank_kc',
      postedAt: '2026-11-11T10:41:00.000Z',
      editedAt: null,
      details: { views: 980, viewsAsShown: '980' },
    });
    expect(of(e.urls, M.text).map((u) => u.url)).toEqual(['https://maps.example.com/x?a=1&b=2']);
    expect(of(e.hashtags, M.text).map((h) => h.tag)).toEqual(['traffic']);
    expect(of(e.mentions, M.text)).toEqual([
      expect.objectContaining({ handle: 'frank_kc', accountId: 'frank_kc' }),
    ]);
  });

  it('reads a reply as its own text and the reply it is, not the quote it shows', () => {
    expect(post(M.reply)).toMatchObject({
      text: 'Update: reopened at noon',
      details: { views: 1000, viewsAsShown: '1K' },
    });
    expect(e.replies).toEqual([
      expect.objectContaining({ platformId: `${ch}/${M.reply}`, targetId: `${ch}/${M.text}` }),
    ]);
    expect(of(e.hashtags, M.reply)).toEqual([]);
  });

  it('reads a photo with the edited mark, views as a number and as shown, and the signature', () => {
    expect(post(M.photo)).toMatchObject({
      text: 'Have you seen this person? #missing',
      editedAt: null,
      details: { views: 1200, viewsAsShown: '1.2K', edited: true, signature: 'Sgt. Lee' },
    });
    expect(e.media.filter((m) => m.postId === `${ch}/${M.photo}`)).toEqual([
      expect.objectContaining({
        platformId: `${ch}/${M.photo}#photo`,
        url: f(MEDIA.jpeg.path),
        mediaType: 'image',
      }),
    ]);
  });

  it('reads a forward as a repost of the forwarded message, with its video', () => {
    expect(e.reposts).toEqual([
      expect.objectContaining({ platformId: `${ch}/${M.forward}`, targetId: TELEGRAM.forwardedFrom }),
    ]);
    expect(post(M.forward).details).toMatchObject({
      forwardedFrom: { name: 'Other Channel', url: `https://t.me/${TELEGRAM.forwardedFrom}` },
    });
    expect(e.media.filter((m) => m.postId === `${ch}/${M.forward}`)).toEqual([
      expect.objectContaining({ url: f(MEDIA.video.path), mediaType: 'video', description: 'video, 0:12' }),
    ]);
    // A sender who hides their account is named, with nothing to link to.
    expect(post(M.hiddenForward).details).toMatchObject({
      forwardedFrom: { name: 'Hidden Sender' },
      views: 12,
    });
  });

  it('reads every photo and video of an album, each under its own message id, and one caption', () => {
    const ids = TELEGRAM.albumIds.map((id) => `${ch}/${id}`);
    expect(post(M.album)).toMatchObject({
      text: 'Vehicle seen on 5th and Main',
      details: expect.objectContaining({ album: ids }),
    });
    expect(
      e.media.filter((m) => m.postId === `${ch}/${M.album}`).map((m) => [m.platformId, m.url, m.mediaType]),
    ).toEqual([
      [`${ids[0]}#photo`, f(MEDIA.jpeg.path), 'image'],
      [`${ids[1]}#photo`, f(MEDIA.png.path), 'image'],
      [`${ids[2]}#video`, f(MEDIA.video.path), 'video'],
      [`${ids[3]}#photo`, f(`${MEDIA.png.path}?file=108`), 'image'],
    ]);
    // The album's other messages are items of its block, not posts of their own.
    expect(e.posts.some((p) => p.platformId === ids[1])).toBe(false);
  });

  it('reads a link preview as the post’s link and the card it showed', () => {
    expect(post(M.preview).details).toMatchObject({
      views: 4850,
      viewsAsShown: '4.85K',
      linkPreview: {
        url: 'https://news.example.com/story-42',
        siteName: 'Metro News',
        title: 'Break-ins on 5th',
        description: 'Police ask for help.',
        imageUrl: f(MEDIA.png.path),
      },
    });
    expect(of(e.urls, M.preview).map((u) => u.url)).toEqual(['https://news.example.com/story-42']);
    expect(post(M.counts).details).toMatchObject({ views: 1_200_000, viewsAsShown: '1.2M' });
    expect(post(M.created).details).toMatchObject({ service: true });
  });

  it('pages by the smallest message id when a page’s head has no rel=prev link', async () => {
    const lite = (await run(channel(TELEGRAM.noPrevChannel))) as CaptureResult;
    expect(lite).toMatchObject({ complete: true, pagesFetched: TELEGRAM.pageCount });
    expect(lite.exchanges.map((x) => new URL(x.request.url).search)).toEqual([
      '',
      `?before=${M.preview}`,
      `?before=${M.album}`,
      `?before=${M.text}`,
    ]);
    expect(lite.entities.posts).toHaveLength(TELEGRAM.messageCount);
  });

  it('stops at the page limit and says so', async () => {
    const cut = (await run(channel(ch), { maxPages: 1 })) as CaptureResult;
    expect(cut).toMatchObject({ complete: false, stoppedBecause: 'max-pages', pagesFetched: 1 });
    expect(cut.entities.posts.map((p) => p.platformId)).toEqual(
      [M.preview, M.hiddenForward, M.counts].map((id) => `${ch}/${id}`),
    );
  });

  it('lists one message block of 50 without a valid id as not read and reads the other 49', async () => {
    const bulk = (await run(channel(TELEGRAM.bulkChannel))) as CaptureResult;
    expect(bulk.entities.posts).toHaveLength(TELEGRAM.bulkCount - 1);
    expect(bulk.entities.itemsRead).toBe(TELEGRAM.bulkCount - 1);
    expect(bulk.entities.unread).toEqual([
      { exchangeIndex: 0, item: TELEGRAM.bulkMalformedAt, reason: expect.stringMatching(/data-post/) },
    ]);
  });

  it('reads the channel’s own page alone for an ACCOUNT decision, never its preview', async () => {
    fixtures.resetHits();
    const profile = (await run(channel(ch, 'ACCOUNT'))) as CaptureResult;
    expect(profile).toMatchObject({ kind: 'captured', pagesFetched: 1, complete: true });
    expect(profile.entities.posts).toEqual([]);
    expect(profile.entities.accounts).toEqual([
      expect.objectContaining({
        platformId: ch,
        displayName: TELEGRAM.title,
        avatarUrl: f(MEDIA.png.path),
        details: expect.objectContaining({ subscribers: TELEGRAM.subscribers }),
      }),
    ]);
    expect(fixtures.hits()).toBe(1);
    expect(fixtures.hits('/s/')).toBe(0);
  });

  it('refuses a bulk scope and a URL target without a request', async () => {
    fixtures.resetHits();
    for (const target of [
      channel(ch, 'TAG'),
      channel(ch, 'FOLLOWERS'),
      { ...channel(ch), kind: 'url' as const },
    ])
      expect(await run(target)).toMatchObject({ kind: 'not-applicable', reason: expect.any(String) });
    expect(fixtures.hits()).toBe(0);
  });

  it('ends failed on a name without a preview, a page that is no preview, and a rate limit', async () => {
    expect(await run(channel(UGLY_HANDLES.deleted))).toMatchObject({
      kind: 'failed',
      error: { code: 'NOT_FOUND' },
    });
    expect(await run(channel(UGLY_HANDLES.deleted, 'ACCOUNT'))).toMatchObject({
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
