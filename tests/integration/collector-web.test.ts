import { PNG } from 'pngjs';
import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult } from '../../collectors/collector.js';
import { webCollector } from '../../collectors/web/web.collector.js';
import { BrowserPool } from '../../capture/browser/browser-pool.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { MEDIA } from '../../demo/platforms/scenario.js';
import { METADATA_IMAGE, WEB_PAGES } from '../../demo/platforms/web.fixture.js';
import { testRenderer } from '../support/capture-renderer.js';

/**
 * The web page collector in real headless Chromium, launched as the worker's pool launches it
 * (every connection through the guard proxy), against loopback fixture pages.
 */
describe('web page collector', () => {
  let fixtures: FixturePlatforms;
  let pool: BrowserPool;
  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
    pool = new BrowserPool(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  });
  afterAll(async () => {
    await pool.close();
    await fixtures.close();
  });

  const page = (path: string): CollectionTarget => ({
    platform: 'web',
    kind: 'url',
    value: `${fixtures.url}${path}`,
    scope: 'ACCOUNT',
  });
  const run = (target: CollectionTarget) =>
    webCollector.collect(target, {
      ...testContext(target, fixtures.url),
      render: testRenderer(() => pool.openPage(), { allowlist: [`127.0.0.1:${fixtures.port}`] }),
    });

  it('keeps the raw page, a full-page screenshot, the rendered DOM, title and metadata', async () => {
    fixtures.resetHits();
    const result = (await run(page(WEB_PAGES.article))) as CaptureResult;
    expect(result.kind).toBe('captured');
    expect(result.exchanges[0]!.response.status).toBe(200);
    const r = result.rendering!;
    const png = PNG.sync.read(r.screenshot);
    expect(png.width).toBe(1366);
    expect(png.height).toBeGreaterThanOrEqual(100);
    expect(r.dom).toContain('Missing person appeal');
    expect(r.title).toBe('Missing person appeal');
    expect(r.metadata).toMatchObject({
      description: 'Police appeal for information',
      'og:title': 'Missing person appeal',
    });
    expect(r.refused).toEqual([]);
    expect(result.entities.posts[0]).toMatchObject({
      title: 'Missing person appeal',
      url: `${fixtures.url}${WEB_PAGES.article}`,
    });
    expect(result.entities.urls.map((u) => u.url)).toEqual(['https://police.example.gov/appeal']);
    // The page's image came through the proxy too (Chromium has no other way out).
    expect(fixtures.hits(MEDIA.jpeg.path)).toBe(1);
  });

  it('refuses a subresource on the metadata address and says so', async () => {
    const result = (await run(page(WEB_PAGES.leaky))) as CaptureResult;
    expect(result.rendering!.refused).toEqual([
      { url: METADATA_IMAGE, reason: expect.stringMatching(/169\.254\.169\.254/) },
    ]);
  });

  it('declines a handle, and a page without a browser, without a request', async () => {
    fixtures.resetHits();
    const handle: CollectionTarget = { platform: 'web', kind: 'handle', value: 'someone', scope: 'ACCOUNT' };
    expect(await run(handle)).toMatchObject({ kind: 'not-applicable' });
    const target = page(WEB_PAGES.plain);
    expect(await webCollector.collect(target, testContext(target, fixtures.url))).toMatchObject({
      kind: 'not-applicable',
    });
    expect(fixtures.hits()).toBe(0);
  });
});
