import crypto from 'node:crypto';
import { paths } from '../../client/src/paths.js';
import { LOAD_PAGES, LOAD_PARTS } from '../../demo/platforms/web-load.fixture.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/**
 * A web page's images through the real pipeline (gate, queue, Chromium, evidence store, Neo4j):
 * the pictures the page shows, including one its script added, become media of the page's post in
 * the case graph, each under the SHA-256 of the bytes the site served, with its type, size and
 * perceptual hash, kept as a file of the capture that the workspace serves to show it.
 */
describe("a web page's media in the case graph", () => {
  let env: CollectingCasegraph;
  let captureId: string;

  beforeAll(async () => {
    env = await startCollectingCasegraph('WEBMEDIA-1');
    const { decision, job } = await env.collect('', {
      platform: 'web',
      kind: 'url',
      value: `${env.fixtures.url}${LOAD_PAGES.start}`,
      scope: 'ACCOUNT',
      method: 'PUBLIC_WEB',
    });
    expect(decision).toBe('ALLOW');
    expect(job).toMatchObject({ state: 'completed' });
    captureId = job.captureId as string;
  }, 180_000);
  afterAll(() => env.stop());

  it('ties each picture the page showed to the page’s post, by the hash of the bytes served', async () => {
    const served = new Map<string, Buffer>();
    for (const part of [LOAD_PARTS.photo, LOAD_PARTS.image, LOAD_PARTS.scriptImage]) {
      served.set(part, Buffer.from(await (await fetch(`${env.fixtures.url}${part}`)).arrayBuffer()));
    }
    const media = await env.app.runtime.graph.read<{
      post: string;
      url: string;
      sha256: string;
      size: number;
      mediaType: string;
      phash: string | null;
    }>(
      `MATCH (:Case {id: $caseId})-[:CONTAINS]->(p:Post {platform: 'web'})-[:HAS_MEDIA]->(m:Media)
       WHERE (:Capture {id: $captureId})-[:CAPTURED]->(m)
       RETURN p.platformId AS post, m.url AS url, m.sha256 AS sha256, m.size AS size,
              m.mediaType AS mediaType, m.phash AS phash ORDER BY url`,
      { caseId: env.caseId, captureId },
    );
    const page = `${env.fixtures.url}${LOAD_PAGES.page}`;
    // Media are content-addressed: the script's picture is the same bytes as the photo, so one
    // Media node stands for both (named by the address it was first read from).
    const expected = new Map([...served.values()].map((bytes) => [sha256(bytes), bytes.length]));
    expect(expected.size).toBe(2);
    const bySha = (a: { sha256: string }, b: { sha256: string }) => a.sha256.localeCompare(b.sha256);
    expect(media.map((m) => ({ post: m.post, sha256: m.sha256, size: m.size })).sort(bySha)).toEqual(
      [...expected].map(([hash, size]) => ({ post: page, sha256: hash, size })).sort(bySha),
    );
    // By hash, not by address: a Media node shared with other cases keeps the address it was first
    // read from, which may be another capture's.
    const servedBySha = new Map([...served.values()].map((bytes) => [sha256(bytes), bytes]));
    for (const m of media) {
      expect(m.mediaType).toMatch(/^image\/(png|jpeg)$/);
      // A 64-bit difference hash, the one the linking features compare.
      expect(m.phash).toMatch(/^[0-9a-f]{16}$/);
      expect(await env.app.services.store.read(m.sha256)).toEqual(servedBySha.get(m.sha256));
      // The workspace's thumbnail: the capture's MEDIA file, sent to a signed-in detective as served.
      const shown = await fetch(`${env.app.url}${paths.artifact(env.caseId, m.sha256)}`, {
        headers: { cookie: env.detective.cookieHeader },
      });
      expect(shown.status).toBe(200);
      expect(shown.headers.get('content-type')).toContain(m.mediaType);
      expect(Buffer.from(await shown.arrayBuffer())).toEqual(servedBySha.get(m.sha256));
    }
    const files = await env.app.runtime.graph.read<{ kind: string; sha256: string }>(
      'MATCH (:Capture {id: $captureId})-[r:PRODUCED]->(a:Artifact) RETURN r.kind AS kind, a.sha256 AS sha256',
      { captureId },
    );
    expect(
      files
        .filter((f) => f.kind === 'MEDIA')
        .map((f) => f.sha256)
        .sort(),
    ).toEqual(media.map((m) => m.sha256).sort());
  });
});
