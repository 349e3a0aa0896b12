import fs from 'node:fs';
import { WARCParser } from 'warcio';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import type { RunningCasegraph } from '../../server/casegraph.js';
import { BLUESKY, MASTODON, MEDIA, UGLY_HANDLES } from '../../demo/platforms/scenario.js';
import { WEB_PAGES } from '../../demo/platforms/web.fixture.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

/**
 * A collection from request to graph, on real Neo4j, Redis and an in-process worker: the gate
 * allows it, the job captures the fixture Mastodon account, and the case graph, the evidence store,
 * the WARC and the custody ledger all show it.
 */
describe('capture pipeline', () => {
  let env: CollectingCasegraph;
  let app: RunningCasegraph;
  let caseId: string;
  const collect = (handle: string) => env.collect(handle);

  beforeAll(async () => {
    env = await startCollectingCasegraph('PIPE-1');
    ({ app, caseId } = env);
  }, 60_000);
  afterAll(() => env.stop());

  const count = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await app.runtime.graph.read<{ n: number }>(cypher, { caseId, ...params }))[0]?.n ?? -1;

  it('captures a public account into the case graph with hashed, stored, WARC-preserved evidence', async () => {
    const { decision, job } = await collect(MASTODON.handle);
    expect(decision).toBe('ALLOW');
    expect(job).toMatchObject({ state: 'completed', stage: 'done' });

    // alice's statuses, the two she boosted, the one she quotes, and the two known only by id: the
    // post she replied to and the one the quoted post quotes.
    expect(await count('MATCH (:Case {id: $caseId})-[:CONTAINS]->(p:Post) RETURN count(p) AS n')).toBe(
      MASTODON.statusCount + 5,
    );
    const media = await app.runtime.graph.read<{ sha256: string; phash: string | null }>(
      'MATCH (:Case {id: $caseId})-[:CONTAINS]->(m:Media) RETURN m.sha256 AS sha256, m.phash AS phash ORDER BY sha256',
      { caseId },
    );
    expect(media.map((m) => m.sha256).sort()).toEqual(
      [MEDIA.png.sha256, MEDIA.jpeg.sha256, MEDIA.video.sha256].sort(),
    );
    expect(media.find((m) => m.sha256 === MEDIA.png.sha256)?.phash).toMatch(/^[0-9a-f]{16}$/);
    expect(
      await count(
        'MATCH (:Case {id: $caseId})-[:CONTAINS]->(p:Post {platformId: $boost})-[:REPOST_OF]->(:Post {platformId: $boosted}) RETURN count(p) AS n',
        { boost: MASTODON.status.boost, boosted: MASTODON.boostedStatusId },
      ),
    ).toBe(1);
    // Links in a bio and in a post's text: each from its own node, once.
    expect(
      await count(
        "MATCH (:Case {id: $caseId})-[:CONTAINS]->(:Account {handleLower: 'alice'})-[:LINKS_TO]->(u:Url {href: 'https://example.org/alice'}) RETURN count(u) AS n",
      ),
    ).toBe(1);
    expect(
      await count(
        "MATCH (:Case {id: $caseId})-[:CONTAINS]->(:Post)-[:LINKS_TO]->(u:Url {href: 'https://news.example.com/story'}) RETURN count(u) AS n",
      ),
    ).toBe(1);
    // Every post read from a response traces back to it; only the two known by id have no source.
    expect(
      await count(
        `MATCH (:Case {id: $caseId})-[:CONTAINS]->(p:Post)
         WHERE NOT EXISTS { (p)<-[:OF]-(:Observation)<-[r:OBSERVED {caseId: $caseId}]-() WHERE r.source IS NOT NULL }
         RETURN count(p) AS n`,
      ),
    ).toBe(2);

    const artifacts = await app.runtime.graph.read<{ sha256: string; name: string; kind: string }>(
      'MATCH (k:Capture {id: $id})-[r:PRODUCED]->(a:Artifact) RETURN a.sha256 AS sha256, r.name AS name, r.kind AS kind',
      { id: job.captureId },
    );
    expect(artifacts.map((a) => a.kind).sort()).toEqual([
      'MEDIA',
      'MEDIA',
      'MEDIA',
      'METADATA',
      'RESPONSE',
      'RESPONSE',
      'RESPONSE',
      'WARC',
    ]);
    const store = new EvidenceStore(app.runtime.evidenceDir);
    for (const a of artifacts) expect(await store.verify(a.sha256)).toBe(true);

    const warc = artifacts.find((a) => a.kind === 'WARC')!;
    const types: string[] = [];
    for await (const record of WARCParser.iterRecords(fs.createReadStream(store.pathOf(warc.sha256)))) {
      types.push(record.warcType ?? '');
      if (record.warcType === 'response')
        expect(record.warcHeader('WARC-Payload-Digest')).toMatch(/^sha256:/);
      await record.readFully();
    }
    expect(types[0]).toBe('warcinfo');
    // The lookup, the page, the edited status's history, and the three media files.
    expect(types.filter((t) => t === 'response')).toHaveLength(6);
    expect(types.at(-1)).toBe('metadata');

    const ledger = app.services.custody;
    const events = await ledger.list(caseId);
    expect(events.map((e) => e.type)).toEqual(['CAPTURED']);
    expect([...events[0]!.artifactHashes].sort()).toEqual(artifacts.map((a) => a.sha256).sort());
  });

  it('adds a second capture on a re-run, never a second node for an unchanged post', async () => {
    const { job } = await collect(MASTODON.handle);
    expect(job.state).toBe('completed');
    expect(
      await count(
        'MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {status: "CAPTURED"}) RETURN count(k) AS n',
      ),
    ).toBe(2);
    expect(
      await count("MATCH (p:Post {platform: 'mastodon', platformId: $id}) RETURN count(p) AS n", {
        id: MASTODON.status.tagged,
      }),
    ).toBe(1);
    expect(
      await count(
        'MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture)-[:CAPTURED]->(:Post {platformId: $id}) RETURN count(k) AS n',
        { id: MASTODON.status.tagged },
      ),
    ).toBe(2);
    expect(await app.services.custody.verifyChain(caseId)).toEqual({
      valid: true,
      events: 2,
    });
  });

  it('captures a web page in Chromium with its screenshot and rendered DOM kept as evidence', async () => {
    const url = `${env.fixtures.url}${WEB_PAGES.article}`;
    const { decision, job } = await env.collect('', {
      platform: 'web',
      kind: 'url',
      value: url,
      scope: 'ACCOUNT',
      method: 'PUBLIC_WEB',
    });
    expect(decision).toBe('ALLOW');
    expect(job.state).toBe('completed');
    const artifacts = await app.runtime.graph.read<{ sha256: string; kind: string }>(
      'MATCH (k:Capture {id: $id})-[r:PRODUCED]->(a:Artifact) RETURN a.sha256 AS sha256, r.kind AS kind',
      { id: job.captureId },
    );
    // The article shows a picture and a video: they are files of the capture too (web-media-graph.test.ts).
    expect(artifacts.map((a) => a.kind).sort()).toEqual([
      'DOM',
      'MEDIA',
      'MEDIA',
      'METADATA',
      'RESPONSE',
      'SCREENSHOT',
      'WARC',
    ]);
    const store = new EvidenceStore(app.runtime.evidenceDir);
    const screenshot = await store.read(artifacts.find((a) => a.kind === 'SCREENSHOT')!.sha256);
    expect(screenshot.subarray(1, 4).toString()).toBe('PNG');
    const dom = (await store.read(artifacts.find((a) => a.kind === 'DOM')!.sha256)).toString();
    expect(dom).toContain('Missing person appeal');
    expect(
      await count("MATCH (:Case {id: $caseId})-[:CONTAINS]->(p:Post {platform: 'web'}) RETURN count(p) AS n"),
    ).toBe(1);
  });

  it('ingests the 49 readable items of a page of 50 and lists the one it could not read', async () => {
    const { job } = await env.collect(BLUESKY.bulkHandle, {
      platform: 'bluesky',
      kind: 'handle',
      value: BLUESKY.bulkHandle,
      scope: 'POSTS',
      method: 'PUBLIC_API',
    });
    expect(job).toMatchObject({ state: 'completed', stage: 'done' });
    const [capture] = await app.runtime.graph.read<Record<string, unknown>>(
      'MATCH (k:Capture {id: $id}) RETURN k.itemsRead AS itemsRead, k.itemsUnread AS itemsUnread, k.unreadItems AS unread',
      { id: job.captureId },
    );
    expect(capture).toEqual({
      itemsRead: BLUESKY.bulkCount - 1,
      itemsUnread: 1,
      unread: [
        expect.stringMatching(
          new RegExp(`^item ${BLUESKY.bulkMalformedAt + 1} of response 2 .*not read: post\\.author: `),
        ),
      ],
    });
    expect(
      await count(
        'MATCH (k:Capture {id: $id})-[:CAPTURED]->(p:Post) WHERE p.platform = "bluesky" RETURN count(p) AS n',
        { id: job.captureId },
      ),
    ).toBe(BLUESKY.bulkCount - 1);
  });

  it('ends a missing account FAILED, not retried, with nothing ingested', async () => {
    const posts = await count('MATCH (:Case {id: $caseId})-[:CONTAINS]->(p:Post) RETURN count(p) AS n');
    const { decision, job } = await collect(UGLY_HANDLES.deleted);
    expect(decision).toBe('ALLOW');
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/NOT_FOUND/);
    const failed = await app.runtime.graph.read<{ code: string }>(
      "MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {status: 'FAILED'}) RETURN k.errorCode AS code",
      { caseId },
    );
    expect(failed).toEqual([{ code: 'NOT_FOUND' }]);
    expect(await count('MATCH (:Case {id: $caseId})-[:CONTAINS]->(p:Post) RETURN count(p) AS n')).toBe(posts);
  });
});
