/**
 * Writes one capture's observations inside its ingest transaction. The identity node (Account,
 * Post) is MERGEd on its platform key and keeps nothing else a platform can change; what the
 * capture read goes on an Observation MERGEd on its content hash, and the capture points at it with
 * an OBSERVED relationship carrying the case, the capture's time and the stored body it was read
 * from. An observation is never updated: a capture that reads something else writes another one.
 */
import type { Tx } from '../graph-client.js';
import type { AccountFields, ObservationRow, PostFields } from './observation-rows.js';

/** Where the capture's observations go: its case, platform, id and start time. */
export type ObservationScope = { caseId: string; platform: string; captureId: string; at: string };

/** A post observation with the account that wrote it. */
export type PostObservationRow = ObservationRow<PostFields> & { authorId: string };

/** A version of a post read from the platform's own edit history, oldest first. */
export type HistoryObservationRow = ObservationRow<PostFields> & { versionAt: string; position: number };

/** The OBSERVED relationship every statement creates: the capture's case and time, and the source. */
const OBSERVED = `CREATE (k)-[:OBSERVED {caseId: $caseId, at: $at, source: row.source}]->(o)`;

const OBSERVATION = (kind: string) =>
  `MERGE (o:Observation {hash: row.hash})
     ON CREATE SET o = row.fields, o.hash = row.hash, o.kind = '${kind}', o.platform = $platform,
                   o.platformId = row.platformId, o.firstCaptureId = $captureId`;

/**
 * The accounts the capture read. The identity node keeps two lookup keys that follow the latest
 * reading (`handleLower`, `urlKey`): they only find the node for a mention or a hand-added
 * account, and are never shown as what an account said.
 */
export async function writeAccountObservations(
  tx: Tx,
  scope: ObservationScope,
  rows: readonly ObservationRow<AccountFields>[],
): Promise<void> {
  await tx.run(
    `MATCH (c:Case {id: $caseId}), (k:Capture {id: $captureId}) UNWIND $rows AS row
     MERGE (a:Account {platform: $platform, platformId: row.platformId})
     SET a.handleLower = toLower(row.fields.handle), a.urlKey = row.fields.url
     MERGE (c)-[:CONTAINS]->(a) CREATE (k)-[:CAPTURED]->(a)
     WITH k, a, row ${OBSERVATION('ACCOUNT')}
     MERGE (o)-[:OF]->(a) ${OBSERVED}`,
    { ...scope, rows },
  );
}

/**
 * The posts the capture read, each tied to its author. A post without any relationship when this
 * statement reaches it (one it has just created) gets its own created outright instead of merged:
 * on a first ingest that is most of the statement's work. Another capture writing the same post at
 * the same moment holds its key until it commits, so by then the post has relationships and is
 * merged into.
 */
export async function writePostObservations(
  tx: Tx,
  scope: ObservationScope,
  rows: readonly PostObservationRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `MATCH (c:Case {id: $caseId}), (k:Capture {id: $captureId}) UNWIND $rows AS row
     MERGE (p:Post {platform: $platform, platformId: row.platformId})
     WITH c, k, p, row, COUNT { (p)--() } = 0 AS fresh
     CREATE (k)-[:CAPTURED]->(p)
     ${OBSERVATION('POST')} ${OBSERVED}
     WITH c, p, o, row, fresh
     OPTIONAL MATCH (a:Account {platform: $platform, platformId: row.authorId})
     CALL (c, p, o, a, fresh) {
       WITH * WHERE fresh
       CREATE (c)-[:CONTAINS]->(p), (o)-[:OF]->(p)
       FOREACH (au IN CASE WHEN a IS NULL THEN [] ELSE [a] END | CREATE (au)-[:POSTED]->(p))
     }
     CALL (c, p, o, a, fresh) {
       WITH * WHERE NOT fresh
       MERGE (c)-[:CONTAINS]->(p) MERGE (o)-[:OF]->(p)
       FOREACH (au IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (au)-[:POSTED]->(p))
     }`,
    { ...scope, rows },
  );
}

/**
 * Earlier versions from the platform's edit history. They are what the platform says the post
 * said before, as read by this capture, so the OBSERVED relationship is marked `historical` and
 * carries the version's time: a case's current reading never comes from one.
 */
export async function writeHistoryObservations(
  tx: Tx,
  scope: ObservationScope,
  rows: readonly HistoryObservationRow[],
): Promise<void> {
  await tx.run(
    `MATCH (k:Capture {id: $captureId}) UNWIND $rows AS row
     MATCH (p:Post {platform: $platform, platformId: row.platformId})
     WITH k, p, row ${OBSERVATION('POST')}
     MERGE (o)-[:OF]->(p)
     CREATE (k)-[:OBSERVED {caseId: $caseId, at: $at, source: row.source, historical: true,
                            versionAt: row.versionAt, position: row.position}]->(o)`,
    { ...scope, rows },
  );
}
