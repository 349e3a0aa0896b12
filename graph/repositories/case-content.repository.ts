import type { PersonRole } from '../../common/case-types.js';
import { int, type GraphClient } from '../graph-client.js';
import { LATEST, OBSERVED_LABEL } from '../observations/observation-reads.js';
import { LABEL, matchNode, REF, type NodeRef } from './analysis.repository.js';

export type PersonRow = {
  readonly id: string;
  readonly name: string;
  readonly role: PersonRole;
  readonly notes: string | null;
};
export type AccountRow = {
  readonly platform: string;
  readonly platformId: string;
  readonly handle: string | null;
  readonly displayName: string | null;
  readonly url: string | null;
  readonly bio: string | null;
  readonly personIds: string[];
  /** The capture of this case whose reading is shown; null for an account no capture read. */
  readonly observedBy: string | null;
};
export type PostRow = {
  readonly platform: string;
  readonly platformId: string;
  readonly url: string | null;
  readonly text: string | null;
  readonly postedAt: string | null;
  readonly authorHandle: string | null;
  readonly captureIds: string[];
  /** The capture of this case whose reading is shown. */
  readonly observedBy: string | null;
};
export type CaptureRow = {
  readonly id: string;
  readonly platform: string | null;
  readonly targetValue: string | null;
  readonly status: string | null;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  /** The collection request it was made for: a failed attempt and its retry share one. */
  readonly requestId: string | null;
  /** Why it failed, in words; null for a capture that did not fail. */
  readonly errorWords: string | null;
  readonly artifacts: { sha256: string; name: string; kind: string; size: number | null }[];
};
export type GraphNodeRow = { readonly ref: string; readonly kind: string; readonly label: string | null };
export type GraphEdgeRow = { readonly from: string; readonly to: string; readonly type: string };
export type TimelineRow = {
  readonly kind: 'POST' | 'CAPTURE' | 'CHANGE';
  readonly at: string;
  readonly ref: string;
  readonly summary: string | null;
};

/** A change's line on the timeline: what changed and about which account or post. */
const CHANGE_SUMMARY = (ch: string) =>
  `replace(toLower(${ch}.kind), '_', ' ') + CASE WHEN size(${ch}.fields) > 0
     THEN ' (' + reduce(s = '', f IN ${ch}.fields | s + CASE WHEN s = '' THEN '' ELSE ', ' END + f) + ')'
     ELSE '' END + ': ' + coalesce(${OBSERVED_LABEL('n')}, n.handle, '')`;

export interface PostFilter {
  readonly platform?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Lucene query over the observation_text full-text index (what the case's captures read). */
  readonly text?: string | undefined;
  readonly limit: number;
}

/** What a case holds: persons, accounts, posts, captures, annotations, and its timeline. */
export class CaseContentRepository {
  constructor(private readonly graph: GraphClient) {}

  async addPerson(caseId: string, person: PersonRow, by: string, at: string): Promise<void> {
    await this.graph.write(
      `MATCH (c:Case {id: $caseId})
       CREATE (p:Person) SET p = $person, p.createdBy = $by, p.createdAt = $at
       CREATE (c)-[:CONCERNS]->(p) CREATE (c)-[:CONTAINS]->(p)`,
      { caseId, person, by, at },
    );
  }

  async persons(caseId: string): Promise<PersonRow[]> {
    return this.graph.read<PersonRow>(
      `MATCH (:Case {id: $caseId})-[:CONCERNS]->(p:Person)
       RETURN p.id AS id, p.name AS name, p.role AS role, p.notes AS notes ORDER BY p.name`,
      { caseId },
    );
  }

