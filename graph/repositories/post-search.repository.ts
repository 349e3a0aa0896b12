/**
 * Full-text search over one case's posts through the accent-folding observation_post_search index
 * (migration 014). What a post says is what a capture read (an Observation); only readings made by
 * this case's own captures count, so another case's captures never make a post match or show. A
 * post whose earlier reading held the words is found too; its text is shown as the case last read it.
 */
import { int, type GraphClient } from '../graph-client.js';

export type PostHitRow = {
  readonly platform: string;
  readonly platformId: string;
  readonly url: string | null;
  readonly text: string | null;
  readonly postedAt: string | null;
  readonly authorRef: string | null;
  readonly authorHandle: string | null;
  readonly authorName: string | null;
  readonly score: number;
  readonly captureIds: string[];
};

/** A case's current reading `r` (edit-history versions are earlier states, never current). */
const OWN_READING = (r: string) => `${r}.caseId = $caseId AND ${r}.historical IS NULL`;

/** Binds `<as>` to the case's latest observation of node `n`; null when the case never read it. */
const LATEST = (n: string, as: string) => `OPTIONAL CALL (${n}) {
    MATCH (${n})<-[:OF]-(${as}:Observation)<-[${as}R:OBSERVED]-(:Capture) WHERE ${OWN_READING(`${as}R`)}
    RETURN ${as} ORDER BY ${as}R.at DESC LIMIT 1
  }`;

export class PostSearchRepository {
  constructor(private readonly graph: GraphClient) {}

  /** The case's posts matching `lucene`, best first, at most `limit`. */
  async search(caseId: string, lucene: string, limit: number): Promise<PostHitRow[]> {
    return this.graph.read<PostHitRow>(
      `CALL db.index.fulltext.queryNodes('observation_post_search', $lucene) YIELD node AS o, score
       MATCH (o)-[:OF]->(p:Post)
       WHERE EXISTS { MATCH (o)<-[r:OBSERVED]-(:Capture) WHERE ${OWN_READING('r')} }
       WITH p, max(score) AS score ORDER BY score DESC LIMIT $limit
       ${LATEST('p', 'post')}
       OPTIONAL CALL (p) { MATCH (author:Account)-[:POSTED]->(p) RETURN author LIMIT 1 }
       ${LATEST('author', 'profile')}
       RETURN p.platform AS platform, p.platformId AS platformId, post.url AS url, post.text AS text,
              post.postedAt AS postedAt, score,
              CASE WHEN author IS NULL THEN null
                   ELSE 'account:' + author.platform + ':' + author.platformId END AS authorRef,
              coalesce(profile.handle, author.handle) AS authorHandle,
              profile.displayName AS authorName,
              [(cap:Capture)-[:CAPTURED]->(p) WHERE cap.caseId = $caseId | cap.id] AS captureIds
       ORDER BY score DESC`,
      { caseId, lucene, limit: int(limit) },
    );
  }
}
