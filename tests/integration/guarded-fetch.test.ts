import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../common/errors.js';
import { ownServiceEndpoints } from '../../capture/net/forbidden-endpoints.js';
import { isRetryable } from '../../capture/net/fetch-errors.js';
import { checkRobots } from '../../capture/net/robots.js';
import { testFetch, type TestFetchOptions } from '../fixtures/platforms/collect-context.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { RETRY_AFTER_SECONDS, UGLY } from '../../demo/platforms/scenario.js';
import { testServices } from '../support/services.js';

let fixture: FixturePlatforms;

beforeAll(async () => {
  fixture = await startFixturePlatforms();
});
afterAll(async () => {
  await fixture.close();
});
beforeEach(() => fixture.resetHits());

/** A guarded fetch that may reach the fixture server, and only on its own port. */
const fixtureFetch = (o: TestFetchOptions) => testFetch({ allowlist: `127.0.0.1:${fixture.port}`, ...o });

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
    const fetch = fixtureFetch({ platform: 'web' });
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
    const fetch = fixtureFetch({ platform: 'web', token: 'cg1.forged.token' });
    const error = await failure(fetch(`${fixture.url}${UGLY.ok}`));
    expect(error.code).toBe('FETCH_REFUSED');
    expect(fixture.hits()).toBe(0);
  });

  it('refuses a decision issued for another platform', async () => {
    const fetch = fixtureFetch({ platform: 'mastodon', claims: { platform: 'bluesky' } });
    const error = await failure(fetch(`${fixture.url}${UGLY.ok}`));
    expect(error.code).toBe('FETCH_REFUSED');
    expect(error.message).toMatch(/another platform|bluesky/);
    expect(fixture.hits()).toBe(0);
  });

  it('refuses an expired decision and a preservation request', async () => {
    const expired = fixtureFetch({ platform: 'web', claims: { exp: Math.floor(Date.now() / 1000) - 1 } });
    expect((await failure(expired(`${fixture.url}${UGLY.ok}`))).code).toBe('FETCH_REFUSED');
    const letter = fixtureFetch({ platform: 'web', claims: { method: 'PRESERVATION_REQUEST' } });
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
    const fetch = fixtureFetch({ platform: 'web' });
    const error = await failure(fetch(`${fixture.url}${UGLY.redirectToMetadata}`));
    expect(error.code).toBe('FETCH_REFUSED');
    expect(error.details.address).toBe('169.254.169.254');
    expect(fixture.hits()).toBe(1);
  });

  it('refuses a redirect to a non-allowlisted private address: the target is never hit', async () => {
    // Only the name "localhost" is allowlisted; the redirect goes to the literal 127.0.0.1.
    const fetch = testFetch({ platform: 'web', allowlist: `localhost:${fixture.port}` });
    const error = await failure(fetch(`http://localhost:${fixture.port}${UGLY.redirectToLoopback}`));
    expect(error.code).toBe('FETCH_REFUSED');
    expect(fixture.hits(UGLY.redirectToLoopback)).toBe(1);
    expect(fixture.hits(UGLY.privateTarget)).toBe(0);
  });

  it('records the redirect chain', async () => {
    const fetch = fixtureFetch({ platform: 'web' });
    const exchange = await fetch(`${fixture.url}${UGLY.redirectChain}`);
    expect(exchange.request.url).toBe(`${fixture.url}${UGLY.ok}`);
    expect(exchange.redirectChain.map((h) => [h.status, new URL(h.url).pathname])).toEqual([
      [301, UGLY.redirectChain],
      [307, '/ugly/hop2'],
    ]);
    expect(fixture.hits()).toBe(3);
  });

  it('stops a redirect loop at the redirect limit', async () => {
    const fetch = fixtureFetch({ platform: 'web', limits: { maxRedirects: 3 } });
    const error = await failure(fetch(`${fixture.url}${UGLY.redirectLoop}`));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(fixture.hits(UGLY.redirectLoop)).toBe(4);
  });
});

