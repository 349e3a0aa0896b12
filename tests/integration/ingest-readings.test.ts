import crypto from 'node:crypto';
import type { GraphClient } from '../../graph/graph-client.js';
import { CaptureIngestRepository, type CaptureIngest } from '../../graph/ingest/capture-ingest.repository.js';
import { testGraph } from '../support/services.js';

/**
 * The ingest on real Neo4j, where it takes its short cuts: a post the case last read the same way
 * is only linked to the capture, a post just created gets its relationships created rather than
 * merged. Neither may lose a fact, duplicate one, or hide an edit.
 */
describe('ingest of posts a case has read before', () => {
  let graph: GraphClient;
  let repo: CaptureIngestRepository;
  // A platform of this run's own, so no other suite's captures share its accounts and posts.
  const platform = `readings-${crypto.randomUUID().slice(0, 8)}`;
  const caseA = `case-${platform}-a`;
  const caseB = `case-${platform}-b`;
  let clock = Date.UTC(2026, 5, 1);
  /** The relationships around p1 after case A's first capture. */
  let facts: Record<string, number> = {};

  beforeAll(async () => {
    graph = testGraph();
    repo = new CaptureIngestRepository(graph);
    await graph.write(
      `UNWIND $ids AS id
       CREATE (:Case {id: id, number: id, title: 'Readings', status: 'OPEN', purpose: 'ONLINE_CRIME',
                      createdAt: '2026-06-01T00:00:00.000Z'})`,
      { ids: [caseA, caseB] },
    );
  });
  afterAll(() => graph.close());

  /** One capture of the post p1 (by a1, mentioning a2, tagged, with an image) reading `text`. */
  function capture(caseId: string, text: string, id = crypto.randomUUID()): CaptureIngest {
    clock += 3_600_000;
    const source = 'a'.repeat(64);
    return {
      caseId,
      platform,
      capture: {
        id,
        caseId,
        decisionId: 'none',
        status: 'CAPTURED',
        startedAt: new Date(clock).toISOString(),
      },
      artifacts: [
        { sha256: source, size: 2, mediaType: 'application/json', name: 'r.json', kind: 'RESPONSE' },
      ],
      accounts: [
        {
          platformId: 'a1',
          handle: 'ann',
          displayName: 'Ann',
          url: null,
          bio: null,
          avatarUrl: null,
          createdAt: null,
          detailsJson: null,
          source,
        },
      ],
      posts: [
        {
          platformId: 'p1',
          authorId: 'a1',
          url: null,
          text,
          postedAt: '2026-05-01T00:00:00.000Z',
          editedAt: null,
          lang: 'en',
          title: null,
          detailsJson: null,
          source,
        },
        {
          platformId: 'p0',
          authorId: 'a1',
          url: null,
          text: 'the first',
          postedAt: '2026-04-30T00:00:00.000Z',
          editedAt: null,
          lang: 'en',
          title: null,
          detailsJson: null,
          source,
        },
      ],
      media: [
        {
          postId: 'p1',
          sha256: 'b'.repeat(64),
          mediaType: 'image/png',
          size: 9,
          url: 'https://x/i.png',
          phash: null,
        },
      ],
      hashtags: [{ postId: 'p1', tag: `${platform}-found` }],
      urls: [{ from: 'post', id: 'p1', url: `https://${platform}.example/flyer` }],
      mentions: [{ postId: 'p1', accountId: 'a2', handle: 'bob' }],
      links: [{ type: 'REPLY_TO', from: 'p1', to: 'p0' }],
    };
  }

  const one = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await graph.read<{ n: number }>(cypher, { platform, ...params }))[0]!.n;

  /** Every relationship around p1 by type, counted: a duplicate shows as a 2. */
  const around = async () =>
    Object.fromEntries(
      (
        await graph.read<{ t: string; n: number }>(
          `MATCH (p:Post {platform: $platform, platformId: 'p1'})-[r]-(o)
           WHERE NOT type(r) IN ['CAPTURED', 'OF', 'ABOUT']
           RETURN type(r) + ':' + coalesce(o.id, o.platformId, o.tag, o.href, o.sha256) AS t, count(r) AS n`,
          { platform },
        )
      ).map((r) => [r.t, r.n]),
    );

  it('links an unchanged re-capture to the stored reading and keeps every fact once', async () => {
    const first = capture(caseA, 'Missing since Friday');
    await repo.ingest(first);
    facts = await around();
    expect(facts).toEqual({
      [`CONTAINS:${caseA}`]: 1,
      'POSTED:a1': 1,
      'MENTIONS:a2': 1,
      [`TAGGED:${platform}-found`]: 1,
      [`LINKS_TO:https://${platform}.example/flyer`]: 1,
      [`HAS_MEDIA:${'b'.repeat(64)}`]: 1,
      'REPLY_TO:p0': 1,
    });

    const again = capture(caseA, 'Missing since Friday');
    await repo.ingest(again);
    expect(await around()).toEqual(facts);
    expect(
      await one("MATCH (o:Observation {platform: $platform, platformId: 'p1'}) RETURN count(o) AS n"),
    ).toBe(1);
    // The second capture saw the post, its reading and its image, as the first did.
    for (const k of [first, again]) {
      const id = k.capture.id;
      expect(
        await one(
          `MATCH (k:Capture {id: $id})-[:CAPTURED]->(p:Post {platform: $platform, platformId: 'p1'}),
                 (k)-[:OBSERVED {caseId: $caseA}]->(:Observation)-[:OF]->(p),
                 (k)-[:CAPTURED]->(:Media {sha256: $media})
           RETURN count(*) AS n`,
          { id, caseA, media: 'b'.repeat(64) },
        ),
      ).toBe(1);
    }
    expect(await one('MATCH (:Case {id: $caseA})-[:HAS_CHANGE]->(ch) RETURN count(ch) AS n', { caseA })).toBe(
      0,
    );
  });

  it("records an edit and its reversal, and another case's reading in between changes nothing for this one", async () => {
    await repo.ingest(capture(caseB, 'Found safe'));
    await repo.ingest(capture(caseA, 'Missing since Friday'));
    expect(await one('MATCH (:Case {id: $caseA})-[:HAS_CHANGE]->(ch) RETURN count(ch) AS n', { caseA })).toBe(
      0,
    );

    await repo.ingest(capture(caseA, 'Found safe'));
    await repo.ingest(capture(caseA, 'Missing since Friday'));
    const edits = await graph.read<{ before: string; after: string }>(
      `MATCH (:Case {id: $caseA})-[:HAS_CHANGE]->(ch:Change {kind: 'EDITED_POST'})
       MATCH (ch)-[:BEFORE]->(b), (ch)-[:AFTER]->(a)
       RETURN b.text AS before, a.text AS after ORDER BY ch.at`,
      { caseA },
    );
    expect(edits).toEqual([
      { before: 'Missing since Friday', after: 'Found safe' },
      { before: 'Found safe', after: 'Missing since Friday' },
    ]);
    // Case B's first reading of a post new to it is no edit of anything.
    expect(await one('MATCH (:Case {id: $caseB})-[:HAS_CHANGE]->(ch) RETURN count(ch) AS n', { caseB })).toBe(
      0,
    );
    // Each capture wrote to a post the graph held: every fact is still there once, B's membership too.
    expect(await around()).toEqual({ ...facts, [`CONTAINS:${caseB}`]: 1 });
  });

  it('writes a new post once when two captures of two cases ingest it at the same moment', async () => {
    const fresh = (caseId: string) => {
      const c = capture(caseId, 'Seen at the station');
      return {
        ...c,
        posts: c.posts.map((p) => ({ ...p, platformId: `${p.platformId}-race` })),
        media: [],
        hashtags: [],
        urls: [],
        mentions: [],
        links: [],
      };
    };
    await Promise.all([repo.ingest(fresh(caseA)), repo.ingest(fresh(caseB))]);
    const rows = await graph.read<{ posted: number; of: number; holders: number }>(
      `MATCH (p:Post {platform: $platform, platformId: 'p1-race'})
       RETURN COUNT { (:Account)-[:POSTED]->(p) } AS posted, COUNT { (:Observation)-[:OF]->(p) } AS of,
              COUNT { (:Case)-[:CONTAINS]->(p) } AS holders`,
      { platform },
    );
    expect(rows).toEqual([{ posted: 1, of: 1, holders: 2 }]);
  });
});
