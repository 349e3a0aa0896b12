import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort } from '../../server/infra/free-port.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { testServices } from '../support/services.js';

/**
 * A collection aimed at casegraph's own services, through the whole pipeline: the detective asks
 * for a feed whose URL is casegraph's Redis, Bolt or HTTP port, or a feed that redirects there.
 * Every one of those ports is on the allowlist, as a careless operator might put them; the job
 * must still fail with FETCH_REFUSED naming the service, before a byte is sent.
 */
describe("collectors never reach casegraph's own services", () => {
  let env: CollectingCasegraph;
  let redirector: http.Server;
  let redirectorPort: number;
  let redirectorHits = 0;
  const redisPort = Number(new URL(testServices().redisUrl).port);
  const boltPort = Number(new URL(testServices().neo4jUri).port);
  let httpPort: number;

  beforeAll(async () => {
    // Another "platform" on loopback whose feed redirects to the Bolt port.
    redirector = http.createServer((_req, res) => {
      redirectorHits += 1;
      res.writeHead(302, { location: `http://127.0.0.1:${boltPort}/feed.xml`, 'content-length': '0' });
      res.end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    redirectorPort = (redirector.address() as AddressInfo).port;
    httpPort = await freePort();
    env = await startCollectingCasegraph('OWN-SERVICES-1', (fixtures) => ({
      PORT: String(httpPort),
      CASEGRAPH_FETCH_ALLOWLIST: [fixtures.port, redirectorPort, redisPort, boltPort, httpPort]
        .map((port) => `127.0.0.1:${port}`)
        .join(','),
    }));
  }, 60_000);
  afterAll(async () => {
    await env.stop();
    await new Promise<void>((resolve) => redirector.close(() => resolve()));
  });

  const feed = (url: string) => ({
    platform: 'rss',
    kind: 'url',
    value: url,
    scope: 'POSTS',
    method: 'PUBLIC_WEB',
  });

  it.each([
    ['Redis', () => `http://127.0.0.1:${redisPort}/feed.xml`, () => redisPort],
    ['Neo4j Bolt', () => `http://127.0.0.1:${boltPort}/feed.xml`, () => boltPort],
    ['HTTP server', () => `http://127.0.0.1:${httpPort}/graphql`, () => httpPort],
  ])("refuses a feed at casegraph's own %s port", async (service, url, port) => {
    expect(env.app.port).toBe(httpPort);
    const { decision, job } = await env.collect('feed', feed(url()));
    expect(decision).toBe('ALLOW');
    expect(job.state).toBe('failed');
    expect(job.error).toBe(
      `FETCH_REFUSED: refused 127.0.0.1:${port()}: it is casegraph's own ${service}, which collectors never reach`,
    );
  });

  it('refuses a redirect from an allowlisted feed to one of them, after the one request', async () => {
    const { job } = await env.collect('feed', feed(`http://127.0.0.1:${redirectorPort}/feed.xml`));
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(
      new RegExp(`^FETCH_REFUSED: refused 127\\.0\\.0\\.1:${boltPort}: .*own Neo4j Bolt`),
    );
    expect(redirectorHits).toBe(1);
  });

  it('still collects from the allowlisted fixture platform', async () => {
    const { job } = await env.collect('alice');
    expect(job.state).toBe('completed');
  });
});