  /**
   * Adds accounts to a case by key; an account already known (in any case) is the same node. One
   * added by handle or URL (`handle:<name>`, `url:<href>`) that the case already holds under the
   * platform's own id is that account, so one account stays one node; the keys used come back in
   * the order given.
   */
  async addAccounts(
    caseId: string,
    accounts: { platform: string; platformId: string; handle: string | null; url: string | null }[],
  ): Promise<string[]> {
    const rows = await this.graph.write<{ key: string }>(
      `MATCH (c:Case {id: $caseId})
       UNWIND range(0, size($accounts) - 1) AS i
       WITH c, i, $accounts[i] AS a
       OPTIONAL CALL (c, a) {
         MATCH (c)-[:CONTAINS]->(known:Account {platform: a.platform})
         WHERE NOT (known.platformId STARTS WITH 'handle:' OR known.platformId STARTS WITH 'url:')
           AND (a.platformId = 'handle:' + known.handleLower
             OR a.platformId = 'handle:' + known.handleLower + '@' + split(split(known.urlKey, '//')[1], '/')[0]
             OR a.platformId = 'url:' + known.urlKey)
         RETURN known.platformId AS knownId ORDER BY knownId LIMIT 1
       }
       WITH c, i, a, coalesce(knownId, a.platformId) AS key
       MERGE (acc:Account {platform: a.platform, platformId: key})
         ON CREATE SET acc.handle = a.handle, acc.url = a.url
       MERGE (c)-[:CONTAINS]->(acc)
       RETURN key ORDER BY i`,
      { caseId, accounts },
    );
    return rows.map((r) => r.key);
  }

  /** The case's accounts, each as the case's own captures last read it. */
  async accounts(caseId: string, limit: number): Promise<AccountRow[]> {
    return this.graph.read<AccountRow>(
      `MATCH (c:Case {id: $caseId})-[:CONTAINS]->(a:Account)
       ${LATEST('a', 'o')}
       WITH c, a, o, oCapture
       RETURN a.platform AS platform, a.platformId AS platformId, coalesce(o.handle, a.handle) AS handle,
              o.displayName AS displayName, coalesce(o.url, a.url) AS url, o.bio AS bio,
              [(c)-[:CONCERNS]->(p:Person)-[:USES]->(a) | p.id] AS personIds, oCapture.id AS observedBy
       ORDER BY platform, handle LIMIT $limit`,
      { caseId, limit: int(limit) },
    );
  }

  /**
   * The case's posts as its own captures last read them. A text query searches what the case's
   * captures read (any version), so a post is found by words it said before an edit too.
   */
  async posts(caseId: string, filter: PostFilter): Promise<PostRow[]> {
    const source = filter.text
      ? `CALL db.index.fulltext.queryNodes('observation_text', $text) YIELD node AS hit
         MATCH (hit)-[:OF]->(p:Post)<-[:CONTAINS]-(c:Case {id: $caseId})
         WHERE EXISTS { (hit)<-[r:OBSERVED]-() WHERE r.caseId = $caseId }
         WITH DISTINCT c, p`
      : 'MATCH (c:Case {id: $caseId})-[:CONTAINS]->(p:Post)';
    return this.graph.read<PostRow>(
      `${source}
       WHERE ($platform IS NULL OR p.platform = $platform)
       ${LATEST('p', 'o')}
       WITH p, o, oCapture
       WHERE o IS NOT NULL AND ($from IS NULL OR o.postedAt >= $from) AND ($to IS NULL OR o.postedAt <= $to)
       OPTIONAL MATCH (author:Account)-[:POSTED]->(p)
       RETURN p.platform AS platform, p.platformId AS platformId, o.url AS url, o.text AS text,
              o.postedAt AS postedAt, coalesce(${OBSERVED_LABEL('author')}, author.handle) AS authorHandle,
              [(cap:Capture)-[:CAPTURED]->(p) WHERE cap.caseId = $caseId | cap.id] AS captureIds,
              oCapture.id AS observedBy
       ORDER BY postedAt DESC LIMIT $limit`,
      {
        caseId,
        text: filter.text ?? null,
        platform: filter.platform ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        limit: int(filter.limit),
      },
    );
  }

  async captures(caseId: string, limit: number): Promise<CaptureRow[]> {
    return this.graph.read<CaptureRow>(
      `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture)
       RETURN k.id AS id, k.platform AS platform, k.targetValue AS targetValue, k.status AS status,
              k.startedAt AS startedAt, k.endedAt AS endedAt, k.requestId AS requestId,
              k.errorWords AS errorWords,
              [(k)-[r:PRODUCED]->(a:Artifact) | {sha256: a.sha256, name: r.name, kind: r.kind, size: a.size}] AS artifacts
       ORDER BY k.startedAt DESC LIMIT $limit`,
      { caseId, limit: int(limit) },
    );
  }

