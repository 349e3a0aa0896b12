/**
 * The posts of a target the case read in its earlier captures of that same target, for the next
 * capture to look for again: one the listing no longer holds can then be asked for by itself, and
 * a platform's 404 proves it deleted (change-detection.ts, goneChanges). Only this case's captures
 * count, and only the most recently seen posts, so a long watch does not ask about its whole past.
 */
import type { KnownPost } from '../../collectors/collector.js';
import type { CollectionTarget } from '../../common/collection-types.js';
import { int, type GraphClient } from '../graph-client.js';

/** Most known posts handed to one capture. */
export const MAX_KNOWN_POSTS = 200;

export async function knownPosts(
  graph: GraphClient,
  caseId: string,
  target: Pick<CollectionTarget, 'platform' | 'kind' | 'value'>,
): Promise<KnownPost[]> {
  const rows = await graph.read<{ platformId: string; postedAt: string | null }>(
    `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {status: 'CAPTURED', platform: $platform,
       targetKind: $kind, targetValue: $value})-[r:OBSERVED]->(o:Observation {kind: 'POST'})-[:OF]->(p:Post)
     WHERE r.historical IS NULL
     WITH p, max(k.startedAt) AS lastSeen, max(o.postedAt) AS postedAt
     RETURN p.platformId AS platformId, postedAt
     ORDER BY lastSeen DESC, postedAt DESC LIMIT $limit`,
    {
      caseId,
      platform: target.platform,
      kind: target.kind,
      value: target.value,
      limit: int(MAX_KNOWN_POSTS),
    },
  );
  return rows.map((r) => ({ platformId: r.platformId, postedAt: r.postedAt }));
}
