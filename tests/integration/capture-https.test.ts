import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult } from '../../collectors/collector.js';
import { webCollector } from '../../collectors/web/web.collector.js';
import { BrowserPool } from '../../capture/browser/browser-pool.js';
import { ForbiddenEndpoints } from '../../capture/net/forbidden-endpoints.js';
import { createGuardedFetch } from '../../capture/net/guarded-fetch.js';
import { parseConfig } from '../../common/config.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { LOAD_PAGES, LOAD_PARTS } from '../../demo/platforms/web-load.fixture.js';
import {
  signedDecision,
  testContext,
  testVerifier,
  TEST_LIMITS,
} from '../fixtures/platforms/collect-context.fixture.js';
import { testRenderer } from '../support/capture-renderer.js';
import { createTestCa, type TestCa } from '../support/test-ca.js';

/**
 * Captures over HTTPS from a loopback fixture whose certificate a CA made for this run signed.
 * The CA is trusted only as an extra root handed to the capture (CASEGRAPH_EXTRA_CA_FILE in
 * production); without it the same site is refused, so verification is never off.
 */
describe('an HTTPS capture', () => {
  let ca: TestCa;
  let fixtures: FixturePlatforms;
  let pool: BrowserPool;
  beforeAll(async () => {
    ca = createTestCa();
    fixtures = await startFixturePlatforms(ca.server);
    pool = new BrowserPool(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  });
  afterAll(async () => {
    await pool.close();
    await fixtures.close();
    ca.remove();
  });

  const capture = (extraCa: readonly string[] | undefined, allowlist = [`localhost:${fixtures.port}`]) => {
    const target: CollectionTarget = {
      platform: 'web',
      kind: 'url',
      value: `${fixtures.url}${LOAD_PAGES.page}`,
      scope: 'ACCOUNT',
    };
    return webCollector.collect(target, {
      ...testContext(target, fixtures.url),
      render: testRenderer(() => pool.openPage(), { allowlist, ...(extraCa ? { extraCa } : {}) }),
    });
  };

  it('records the server’s certificate chain, its fingerprint, the TLS version and cipher for every exchange', async () => {
    const result = (await capture([ca.caPem])) as CaptureResult;
    expect(result.kind).toBe('captured');
    expect(result.rendering!.dom).toContain('Appeal with everything');
    const urls = result.exchanges.map((e) => new URL(e.request.url).pathname);
    expect(urls).toEqual(expect.arrayContaining([LOAD_PAGES.page, LOAD_PARTS.font, LOAD_PARTS.xhr]));
    for (const exchange of result.exchanges) {
      const tls = exchange.wire!.tls!;
      expect(tls).toMatchObject({ protocol: 'TLSv1.3', authorized: true });
      expect(tls.cipher.standardName).toMatch(/^TLS_/);
      expect(tls.chain.map((c) => c.sha256Fingerprint)).toEqual([ca.fingerprints.leaf, ca.fingerprints.ca]);
      expect(tls.chain[0]).toMatchObject({
        subject: 'CN=localhost',
        issuer: expect.stringContaining('casegraph test CA'),
      });
      expect(tls.chain[0]!.pem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
      expect(Date.parse(tls.chain[0]!.validTo)).toBeGreaterThan(Date.now());
    }
  });

  it('refuses the site when its CA is not trusted, and names the certificate problem', async () => {
    const result = await capture(undefined);
    expect(result).toMatchObject({
      kind: 'failed',
      error: { code: 'FETCH_FAILED', message: expect.stringMatching(/certificate/i) },
    });
  });

  it('keeps the address guard over HTTPS: a port not on the allowlist is refused before any connection', async () => {
    fixtures.resetHits();
    const result = await capture([ca.caPem], [`localhost:${fixtures.port + 1}`]);
    expect(result).toMatchObject({
      kind: 'failed',
      error: { code: 'FETCH_REFUSED', message: expect.stringMatching(/not on the fetch allowlist/) },
    });
    expect(fixtures.hits()).toBe(0);
  });

  it('records the chain in the fetch layer too', async () => {
    const { binding, token } = signedDecision({ platform: 'web' });
    const fetch = createGuardedFetch({
      platform: 'web',
      decision: { token, binding, verifier: testVerifier },
      config: parseConfig({ CASEGRAPH_FETCH_ALLOWLIST: `localhost:${fixtures.port}` }),
      forbidden: new ForbiddenEndpoints(),
      limits: TEST_LIMITS,
      extraCa: [ca.caPem],
    });
    const exchange = await fetch(`${fixtures.url}${LOAD_PAGES.start}`);
    expect(exchange.request.url).toBe(`${fixtures.url}${LOAD_PAGES.page}`);
    expect(exchange.redirectChain).toEqual([
      expect.objectContaining({
        status: 302,
        headers: expect.arrayContaining(['Location', LOAD_PAGES.page]),
      }),
    ]);
    expect(exchange.wire!.tls!.chain[0]!.sha256Fingerprint).toBe(ca.fingerprints.leaf);
    expect(exchange.wire!.response.toString('latin1')).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });
});
