/**
 * The two baselines the ingest benchmark prints beside casegraph: one transaction per post (the
 * obvious way), and a CREATE-only UNWIND of the same rows into the same shape (identity node,
 * observation, capture links, author, mention, tag, media): it checks nothing, finds the existing
 * accounts and hashtags by their key only to link them, and so is the engine's own floor.
 */
import type { GraphClient } from '../graph/graph-client.js';
import { observationRows } from '../graph/observations/observation-builder.js';
import { ACCOUNTS, benchCapture } from './ingest-rows.js';

/** Each post with its observation and facts in its own transaction, on `platform`. */
export async function perPost(graph: GraphClient, caseId: string, n: number, platform = 'x'): Promise<void> {
  const captureId = `cap-per-post-${platform}`;
  const { ingest } = benchCapture(caseId, 0, n, captureId, new Date().toISOString());
  await graph.write('MATCH (c:Case {id: $caseId}) CREATE (:Capture {id: $captureId})<-[:HAS_CAPTURE]-(c)', {
    caseId,
    captureId,
  });
  for (const row of observationRows(ingest).posts) {
    const i = Number(row.platformId.slice(1));
    await graph.write(
      `MATCH (c:Case {id: $caseId}), (k:Capture {id: $captureId})
       MERGE (a:Account {platform: $platform, platformId: $row.authorId})
       MERGE (p:Post {platform: $platform, platformId: $row.platformId})
       MERGE (o:Observation {hash: $platform + $row.hash}) ON CREATE SET o += $row.fields
       MERGE (o)-[:OF]->(p) CREATE (k)-[:OBSERVED {caseId: $caseId}]->(o) CREATE (k)-[:CAPTURED]->(p)
       MERGE (a)-[:POSTED]->(p) MERGE (c)-[:CONTAINS]->(p)
       MERGE (m:Account {platform: $platform, platformId: $mention}) MERGE (p)-[:MENTIONS]->(m)
       MERGE (h:Hashtag {tag: $platform + $tag}) MERGE (p)-[:TAGGED]->(h)`,
      { caseId, captureId, platform, row, mention: `a${(i * 7 + 1) % ACCOUNTS}`, tag: `tag${i % 100}` },
    );
  }
}

/** The accounts and hashtags the floor on `platform` links to, written before it is timed. */
export async function prepareFloor(graph: GraphClient, platform = 'floor'): Promise<void> {
  await graph.write(
    `UNWIND range(0, $accounts - 1) AS a CREATE (:Account {platform: $platform, platformId: 'a' + a})
     WITH count(*) AS done UNWIND range(0, 99) AS t CREATE (:Hashtag {tag: $platform + '-tag' + t})`,
    { accounts: ACCOUNTS, platform },
  );
}

/** The same rows written with CREATE only, in the same batches, on `platform`. */
export async function createOnly(
  graph: GraphClient,
  caseId: string,
  total: number,
  step: number,
  platform = 'floor',
): Promise<void> {
  for (let from = 0; from < total; from += step) {
    await createOnlyBatch(graph, caseId, from, Math.min(total, from + step), platform);
  }
}

/** Rows `from` to `to` (exclusive) written with CREATE only, in one transaction. */
export async function createOnlyBatch(
  graph: GraphClient,
  caseId: string,
  from: number,
  to: number,
  platform = 'floor',
): Promise<void> {
  const { ingest } = benchCapture(caseId, from, to, `floor-${from}`, '');
  // A map, not a search per row: the floor times the engine, not a quadratic lookup in JS.
  const mediaOf = new Map(ingest.media.map((m) => [m.postId, m.sha256]));
  const rows = observationRows(ingest).posts.map((r, i) => ({
    ...r,
    mention: ingest.mentions[i]!.accountId,
    tag: ingest.hashtags[i]!.tag,
    media: mediaOf.get(r.platformId) ?? null,
  }));
  await graph.writeTx(async (tx) => {
    await tx.run(
      `MATCH (c:Case {id: $caseId}) CREATE (k:Capture {id: $platform + $id}) CREATE (c)-[:HAS_CAPTURE]->(k)
       WITH c, k UNWIND $rows AS row
       CREATE (p:Post {platform: $platform, platformId: row.platformId})
       CREATE (o:Observation {hash: $platform + row.hash}) SET o += row.fields
       CREATE (o)-[:OF]->(p) CREATE (k)-[:OBSERVED {caseId: $caseId, source: row.source}]->(o)
       CREATE (k)-[:CAPTURED]->(p) CREATE (c)-[:CONTAINS]->(p)
       WITH p, row
       MATCH (a:Account {platform: $platform, platformId: row.authorId})
       MATCH (m:Account {platform: $platform, platformId: row.mention})
       MATCH (h:Hashtag {tag: $platform + '-' + row.tag})
       CREATE (a)-[:POSTED]->(p) CREATE (p)-[:MENTIONS]->(m) CREATE (p)-[:TAGGED]->(h)
       FOREACH (sha IN CASE WHEN row.media IS NULL THEN [] ELSE [row.media] END |
         CREATE (p)-[:HAS_MEDIA]->(:Media {sha256: $platform + sha}))`,
      { caseId, id: `-${from}`, rows, platform },
    );
  });
}
