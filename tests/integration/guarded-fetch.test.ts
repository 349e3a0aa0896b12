import { AppError } from '../../common/errors.js';
import { isRetryable } from '../../capture/net/fetch-errors.js';
import { checkRobots } from '../../capture/net/robots.js';
import { testFetch } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { RETRY_AFTER_SECONDS, UGLY } from '../../demo/platforms/scenario.js';

let fixture: FixturePlatforms;

beforeAll(async () => {
  fixture = await startFixturePlatforms();
});
afterAll(async () => {
  await fixture.close();
});
beforeEach(() => fixture.resetHits());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('guarded fetch: the decision', () => {
  it('fetches and records the exchange when the decision verifies', async () => {
    const fetch = testFetch({ platform: 'web' });
    const exchange = await fetch(`${fixture.url}${UGLY.ok}`);
    expect(exchange.response.status).toBe(200);
    expect(exchange.response.body.toString()).toBe(UGLY.okBody);
    expect(exchange.serverIp).toBe('127.0.0.1');
    expect(exchange.request.headers['user-agent']).toMatch(/^casegraph\//);
    expect(exchange.redirectChain).toEqual([]);
    expect(Date.parse(exchange.timing.endedAt)).toBeGreaterThanOrEqual(Date.parse(exchange.timing.startedAt));
    expect(fixture.hits(UGLY.ok)).toBe(1);
  });

  it('makes no request without a valid decision token', async () => {
    const fetch = testFetch({ platform: 'web', token: 'cg1.forged.token' });
    const error = await failure(fetch(`${fixture.url}${UGLY.ok}`));
    expect(error.code).toBe('FETCH_REFUSED');
    expect(fixture.hits()).toBe(0);
  });

  it('refuses a decision issued for another platform', async () => {
    const fetch = testFetch({ platform: 'mastodon', claims: { platform: 'bluesky' } });
    const error = await failure(fetch(`${fixture.url}${UGLY.ok}`));
    expect(error.code).toBe('FETCH_REFUSED');
    expect(error.message).toMatch(/another platform|bluesky/);
    expect(fixture.hits()).toBe(0);
  });

  it('refuses an expired decision and a preservation request', async () => {
    const expired = testFetch({ platform: 'web', claims: { exp: Math.floor(Date.now() / 1000) - 1 } });
    expect((await failure(expired(`${fixture.url}${UGLY.ok}`))).code).toBe('FETCH_REFUSED');
    const letter = testFetch({ platform: 'web', claims: { method: 'PRESERVATION_REQUEST' } });
    expect((await failure(letter(`${fixture.url}${UGLY.ok}`))).code).toBe('FETCH_REFUSED');
    expect(fixture.hits()).toBe(0);
  });
});

describe('guarded fetch: addresses', () => {
  it('refuses loopback when the allowlist does not name it', async () => {
    const fetch = testFetch({ platform: 'web', allowlist: '' });
    const error = await failure(fetch(`${fixture.url}${UGLY.ok}`));
    expect(error.code).toBe('FETCH_REFUSED');
    expect(error.details.range).toBe('loopback');
    expect(fixture.hits()).toBe(0);
  });

  it('refuses a redirect to the metadata address before connecting', async () => {
    const fetch = testFetch({ platform: 'web' });
    const error = await failure(fetch(`${fixture.url}${UGLY.redirectToMetadata}`));
    expect(error.code).toBe('FETCH_REFUSED');
    expect(error.details.address).toBe('169.254.169.254');
    expect(fixture.hits()).toBe(1);
  });

  it('refuses a redirect to a non-allowlisted private address: the target is never hit', async () => {
    // Only the name "localhost" is allowlisted; the redirect goes to the literal 127.0.0.1.
    const fetch = testFetch({ platform: 'web', allowlist: 'localhost' });
    const error = await failure(fetch(`http://localhost:${fixture.port}${UGLY.redirectToLoopback}`));
    expect(error.code).toBe('FETCH_REFUSED');
    expect(fixture.hits(UGLY.redirectToLoopback)).toBe(1);
    expect(fixture.hits(UGLY.privateTarget)).toBe(0);
  });

  it('records the redirect chain', async () => {
    const fetch = testFetch({ platform: 'web' });
    const exchange = await fetch(`${fixture.url}${UGLY.redirectChain}`);
    expect(exchange.request.url).toBe(`${fixture.url}${UGLY.ok}`);
    expect(exchange.redirectChain.map((h) => [h.status, new URL(h.url).pathname])).toEqual([
      [301, UGLY.redirectChain],
      [307, '/ugly/hop2'],
    ]);
    expect(fixture.hits()).toBe(3);
  });

  it('stops a redirect loop at the redirect limit', async () => {
    const fetch = testFetch({ platform: 'web', limits: { maxRedirects: 3 } });
    const error = await failure(fetch(`${fixture.url}${UGLY.redirectLoop}`));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(fixture.hits(UGLY.redirectLoop)).toBe(4);
  });
});

describe('guarded fetch: size, time and status', () => {
  it('aborts the 50 MB response early at maxBytes', async () => {
    const fetch = testFetch({ platform: 'web', limits: { maxBytes: 1024 * 1024 } });
    const started = Date.now();
    const heapBefore = process.memoryUsage().rss;
    const error = await failure(fetch(`${fixture.url}${UGLY.bigPath}`));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(40 * 1024 * 1024);
  });

  it('gives up on a slow response at the timeout, as retryable', async () => {
    const fetch = testFetch({ platform: 'web', limits: { timeoutMs: 300 } });
    const started = Date.now();
    const error = await failure(fetch(`${fixture.url}${UGLY.slowPath}`));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.details.reason).toBe('timeout');
    expect(isRetryable(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(UGLY.slowDelayMs);
  });

  it('turns 429 into RATE_LIMITED with Retry-After, 5xx retryable, 410 not', async () => {
    const fetch = testFetch({ platform: 'web' });
    const limited = await failure(fetch(`${fixture.url}${UGLY.rateLimited}`));
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.details.retryAfter).toBe(RETRY_AFTER_SECONDS);
    expect(isRetryable(limited)).toBe(true);
    const broken = await failure(fetch(`${fixture.url}${UGLY.serverError}`));
    expect([broken.code, isRetryable(broken)]).toEqual(['FETCH_FAILED', true]);
    const gone = await failure(fetch(`${fixture.url}${UGLY.gone}`));
    expect([gone.code, isRetryable(gone)]).toEqual(['NOT_FOUND', false]);
  });

  it('reads robots.txt through the same guard', async () => {
    const fetch = testFetch({ platform: 'web' });
    expect((await checkRobots(fetch, `${fixture.url}/private/page`, 'casegraph')).allowed).toBe(false);
    const open = await checkRobots(fetch, `${fixture.url}/pages/article.html`, 'casegraph');
    expect(open.allowed).toBe(true);
    expect(open.exchange.response.status).toBe(200);
    expect(fixture.hits('/robots.txt')).toBe(2);
  });
});
