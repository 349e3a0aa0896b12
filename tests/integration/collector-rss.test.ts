import type { CollectionTarget, Scope } from '../../common/collection-types.js';
import type { CaptureResult, NormalizedBatch } from '../../collectors/collector.js';
import { rssCollector } from '../../collectors/rss/rss.collector.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { FEEDS, MEDIA } from '../../demo/platforms/scenario.js';

/** The feed collector against loopback RSS 2.0, RSS 1.0 and Atom feeds written to their specifications. */
describe('RSS and Atom collector', () => {
  let fixtures: FixturePlatforms;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
  });
  afterAll(() => fixtures.close());

  const feed = (path: string, scope: Scope = 'POSTS'): CollectionTarget => ({
    platform: 'rss',
    kind: 'url',
    value: `${fixtures.url}${path}`,
    scope,
  });
  const run = (target: CollectionTarget) => rssCollector.collect(target, testContext(target, fixtures.url));
  const read = async (path: string): Promise<NormalizedBatch> => {
    const result = (await run(feed(path))) as CaptureResult;
    expect(result).toMatchObject({ kind: 'captured', pagesFetched: 1, complete: true });
    return result.entities;
  };
  const at = (e: NormalizedBatch, id: string) => e.posts.find((p) => p.platformId === id)!;
  const of = <T extends { platformId: string }>(list: T[], id: string) =>
    list.filter((x) => x.platformId === id);
  const f = (path: string) => `${fixtures.url}${path}`;

  it('reads an RSS 2.0 channel as the account: references decoded, its link as the URL, its image', async () => {
    const e = await read(FEEDS.rssPath);
    expect(e.accounts).toEqual([
      expect.objectContaining({
        platformId: f(FEEDS.rssPath),
        handle: 'Metro News – Public Safety',
        url: f('/news'),
        bio: 'Local news & alerts',
        avatarUrl: f(MEDIA.png.path),
        details: expect.objectContaining({
          format: 'RSS 2.0',
          selfUrl: f(FEEDS.rssPath),
          rights: '© 2026 Metro News',
        }),
      }),
    ]);
    expect(e).toMatchObject({ itemsRead: FEEDS.rssItemCount, unread: [] });
  });

  it('reads an item with content:encoded, dc:creator, categories, an enclosure and Media RSS files', async () => {
    const e = await read(FEEDS.rssPath);
    expect(at(e, 'news-3')).toMatchObject({
      url: f('/news/3'),
      title: 'Woman reported missing near the river',
      text: 'Woman reported missing near the river\nPolice ask for help. Appeal\nSeen at the river.',
      postedAt: '2026-11-20T10:00:00.000Z',
      lang: 'en-us',
      details: expect.objectContaining({
        authors: ['Desk'],
        summary: 'Police ask for help.',
        guidIsPermaLink: false,
      }),
    });
    // The enclosure and the first media:content name one file; it is listed once.
    expect(of(e.media, 'news-3#0').concat(of(e.media, 'news-3#1'))).toEqual([
      expect.objectContaining({
        url: f(MEDIA.jpeg.path),
        mediaType: MEDIA.jpeg.mediaType,
        description: null,
      }),
      expect.objectContaining({
        url: f(MEDIA.png.path),
        mediaType: MEDIA.png.mediaType,
        description: 'Last known photo',
      }),
    ]);
    expect(e.media).toHaveLength(2);
    expect(of(e.hashtags, 'news-3').map((h) => h.tag)).toEqual(['missing', 'public safety']);
    expect(of(e.urls, 'news-3').map((u) => u.url)).toEqual([
      'https://police.example.gov/appeal',
      f('/places/river'),
    ]);
  });

  it('decodes numeric and named references, escaped twice or not, in titles and text', async () => {
    const e = await read(FEEDS.rssPath);
    expect(at(e, f('/news/2'))).toMatchObject({
      title: 'Council’s budget & safety plan',
      postedAt: '2026-11-19T15:00:00.000Z',
    });
    expect(at(e, f('/news/1')).text).toBe('Weather\nRain near the café on 5th\u00a0St.');
    expect(of(e.urls, f('/news/2')).map((u) => u.url)).toEqual(['https://council.example.gov/agenda']);
  });

  it('keeps an item without guid or link under a stable id derived from its content', async () => {
    const first = await read(FEEDS.rssPath);
    const tip = first.posts.find((p) => p.title === 'Tip line hours')!;
    expect(tip.platformId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(tip).toMatchObject({ url: null, postedAt: '2026-11-17T08:00:00.000Z' });
    expect(tip.details).toMatchObject({ postedAtNote: 'no zone given; read as UTC' });
    const again = await read(FEEDS.rssPath);
    expect(again.posts.find((p) => p.title === 'Tip line hours')!.platformId).toBe(tip.platformId);
  });

  it('keeps an item with an impossible date, its time null and the reason in its details', async () => {
    const e = await read(FEEDS.rssPath);
    expect(at(e, 'news-0')).toMatchObject({
      postedAt: null,
      details: expect.objectContaining({
        postedAtAsWritten: 'pubDate: Mon, 30 Feb 2026 10:00:00 GMT',
        postedAtRefused: 'day 30 does not exist in 2026-02',
      }),
    });
  });

  it('reads every RFC 822 zone form as its exact instant, whatever the server’s own zone', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    let e: NormalizedBatch;
    try {
      e = await read(FEEDS.datesPath);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const times = Object.fromEntries(e.posts.map((p) => [p.platformId, p.postedAt]));
    expect(times).toEqual({
      gmt: '2026-11-20T10:00:00.000Z',
      ut: '2026-11-20T10:00:00.000Z',
      z: '2026-11-20T10:00:00.000Z',
      utc: '2026-11-20T10:00:00.000Z',
      est: '2026-11-20T15:00:00.000Z',
      edt: '2026-11-20T14:00:00.000Z',
      cst: '2026-11-20T16:00:00.000Z',
      cdt: '2026-11-20T15:00:00.000Z',
      mst: '2026-11-20T17:00:00.000Z',
      mdt: '2026-11-20T16:00:00.000Z',
      pst: '2026-11-20T18:00:00.000Z',
      pdt: '2026-11-20T17:00:00.000Z',
      'military-a': '2026-11-20T11:00:00.000Z',
      'military-m': '2026-11-20T22:00:00.000Z',
      'military-n': '2026-11-20T09:00:00.000Z',
      'military-y': '2026-11-19T22:00:00.000Z',
      numeric: '2026-11-20T04:30:00.000Z',
      'etc-plus': '2026-11-20T15:00:00.000Z',
      'etc-minus': '2026-11-20T07:00:00.000Z',
      comment: '2026-11-20T10:00:00.000Z',
      'two-digit-year': '2026-11-20T10:00:00.000Z',
      'no-zone': '2026-11-20T10:00:00.000Z',
      iso: '2026-11-20T16:00:00.000Z',
      'feb-30': null,
      'hour-25': null,
      'unknown-zone': null,
    });
    expect(at(e, 'military-a').details).toMatchObject({ postedAtNote: expect.stringMatching(/RFC 1123/) });
    expect(at(e, 'hour-25').details).toMatchObject({ postedAtRefused: 'hour 25 does not exist' });
    expect(at(e, 'unknown-zone').details).toMatchObject({ postedAtRefused: expect.stringMatching(/CET/) });
    expect(e.posts).toHaveLength(FEEDS.dateForms.length);
  });

  it('reads Atom: html and xhtml titles and subtitles as text, xhtml content, xml:base, authors and edits', async () => {
    const e = await read(FEEDS.atomPath);
    expect(e.accounts[0]).toMatchObject({
      handle: 'Agency Press Releases',
      url: f('/press'),
      bio: 'Releases of the Metro Police & Fire',
      avatarUrl: f(MEDIA.png.path),
      details: expect.objectContaining({
        format: 'Atom 1.0',
        atomId: 'urn:uuid:7f0c1b7e-4f1a-4c3e-9a51-3d2b1c0a9e01',
      }),
    });
    const id = (n: number) => `urn:uuid:8a1d2c3b-0000-4000-8000-00000000000${n}`;
    expect(at(e, id(3))).toMatchObject({
      url: f('/press/3'),
      title: 'Arrest in burglary series',
      text: 'Arrest in burglary series\nDetails here and photos.\nThe café owner thanked officers.',
      postedAt: '2026-11-21T17:00:00.000Z',
      editedAt: '2026-11-21T18:30:00.000Z',
      lang: 'en-US',
      details: expect.objectContaining({ authors: ['Sgt. Lee <https://agency.example.gov/lee>'] }),
    });
    expect(of(e.urls, id(3)).map((u) => u.url)).toEqual([
      'https://agency.example.gov/case',
      f('/press/3/photos'),
      'https://court.example.gov/docket/26-0311',
    ]);
    expect(of(e.media, `${id(3)}#0`)).toEqual([
      expect.objectContaining({
        url: f(MEDIA.png.path),
        mediaType: 'image/png',
        description: 'Booking photo',
      }),
    ]);
    expect(of(e.hashtags, id(3)).map((h) => h.tag)).toEqual(['arrests']);
    // An entry without its own author has the feed's; without `published`, its time is `updated`.
    expect(at(e, id(2))).toMatchObject({
      title: 'Road closure & detour',
      text: 'Road closure & detour\nMain St closed — use 3rd\u00a0Ave …',
      postedAt: '2026-11-20T12:00:00.000Z',
      editedAt: null,
      details: expect.objectContaining({ authors: ['Press Office'], postedAtFrom: expect.any(String) }),
    });
    expect(of(e.media, `${id(1)}#0`)).toEqual([
      expect.objectContaining({
        url: f(MEDIA.video.path),
        mediaType: 'video/mp4',
        description: 'Watch and share.',
      }),
    ]);
    expect(at(e, id(1)).details).toMatchObject({ thumbnails: [f(MEDIA.jpeg.path)] });
  });

  it('reads RSS 1.0 (RDF): ids from rdf:about, Dublin Core times, creators and subjects', async () => {
    const e = await read(FEEDS.rdfPath);
    expect(e.accounts[0]).toMatchObject({
      handle: 'County Bulletin',
      url: f('/bulletin'),
      avatarUrl: f(MEDIA.png.path),
    });
    expect(e.posts.map((p) => [p.platformId, p.postedAt])).toEqual([
      [f('/bulletin/2'), '2026-11-20T14:00:00.000Z'],
      [f('/bulletin/1'), '2026-11-19T00:00:00.000Z'],
    ]);
    expect(at(e, f('/bulletin/2'))).toMatchObject({
      lang: 'en',
      details: expect.objectContaining({ authors: ['County Clerk'] }),
    });
    expect(e.hashtags.map((h) => [h.postId, h.tag])).toEqual([[f('/bulletin/2'), 'water']]);
    expect(e.posts).toHaveLength(FEEDS.rdfItemCount);
  });

  it('reads a podcast: iTunes fields, and Media RSS whatever prefix the publisher chose', async () => {
    const e = await read(FEEDS.podcastPath);
    expect(e.accounts[0]).toMatchObject({
      avatarUrl: f(MEDIA.png.path),
      details: expect.objectContaining({
        itunesAuthor: 'Metro PD',
        itunesOwner: 'Metro PD Media',
        itunesCategories: ['True Crime'],
      }),
    });
    expect(at(e, 'coldcase-s2e12')).toMatchObject({
      url: null,
      postedAt: '2026-11-21T14:00:00.000Z',
      details: expect.objectContaining({
        authors: ['Det. Ruiz'],
        itunes: expect.objectContaining({
          duration: '00:31:12',
          episode: '12',
          season: '2',
          image: f(MEDIA.jpeg.path),
        }),
      }),
    });
    expect(e.media.map((m) => [m.url, m.mediaType, m.description])).toEqual([
      [f(MEDIA.video.path), MEDIA.video.mediaType, null],
      [f(MEDIA.jpeg.path), MEDIA.jpeg.mediaType, 'Case photo'],
    ]);
  });

  it('lists one malformed item of 50 as not read and reads the other 49', async () => {
    const e = await read(FEEDS.bulkPath);
    expect(e.posts).toHaveLength(FEEDS.bulkCount - 1);
    expect(e.itemsRead).toBe(FEEDS.bulkCount - 1);
    expect(e.unread).toEqual([
      { exchangeIndex: 0, item: FEEDS.bulkMalformedAt, reason: expect.stringMatching(/bare text/) },
    ]);
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const e = await read(FEEDS.latin1Path);
    expect(e.accounts[0]).toMatchObject({ handle: 'Polizei Stadtmitte' });
    expect(e.posts.map((p) => p.title)).toEqual(['Straßensperrung am Bahnhof']);
  });

  it('fails XML that is not well-formed, and XML that is no feed, with PAYLOAD_INVALID', async () => {
    for (const path of [FEEDS.malformedPath, FEEDS.notAFeedPath])
      expect(await run(feed(path))).toMatchObject({ kind: 'failed', error: { code: 'PAYLOAD_INVALID' } });
  });

  it('refuses a handle, an ACCOUNT decision (a feed carries its items) and a bulk scope without a request', async () => {
    fixtures.resetHits();
    const handle: CollectionTarget = { platform: 'rss', kind: 'handle', value: 'news', scope: 'POSTS' };
    for (const target of [handle, feed(FEEDS.rssPath, 'ACCOUNT'), feed(FEEDS.rssPath, 'TAG')])
      expect(await run(target)).toMatchObject({ kind: 'not-applicable', reason: expect.any(String) });
    expect(fixtures.hits()).toBe(0);
  });
});