describe('guarded fetch: size, time and status', () => {
  it('aborts the 50 MB response early at maxBytes', async () => {
    const fetch = fixtureFetch({ platform: 'web', limits: { maxBytes: 1024 * 1024 } });
    const started = Date.now();
    const heapBefore = process.memoryUsage().rss;
    const error = await failure(fetch(`${fixture.url}${UGLY.bigPath}`));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(40 * 1024 * 1024);
  });

  it('gives up on a slow response at the timeout, as retryable', async () => {
    const fetch = fixtureFetch({ platform: 'web', limits: { timeoutMs: 300 } });
    const started = Date.now();
    const error = await failure(fetch(`${fixture.url}${UGLY.slowPath}`));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.details.reason).toBe('timeout');
    expect(isRetryable(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(UGLY.slowDelayMs);
  });

  it('turns 429 into RATE_LIMITED with Retry-After, 5xx retryable, 410 not', async () => {
    const fetch = fixtureFetch({ platform: 'web' });
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
    const fetch = fixtureFetch({ platform: 'web' });
    expect((await checkRobots(fetch, `${fixture.url}/private/page`, 'casegraph')).allowed).toBe(false);
    const open = await checkRobots(fetch, `${fixture.url}/pages/article.html`, 'casegraph');
    expect(open.allowed).toBe(true);
    expect(open.exchange.response.status).toBe(200);
    expect(fixture.hits('/robots.txt')).toBe(2);
  });
});

/** A loopback server on a free port that counts requests and answers with `answer`. */
async function countingServer(
  answer: (res: http.ServerResponse) => void,
): Promise<{ port: number; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits += 1;
    answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('guarded fetch: ports', () => {
  it('allowlists an endpoint, not its host: another port on 127.0.0.1 stays refused', async () => {
    const other = await countingServer((res) => res.end('internal\n'));
    try {
      const error = await failure(fixtureFetch({ platform: 'web' })(`http://127.0.0.1:${other.port}/`));
      expect(error.code).toBe('FETCH_REFUSED');
      expect(error.message).toBe(
        `refused 127.0.0.1:${other.port}: 127.0.0.1 is a loopback address and 127.0.0.1:${other.port} is not on the fetch allowlist`,
      );
      expect(other.hits()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("refuses casegraph's own Redis, Bolt and HTTP ports even when allowlisted, and a redirect to one", async () => {
    const services = testServices();
    const redisPort = Number(new URL(services.redisUrl).port);
    const boltPort = Number(new URL(services.neo4jUri).port);
    const api = await countingServer((res) => res.end('{"data":{}}'));
    const redirector = await countingServer((res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${redisPort}/`, 'content-length': '0' });
      res.end();
    });
    const forbidden = ownServiceEndpoints({
      http: { host: '127.0.0.1', port: api.port },
      redisUrl: services.redisUrl,
      boltUri: services.neo4jUri,
    });
    const everything = [fixture.port, redirector.port, redisPort, boltPort, api.port]
      .flatMap((port) => [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
      .join(',');
    const fetch = testFetch({ platform: 'web', allowlist: everything, forbidden });
    try {
      const cases: Array<[string, number, string]> = [
        [`http://127.0.0.1:${redisPort}/`, redisPort, 'Redis'],
        [`http://localhost:${boltPort}/db/neo4j/tx`, boltPort, 'Neo4j Bolt'],
        [`http://[::1]:${api.port}/graphql`, api.port, 'HTTP server'],
        [`http://0.0.0.0:${api.port}/graphql`, api.port, 'HTTP server'],
        [`http://127.0.0.1:${redirector.port}/`, redisPort, 'Redis'],
      ];
      for (const [url, port, service] of cases) {
        const error = await failure(fetch(url));
        expect([url, error.code, error.details.reason, error.details.service]).toEqual([
          url,
          'FETCH_REFUSED',
          'own-service',
          service,
        ]);
        expect(error.message).toMatch(
          new RegExp(`:${port}: it is casegraph's own ${service}, which collectors never reach$`),
        );
      }
      expect(api.hits()).toBe(0);
      expect(redirector.hits()).toBe(1);
      // The allowlisted fixture itself is still reachable through the same fetch.
      expect((await fetch(`${fixture.url}${UGLY.ok}`)).response.status).toBe(200);
    } finally {
      await api.close();
      await redirector.close();
    }
  });
});
