/**
 * A case's latest reading of each node a capture just read, looked up before the capture writes
 * anything. A node the case last read exactly as this capture reads it is unchanged: the capture
 * only links to the stored observation (CAPTURED, OBSERVED), since everything that reading implies
 * (its tags, links, mentions, media, author and case membership) was written when the case first
 * read it. Only the other nodes go through the full write and the change detection.
 */
import type { Tx } from '../graph-client.js';
import type { ObservationScope } from './observation-ingest.js';

/**
 * Cypher for the case's latest reading of `n` before this capture, as `prev` and its capture
 * `pk`: never another case's, never a version read from an edit history.
 */
export const PREVIOUS = `CALL (n) {
    MATCH (n)<-[:OF]-(prev:Observation)<-[r:OBSERVED]-(pk:Capture)
    WHERE r.caseId = $caseId AND r.historical IS NULL AND pk.id <> $captureId AND r.at <= $at
    RETURN prev, pk ORDER BY r.at DESC, pk.id DESC LIMIT 1
  }`;

/** The hash of the case's latest reading of each node the graph holds, by platform id. */
export async function latestReadings(
  tx: Tx,
  scope: ObservationScope,
  label: 'Post' | 'Account',
  platformIds: readonly string[],
): Promise<Map<string, string>> {
  if (platformIds.length === 0) return new Map();
  const rows = await tx.run<{ id: string; hash: string }>(
    `UNWIND $ids AS id
     MATCH (n:${label} {platform: $platform, platformId: id})
     ${PREVIOUS}
     RETURN id, prev.hash AS hash`,
    { ...scope, ids: platformIds },
  );
  return new Map(rows.map((r) => [r.id, r.hash]));
}

/** Splits a capture's rows into those the case last read the same way and the rest. */
export function splitUnchanged<R extends { platformId: string; hash: string }>(
  rows: readonly R[],
  latest: ReadonlyMap<string, string>,
): { unchanged: R[]; other: R[] } {
  const unchanged: R[] = [];
  const other: R[] = [];
  for (const row of rows) (latest.get(row.platformId) === row.hash ? unchanged : other).push(row);
  return { unchanged, other };
}

/**
 * Links the capture to the observations of nodes the case last read the same way. Case
 * membership is merged again, as a full write would, in case someone took the node out of the
 * case since.
 */
export async function linkUnchanged(
  tx: Tx,
  scope: ObservationScope,
  label: 'Post' | 'Account',
  rows: readonly { platformId: string; hash: string; source: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `MATCH (c:Case {id: $caseId}), (k:Capture {id: $captureId}) UNWIND $rows AS row
     MATCH (n:${label} {platform: $platform, platformId: row.platformId}), (o:Observation {hash: row.hash})
     MERGE (c)-[:CONTAINS]->(n) CREATE (k)-[:CAPTURED]->(n)
     CREATE (k)-[:OBSERVED {caseId: $caseId, at: $at, source: row.source}]->(o)`,
    { ...scope, rows },
  );
}