  /** Posts by posting time, captures by start time and changes by when found, merged, oldest first. */
  async timeline(
    caseId: string,
    from: string | null,
    to: string | null,
    limit: number,
  ): Promise<TimelineRow[]> {
    return this.graph.read<TimelineRow>(
      // Each branch filters and keeps only its first `limit` rows before the merge, so the final sort
      // sees at most twice `limit` rows however many posts the case holds.
      `CALL () {
         MATCH (:Case {id: $caseId})-[:CONTAINS]->(p:Post)
         ${LATEST('p', 'o')}
         WITH p, o WHERE o.postedAt IS NOT NULL AND ($from IS NULL OR o.postedAt >= $from)
           AND ($to IS NULL OR o.postedAt <= $to)
         WITH p, o ORDER BY o.postedAt LIMIT $limit
         RETURN 'POST' AS kind, o.postedAt AS at, 'post:' + p.platform + ':' + p.platformId AS ref,
                left(o.text, 140) AS summary
         UNION ALL
         MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture)
         WHERE ($from IS NULL OR k.startedAt >= $from) AND ($to IS NULL OR k.startedAt <= $to)
         WITH k ORDER BY k.startedAt LIMIT $limit
         RETURN 'CAPTURE' AS kind, k.startedAt AS at, 'capture:' + k.id AS ref,
                k.platform + ' ' + coalesce(k.targetValue, '') AS summary
         UNION ALL
         MATCH (:Case {id: $caseId})-[:HAS_CHANGE]->(ch:Change)
         WHERE ($from IS NULL OR ch.at >= $from) AND ($to IS NULL OR ch.at <= $to)
         WITH ch ORDER BY ch.at LIMIT $limit
         OPTIONAL MATCH (ch)-[:ABOUT]->(n)
         RETURN 'CHANGE' AS kind, ch.at AS at, 'change:' + ch.id AS ref,
                ${CHANGE_SUMMARY('ch')} AS summary
       }
       RETURN kind, at, ref, summary ORDER BY at LIMIT $limit`,
      { caseId, from, to, limit: int(limit) },
    );
  }

  /** Adds a note to a node of the case; notes are only ever added. NOT_FOUND outside the case. */
  async annotate(caseId: string, target: NodeRef, note: Record<string, unknown>): Promise<boolean> {
    const node = matchNode('n', target);
    const rows = await this.graph.write<{ ok: boolean }>(
      `MATCH (c:Case {id: $caseId}) ${node.clause}
       WHERE EXISTS { (c)-[:CONTAINS]->(n) }
       CREATE (a:Annotation) SET a = $note CREATE (a)-[:ABOUT]->(n) CREATE (c)-[:HAS_ANNOTATION]->(a)
       RETURN true AS ok`,
      { caseId, note, ...node.params },
    );
    return Boolean(rows[0]);
  }

  /** Up to `maxNodes` of the case's nodes and the relationships among them, for drawing. */
  async drawing(caseId: string, maxNodes: number): Promise<{ nodes: GraphNodeRow[]; edges: GraphEdgeRow[] }> {
    const rows = await this.graph.read<{ nodes: GraphNodeRow[]; edges: GraphEdgeRow[] }>(
      `MATCH (c:Case {id: $caseId})-[:CONTAINS]->(n)
       WITH n ORDER BY CASE WHEN n:Person THEN 0 WHEN n:Account THEN 1 ELSE 2 END LIMIT $maxNodes
       WITH collect(n) AS ns
       CALL (ns) {
         UNWIND ns AS a MATCH (a)-[r]->(b) WHERE b IN ns
         RETURN collect({from: ${REF('a')}, to: ${REF('b')}, type: type(r)}) AS edges
       }
       RETURN [n IN ns | {ref: ${REF('n')}, kind: toLower(head(labels(n))), label: ${LABEL('n')}}] AS nodes, edges`,
      { caseId, maxNodes: int(maxNodes) },
    );
    return rows[0] ?? { nodes: [], edges: [] };
  }
}
