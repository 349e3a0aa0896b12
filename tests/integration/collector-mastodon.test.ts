import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult, NormalizedBatch, NormalizedPost } from '../../collectors/collector.js';
import { mastodonCollector } from '../../collectors/mastodon/mastodon.collector.js';
import { CHANGING, reviseChangingAccount } from '../../demo/platforms/mastodon-changes.fixture.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { MASTODON, MEDIA, RETRY_AFTER_SECONDS, UGLY_HANDLES } from '../../demo/platforms/scenario.js';

const S = MASTODON.status;

/** The Mastodon collector against a loopback instance answering as Mastodon 4.5's REST API does. */
describe('Mastodon collector', () => {
  let fixtures: FixturePlatforms;
  let alice: CaptureResult;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
    alice = (await run(handle(`@${MASTODON.handle}`))) as CaptureResult;
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
  const post = (e: NormalizedBatch, id: string): NormalizedPost => {
    const found = e.posts.find((p) => p.platformId === id);
    if (!found) throw new Error(`post ${id} was not read`);
    return found;
  };
  const links = (list: NormalizedBatch['replies'], from: string) =>
    list.filter((l) => l.platformId === from).map((l) => l.targetId);

  it("reads an account's timeline: every status, its time, text, author and the response it came from", () => {
    expect(alice).toMatchObject({ kind: 'captured', pagesFetched: 1, complete: true });
    const e = alice.entities;
    expect(e.unread).toEqual([]);
    expect(e.itemsRead).toBe(MASTODON.statusCount + MASTODON.historyVersions);
    // Twelve statuses, the two boosted, and the quoted one served whole.
    expect(e.posts.map((p) => p.platformId).sort()).toEqual(
      [
        ...Object.values(S),
        MASTODON.boostedStatusId,
        MASTODON.urllessStatusId,
        MASTODON.quotedStatusId,
      ].sort(),
    );
    expect(post(e, S.tagged)).toMatchObject({
      authorId: MASTODON.accountId,
      url: `${fixtures.url}/@alice/${S.tagged}`,
      text: 'Have you seen her? #missing cc @bob',
      postedAt: '2026-11-16T19:45:03.250Z',
      editedAt: null,
      lang: 'en',
      exchangeIndex: 1,
    });
    expect(post(e, S.photos).text).toBe('Photo from the park\nhttps://news.example.com/park');
    expect(e.accounts.map((a) => a.handle).sort()).toEqual(
      [MASTODON.handle, MASTODON.otherHandle, MASTODON.remoteHandle, MASTODON.relayHandle].sort(),
    );
    expect(e.accounts.find((a) => a.handle === MASTODON.handle)?.exchangeIndex).toBe(0);
  });

  it('reads replies, boosts, mentions, tags, media and the links in a post', () => {
    const e = alice.entities;
    expect(links(e.replies, S.reply)).toEqual([MASTODON.replyToStatusId]);
    expect(e.reposts.map((r) => [r.platformId, r.targetId])).toEqual([
      [S.boost, MASTODON.boostedStatusId],
      [S.boostUrlless, MASTODON.urllessStatusId],
    ]);
    expect(e.mentions.map((m) => [m.platformId, m.accountId, m.handle])).toEqual([
      [S.tagged, MASTODON.otherAccountId, 'bob'],
      [S.reply, MASTODON.otherAccountId, 'bob'],
    ]);
    expect(post(e, S.reply).text).toBe('@bob I was there too');
    expect(e.hashtags.map((h) => [h.postId, h.tag]).sort()).toEqual(
      [
        [S.tagged, 'missing'],
        [MASTODON.boostedStatusId, 'rivermarket'],
        [MASTODON.quotedStatusId, 'rivermarket'],
      ].sort(),
    );
    expect(e.media.map((m) => [m.postId, m.platformId, new URL(m.url).pathname, m.mediaType])).toEqual([
      [S.warning, '501', MEDIA.jpeg.path, 'image'],
      [S.tagged, '502', MEDIA.png.path, 'image'],
      [MASTODON.boostedStatusId, '601', MEDIA.jpeg.path, 'image'],
      [S.photos, '503', MEDIA.jpeg.path, 'image'],
      [S.photos, '504', MEDIA.video.path, 'video'],
    ]);
    expect(e.media.find((m) => m.platformId === '502')?.description).toBe('photo 502');
    // Mentions and hashtags are not links; the plain links and the preview card's are.
    expect(e.urls.filter((u) => u.from === 'post').map((u) => [u.platformId, u.url])).toEqual([
      [S.card, 'https://news.example.com/story'],
      [S.photos, 'https://news.example.com/park'],
    ]);
  });

  it('reads a quote post: the quoted status served whole, its own shallow quote, and a quote gone', () => {
    const e = alice.entities;
    const quoting = post(e, S.quote);
    // Mastodon's "RE: <link>" fallback paragraph is not the author's text.
    expect(quoting.text).toBe('This is where she was seen last.');
    expect(links(e.quotes, S.quote)).toEqual([MASTODON.quotedStatusId]);
    expect(quoting.details).toMatchObject({
      quote: { state: 'accepted', statusId: MASTODON.quotedStatusId },
    });
    expect(post(e, MASTODON.quotedStatusId)).toMatchObject({
      authorId: MASTODON.otherAccountId,
      text: 'Saw a girl matching the description at the #rivermarket',
      postedAt: '2026-11-20T17:00:00.000Z',
    });
    expect(links(e.quotes, MASTODON.quotedStatusId)).toEqual([MASTODON.nestedQuotedStatusId]);
    expect(links(e.quotes, S.quoteGone)).toEqual([]);
    expect(post(e, S.quoteGone).details).toMatchObject({ quote: { state: 'deleted', statusId: null } });
  });

  it("fetches an edited status's history, keeps the response, and puts each version on the post", () => {
    const history = alice.exchanges.findIndex((x) => x.request.url.endsWith(`/statuses/${S.edited}/history`));
    expect(history).toBe(2);
    expect(alice.exchanges).toHaveLength(3);
    const edited = post(alice.entities, S.edited);
    expect(edited).toMatchObject({
      text: 'Meeting point moved to the River Market, 6 pm.',
      postedAt: '2026-11-19T21:14:00.482Z',
      editedAt: '2026-11-19T22:05:31.907Z',
    });
    expect(edited.details?.editHistory).toEqual([
      {
        createdAt: '2026-11-19T21:14:00.482Z',
        text: 'Meeting point: Union Station, 5 pm.',
        sensitive: false,
      },
      { createdAt: '2026-11-19T21:40:13.001Z', text: 'Meeting point: River Market, 5 pm.', sensitive: false },
      {
        createdAt: '2026-11-19T22:05:31.907Z',
        text: 'Meeting point moved to the River Market, 6 pm.',
        sensitive: false,
      },
    ]);
  });

  it('stops fetching histories at the bound and says so on the post', async () => {
    const bounded = (await run(handle(MASTODON.handle), { maxEditHistories: 0 })) as CaptureResult;
    expect(bounded.exchanges).toHaveLength(2);
    expect(post(bounded.entities, S.edited).details).toMatchObject({
      editHistoryUnavailable: 'not fetched: more than 0 edited posts',
    });
  });

  it('keeps content warnings, sensitivity, visibility, polls, cards, custom emoji and the posting app', () => {
    const e = alice.entities;
    expect(post(e, S.warning).details).toMatchObject({
      spoilerText: 'Injury photo',
      sensitive: true,
      visibility: 'unlisted',
    });
    expect(post(e, S.tagged).details).toMatchObject({
      visibility: 'public',
      sensitive: false,
      application: 'Web',
    });
    expect(post(e, S.tagged).details).not.toHaveProperty('spoilerText');
    expect(post(e, S.poll).details?.poll).toEqual({
      id: '34830',
      expiresAt: '2026-11-20T08:30:12.000Z',
      expired: true,
      multiple: false,
      votesCount: 10,
      votersCount: null,
      options: [
        { title: 'North', votesCount: 6 },
        { title: 'South', votesCount: 4 },
      ],
    });
    expect(post(e, S.card).details?.card).toMatchObject({
      url: 'https://news.example.com/story',
      title: 'Search widens for missing teen',
      type: 'link',
      providerName: 'News Example',
    });
    expect(post(e, S.emoji)).toMatchObject({ text: 'Thank you all :kc_heart: :kc_heart:' });
    expect(post(e, S.emoji).details?.emojis).toEqual([
      {
        shortcode: 'kc_heart',
        url: `${fixtures.url}/system/custom_emojis/images/000/000/001/original/kc_heart.png`,
      },
    ]);
  });

  it('reads profile fields, and the links in the bio and the fields as the account’s links', () => {
    const a = alice.entities.accounts.find((x) => x.platformId === MASTODON.accountId)!;
    expect(a).toMatchObject({
      handle: 'alice',
      displayName: 'Alice Example :kc_heart:',
      url: `${fixtures.url}/@alice`,
      bio: 'Riverfront walks, photos, the odd poll. #kansascity\nBlog: https://example.org/alice',
      createdAt: '2022-11-01T00:00:00.000Z',
    });
    expect(a.details?.fields).toEqual([
      { name: 'Pronouns', value: 'she/her', links: [], verifiedAt: null },
      {
        name: 'Website',
        value: 'https://alice.example.net',
        links: ['https://alice.example.net/'],
        verifiedAt: '2024-03-02T17:41:09.112+00:00',
      },
      {
        name: 'Also',
        value: '@alice_backup',
        links: ['https://social.example/@alice_backup'],
        verifiedAt: null,
      },
    ]);
    const accountUrls = alice.entities.urls.filter(
      (u) => u.from === 'account' && u.platformId === MASTODON.accountId,
    );
    expect(accountUrls.map((u) => u.url)).toEqual([
      'https://example.org/alice',
      'https://alice.example.net/',
      'https://social.example/@alice_backup',
    ]);
  });

  it('reads remote posts by their own page, and a post without a page by its federation id', () => {
    const e = alice.entities;
    expect(post(e, MASTODON.boostedStatusId)).toMatchObject({
      authorId: MASTODON.remoteAccountId,
      url: 'https://social.example/@dora/112233445566778899',
      postedAt: '2026-11-15T15:58:02.000Z',
    });
    expect(e.accounts.find((a) => a.platformId === MASTODON.remoteAccountId)).toMatchObject({
      handle: 'dora@social.example',
      url: 'https://social.example/@dora',
    });
    expect(post(e, MASTODON.urllessStatusId)).toMatchObject({
      url: 'https://relay.example/objects/5b0e1c2d-9f4a-4c1e-8d7b-3a2f1e0c9b8a',
      lang: null,
      text: 'relay post without a page',
    });
  });

  it('follows the Link header to the empty page after the last full one, and says when the limit stopped it', async () => {
    const all = (await run(handle(MASTODON.handle), { pageSize: 4 })) as CaptureResult;
    expect(all).toMatchObject({ pagesFetched: 4, complete: true });
    expect(all.exchanges.map((x) => new URL(x.request.url).searchParams.get('max_id'))).toEqual([
      null,
      null,
      S.poll,
      S.tagged,
      S.boostUrlless,
      null,
    ]);
    expect(all.entities.posts.map((p) => p.platformId).sort()).toEqual(
      alice.entities.posts.map((p) => p.platformId).sort(),
    );
    const cut = (await run(handle(MASTODON.handle), { pageSize: 4, maxPages: 2 })) as CaptureResult;
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
    expect(result.entities.posts.map((p) => p.platformId)).toEqual([S.tagged, MASTODON.replyToStatusId]);
  });

  it('lists a malformed status of a full page as not read and reads the other 39', async () => {
    const result = (await run(handle(MASTODON.bulkHandle))) as CaptureResult;
    expect(result).toMatchObject({ kind: 'captured', complete: true, pagesFetched: 2 });
    expect(result.entities.posts).toHaveLength(MASTODON.bulkCount - 1);
    expect(result.entities.itemsRead).toBe(MASTODON.bulkCount - 1);
    expect(result.entities.unread).toEqual([
      { exchangeIndex: 1, item: MASTODON.bulkMalformedAt, reason: expect.stringMatching(/^account: /) },
    ]);
  });

  it('fails a response that is not Mastodon’s at all, a missing account and a rate limit', async () => {
    expect(await run(handle(UGLY_HANDLES.deleted))).toMatchObject({
      kind: 'failed',
      error: { code: 'NOT_FOUND' },
    });
    for (const who of [UGLY_HANDLES.malformed, MASTODON.htmlPageHandle, MASTODON.wrongShapeHandle]) {
      const broken = await run(handle(who));
      expect(broken).toMatchObject({ kind: 'failed', error: { code: 'PAYLOAD_INVALID' } });
      expect((broken as { error: Error }).error.message).toMatch(/\/api\/v1\/accounts\/\d+\/statuses/);
    }
    const busy = await run(handle(UGLY_HANDLES.rateLimited));
    expect(busy).toMatchObject({ kind: 'failed', error: { code: 'RATE_LIMITED' } });
    expect(JSON.stringify((busy as { error: { details: unknown } }).error.details)).toContain(
      String(RETRY_AFTER_SECONDS),
    );
  });

  it('asks for each status the case read before that the listing no longer holds, and keeps a 404 as proof it is gone', async () => {
    reviseChangingAccount(fixtures.url);
    const target = handle(CHANGING.handle);
    const known = [
      { platformId: CHANGING.status.deleted, postedAt: '2026-11-19T10:00:00.000Z' },
      { platformId: CHANGING.status.kept, postedAt: '2026-11-18T10:00:00.000Z' },
    ];
    const collect = (options: Record<string, number> = {}) =>
      mastodonCollector.collect(target, { ...testContext(target, fixtures.url, { options }), known });
    const result = (await collect()) as Extract<CaptureResult, { kind: 'captured' }>;
    expect(result.kind).toBe('captured');
    const asked = result.exchanges
      .map((e) => new URL(e.request.url).pathname)
      .filter((p) => /^\/api\/v1\/statuses\/\d+$/.test(p));
    // The kept status is still listed, so only the missing one is asked for.
    expect(asked).toEqual([`/api/v1/statuses/${CHANGING.status.deleted}`]);
    expect(result.entities.gone).toEqual([
      {
        platform: 'mastodon',
        platformId: CHANGING.status.deleted,
        status: 404,
        answer: '404 (“Record not found”)',
        exchangeIndex: expect.any(Number),
      },
    ]);
    const answer = result.exchanges[result.entities.gone[0]!.exchangeIndex]!;
    expect(answer.response.status).toBe(404);
    expect(result.entities.posts.some((p) => p.platformId === CHANGING.status.deleted)).toBe(false);

    const bounded = (await collect({ maxMissingChecks: 0 })) as Extract<CaptureResult, { kind: 'captured' }>;
    expect(bounded.entities.gone).toEqual([]);
  });

  it('reads a status the listing lost but the instance still serves as a post of the capture, not as gone', async () => {
    reviseChangingAccount(fixtures.url);
    const target = handle(CHANGING.handle);
    const known = [{ platformId: CHANGING.status.unlisted, postedAt: '2026-11-19T12:00:00.000Z' }];
    const result = (await mastodonCollector.collect(target, {
      ...testContext(target, fixtures.url),
      known,
    })) as Extract<CaptureResult, { kind: 'captured' }>;
    expect(result.entities.gone).toEqual([]);
    const read = post(result.entities, CHANGING.status.unlisted);
    expect(read.text).toBe(CHANGING.text.unlisted);
    expect(new URL(result.exchanges[read.exchangeIndex]!.request.url).pathname).toBe(
      `/api/v1/statuses/${CHANGING.status.unlisted}`,
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
