/**
 * What graph analysis reads from a case: shortest paths and neighbourhoods that never leave the
 * case (every node on them is one the case CONTAINS), the account-to-account interaction edges
 * that communities and centrality are computed over, and the posts that carried one media file.
 * Every read is bounded by the caller's limits; nothing here decides what the limits are.
 */
import { int, type GraphClient, type Tx } from '../graph-client.js';
import { CASE_READING, LATEST, OBSERVED_LABEL } from '../observations/observation-reads.js';

/** The kinds of node analysis names, each with the property (or two) that identify it. */
export type NodeKind = 'account' | 'post' | 'media' | 'hashtag' | 'url' | 'person' | 'group';

/** A node named by kind and key: `account:mastodon:kp1`, `person:p-1`, `media:<sha256>`. */
export interface NodeRef {
  readonly kind: NodeKind;
  readonly key: string;
}

export type GraphNodeRow = { readonly ref: string; readonly kind: string; readonly label: string | null };
export type GraphEdgeRow = { readonly from: string; readonly to: string; readonly type: string };
export type InteractionRow = {
  readonly a: string;
  readonly b: string;
  readonly aLabel: string | null;
  readonly bLabel: string | null;
  readonly kind: string;
  readonly weight: number;
};
export type SpreadRow = {
  readonly post: string;
  readonly account: string;
  readonly handle: string | null;
  readonly postedAt: string | null;
  readonly kind: 'UPLOAD' | 'REPOST';
  readonly via: string | null;
  readonly artifacts: string[];
};

/** Relationship types a path may follow: who uses, posts, addresses, shares and links. */
const PEOPLE_TYPES = 'USES|POSTED|MENTIONS|REPLY_TO|REPOST_OF|QUOTES|HAS_MEDIA|MEMBER_OF|SAME_OPERATOR';
/** Hashtags and URLs join everyone who uses a popular one, so paths use them only on request. */
const TOPIC_TYPES = `${PEOPLE_TYPES}|TAGGED|LINKS_TO`;

/** Cypher for a node's reference (`account:<platform>:<id>`, `person:<id>`, ...). */
export const REF = (n: string) => `CASE
  WHEN ${n}:Account THEN 'account:' + ${n}.platform + ':' + ${n}.platformId
  WHEN ${n}:Post THEN 'post:' + ${n}.platform + ':' + ${n}.platformId
  WHEN ${n}:Media THEN 'media:' + ${n}.sha256
  WHEN ${n}:Hashtag THEN 'hashtag:' + ${n}.tag
  WHEN ${n}:Url THEN 'url:' + ${n}.href
  WHEN ${n}:Person THEN 'person:' + ${n}.id
  WHEN ${n}:Group THEN 'group:' + ${n}.id END`;

/**
 * Cypher for a node's display label: an account's handle or a post's start as the case's own
 * captures read them (`$caseId`), else the handle it was added or mentioned by, a name, tag,
 * link, hash or id.
 */
export const LABEL = (n: string) =>
  `coalesce(CASE WHEN ${n}:Account OR ${n}:Post THEN ${OBSERVED_LABEL(n)} END,
            ${n}.handle, ${n}.name, ${n}.tag, ${n}.href, ${n}.sha256, ${n}.id)`;

const NODE = (n: string) =>
  `{ref: ${REF(n)}, kind: toLower(head([l IN labels(${n}) WHERE l IN
    ['Account','Post','Media','Hashtag','Url','Person','Group']])), label: ${LABEL(n)}}`;

const IN_CASE = (n: string) => `EXISTS { (c)-[:CONTAINS]->(${n}) }`;

/** A MATCH clause for one named node; labels and property names come from the closed kind list. */
export function matchNode(
  variable: string,
  ref: NodeRef,
): { clause: string; params: Record<string, unknown> } {
  const p = `${variable}Key`;
  const split = () => {
    const at = ref.key.indexOf(':');
    return { platform: ref.key.slice(0, at), platformId: ref.key.slice(at + 1) };
  };
  switch (ref.kind) {
    case 'account':
    case 'post': {
      const label = ref.kind === 'account' ? 'Account' : 'Post';
      const clause = `MATCH (${variable}:${label} {platform: $${p}.platform, platformId: $${p}.platformId})`;
      return { clause, params: { [p]: split() } };
    }
    case 'media':
      return { clause: `MATCH (${variable}:Media {sha256: $${p}})`, params: { [p]: ref.key } };
    case 'hashtag':
      return { clause: `MATCH (${variable}:Hashtag {tag: $${p}})`, params: { [p]: ref.key } };
    case 'url':
      return { clause: `MATCH (${variable}:Url {href: $${p}})`, params: { [p]: ref.key } };
    case 'person':
      return { clause: `MATCH (${variable}:Person {id: $${p}})`, params: { [p]: ref.key } };
    case 'group':
      return { clause: `MATCH (${variable}:Group {id: $${p}})`, params: { [p]: ref.key } };
  }
}

export type NodeCaptureRow = {
  readonly id: string;
  readonly startedAt: string | null;
  readonly platform: string | null;
  readonly targetValue: string | null;
};

export type NodeDetailRow = {
  readonly properties: Record<string, unknown>;
  /** SHA-256 of each preserved payload this node was read from. */
  readonly sourceSha256s: string[];
  readonly captures: NodeCaptureRow[];
};

/** Properties no reader needs: lock counters and the provenance list returned on its own. */
const HIDDEN = ['custodyLock', 'sourceSha256s', 'passwordHash', 'handleLower', 'urlKey'];

export class AnalysisRepository {
  constructor(private readonly graph: GraphClient) {}

  /**
   * The node's properties, this case's captures that saw it and the payloads of this case it was
   * read from (accounts and posts are shared between cases; other cases' payloads stay hidden);
   * null when the case lacks the node.
   */
  async detail(caseId: string, ref: NodeRef): Promise<NodeDetailRow | null> {
    const m = matchNode('n', ref);
    const rows = await this.graph.read<NodeDetailRow & { observed: Record<string, unknown> | null }>(
      `MATCH (c:Case {id: $caseId}) ${m.clause} WHERE ${IN_CASE('n')}
       ${LATEST('n', 'o', ['c'])}
       RETURN properties(n) AS properties,
         CASE WHEN o IS NULL THEN null ELSE o {.*, observedBy: oCapture.id,
              observedAt: oCapture.startedAt} END AS observed,
         COLLECT { MATCH (n)<-[:OF]-(:Observation)<-[r:OBSERVED]-(:Capture)
                   WHERE r.caseId = $caseId AND r.source IS NOT NULL
                   RETURN DISTINCT r.source } AS sourceSha256s,
         COLLECT { MATCH (c)-[:HAS_CAPTURE]->(k:Capture)-[:CAPTURED]->(n)
                   RETURN {id: k.id, startedAt: k.startedAt, platform: k.platform, targetValue: k.targetValue}
                   ORDER BY k.startedAt DESC LIMIT 50 } AS captures`,
      { caseId, ...m.params },
    );
    const row = rows[0];
    if (!row) return null;
    // The identity node's key, then what this case's latest capture read, with that capture.
    const { hash: _hash, firstCaptureId: _first, ...observed } = row.observed ?? {};
    const properties = Object.fromEntries(
      Object.entries({ ...row.properties, ...observed }).filter(([key]) => !HIDDEN.includes(key)),
    );
    return { properties, sourceSha256s: row.sourceSha256s, captures: row.captures };
  }

  /** True when the case contains the node. */
  async inCase(caseId: string, ref: NodeRef): Promise<boolean> {
    const m = matchNode('n', ref);
    const rows = await this.graph.read<{ n: number }>(
      `MATCH (c:Case {id: $caseId}) ${m.clause} WHERE ${IN_CASE('n')} RETURN count(n) AS n`,
      { caseId, ...m.params },
    );
    return (rows[0]?.n ?? 0) > 0;
  }

  /** One shortest path of at most `maxHops` between two nodes, every node on it in the case. */
  async shortestPath(
    caseId: string,
    from: NodeRef,
    to: NodeRef,
    maxHops: number,
    includeTopics: boolean,
  ): Promise<{ nodes: GraphNodeRow[]; edges: GraphEdgeRow[] } | null> {
    const s = matchNode('s', from);
    const t = matchNode('t', to);
    // Variable-length bounds cannot be parameters; maxHops is an integer the service has bounded.
    const hops = Math.max(1, Math.trunc(maxHops));
    // Membership is checked on every step of the search (SHORTEST over a quantified path), not
    // on finished paths: a filter after the search can lose the in-case path to a shorter one
    // through another case, depending on the plan the planner picks.
    const rows = await this.graph.read<{ nodes: GraphNodeRow[]; edges: GraphEdgeRow[] }>(
      `MATCH (c:Case {id: $caseId})
       ${s.clause} ${t.clause}
       WITH c, s, t, [(c)-[:CONTAINS]->(m) | elementId(m)] AS members
       MATCH p = SHORTEST 1 (s)((a)-[:${includeTopics ? TOPIC_TYPES : PEOPLE_TYPES}]-(b) WHERE elementId(b) IN members){1,${hops}}(t)
       WHERE elementId(s) IN members
       RETURN [n IN nodes(p) | ${NODE('n')}] AS nodes,
              [r IN relationships(p) | {from: ${REF('startNode(r)')}, to: ${REF('endNode(r)')}, type: type(r)}]
                AS edges
       LIMIT 1`,
      { caseId, ...s.params, ...t.params },
    );
    return rows[0] ?? null;
  }

  /**
   * The nodes within `hops` of a node, breadth first, in one read transaction. Stops reading at
   * `maxRows` relationships so one busy node cannot load the graph; `truncated` says it stopped.
   */
  async neighbourhood(
    caseId: string,
    start: NodeRef,
    hops: number,
    maxRows: number,
  ): Promise<{ nodes: GraphNodeRow[]; edges: GraphEdgeRow[]; truncated: boolean }> {
    const m = matchNode('n', start);
    return this.graph.readTx(async (tx: Tx) => {
      const first = await tx.run<{ id: string; node: GraphNodeRow }>(
        `MATCH (c:Case {id: $caseId}) ${m.clause} WHERE ${IN_CASE('n')}
         RETURN elementId(n) AS id, ${NODE('n')} AS node`,
        { caseId, ...m.params },
      );
      if (!first[0]) return { nodes: [], edges: [], truncated: false };
      const nodes = new Map<string, GraphNodeRow>([[first[0].id, first[0].node]]);
      const edges = new Map<string, GraphEdgeRow>();
      let frontier = [first[0].id];
      for (let hop = 0; hop < hops && frontier.length; hop++) {
        const rows = await tx.run<{ id: string; node: GraphNodeRow; edge: GraphEdgeRow }>(
          `MATCH (c:Case {id: $caseId})
           UNWIND $frontier AS fid
           MATCH (x) WHERE elementId(x) = fid
           MATCH (x)-[r:${TOPIC_TYPES}]-(y) WHERE ${IN_CASE('y')}
           RETURN elementId(y) AS id, ${NODE('y')} AS node,
             {from: ${REF('startNode(r)')}, to: ${REF('endNode(r)')}, type: type(r)} AS edge
           LIMIT $limit`,
          { caseId, frontier, limit: int(maxRows - edges.size + 1) },
        );
        const next: string[] = [];
        for (const row of rows) {
          edges.set(`${row.edge.from}|${row.edge.type}|${row.edge.to}`, row.edge);
          if (!nodes.has(row.id)) {
            nodes.set(row.id, row.node);
            next.push(row.id);
          }
        }
        if (edges.size > maxRows)
          return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: true };
        frontier = next;
      }
      return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
    });
  }

  /**
   * Account-to-account interactions in the case, counted per pair and kind: mentions, replies,
   * reposts and quotes, and the same media file posted by both. At most `maxRows` rows come back;
   * the caller treats `maxRows` rows as "over the limit".
   */
  async interactions(caseId: string, maxRows: number): Promise<InteractionRow[]> {
    return this.graph.read<InteractionRow>(
      `MATCH (c:Case {id: $caseId})-[:CONTAINS]->(p:Post)<-[:POSTED]-(a:Account)
       CALL (c, p) {
         MATCH (p)-[:MENTIONS]->(b:Account) WHERE ${IN_CASE('b')} RETURN b, 'MENTION' AS kind
         UNION ALL
         MATCH (p)-[:REPLY_TO]->(q:Post)<-[:POSTED]-(b:Account) WHERE ${IN_CASE('q')}
         RETURN b, 'REPLY' AS kind
         UNION ALL
         MATCH (p)-[:REPOST_OF|QUOTES]->(q:Post)<-[:POSTED]-(b:Account) WHERE ${IN_CASE('q')}
         RETURN b, 'REPOST' AS kind
         UNION ALL
         MATCH (p)-[:HAS_MEDIA]->(:Media)<-[:HAS_MEDIA]-(q:Post)<-[:POSTED]-(b:Account)
         WHERE q <> p AND ${IN_CASE('q')} AND elementId(p) < elementId(q)
         RETURN b, 'SHARED_MEDIA' AS kind
       }
       WITH a, b, kind WHERE a <> b
       WITH a, b, kind, count(*) AS weight LIMIT $limit
       RETURN ${REF('a')} AS a, ${REF('b')} AS b, ${LABEL('a')} AS aLabel, ${LABEL('b')} AS bLabel, kind, weight`,
      { caseId, limit: int(maxRows) },
    );
  }

  /**
   * Posts in the case carrying the media file, and reposts or quotes of them up to three deep. A
   * post counts as carrying it when one of the case's own readings of it listed the file, and each
   * row cites the stored responses the case's captures read that post from, no other case's.
   */
  async mediaSpread(caseId: string, sha256: string): Promise<SpreadRow[]> {
    return this.graph.read<SpreadRow>(
      `MATCH (c:Case {id: $caseId})-[:CONTAINS]->(m:Media {sha256: $sha256})
       MATCH (m)<-[:HAS_MEDIA]-(u:Post) WHERE ${IN_CASE('u')}
         AND EXISTS { (u)<-[:OF]-(uo:Observation)<-[ur:OBSERVED]-() WHERE ${CASE_READING('ur')} AND $sha256 IN uo.media }
       CALL (c, u) {
         WITH u AS p RETURN p, 'UPLOAD' AS kind, null AS via
         UNION
         MATCH path = (p:Post)-[:REPOST_OF|QUOTES*1..3]->(u)
         WHERE all(x IN nodes(path) WHERE ${IN_CASE('x')})
         RETURN p, 'REPOST' AS kind, nodes(path)[1] AS via
       }
       WITH DISTINCT p, kind, via
       MATCH (a:Account)-[:POSTED]->(p)
       ${LATEST('p', 'o', ['a', 'kind', 'via'])}
       WITH p, a, kind, via, o ORDER BY o.postedAt, p.platformId
       RETURN ${REF('p')} AS post, ${REF('a')} AS account, ${LABEL('a')} AS handle, o.postedAt AS postedAt,
         kind, CASE WHEN via IS NULL THEN null ELSE ${REF('via')} END AS via,
         COLLECT { MATCH (p)<-[:OF]-(:Observation)<-[r:OBSERVED]-(:Capture)
                   WHERE r.caseId = $caseId AND r.source IS NOT NULL
                   RETURN DISTINCT r.source ORDER BY r.source } AS artifacts`,
      { caseId, sha256 },
    );
  }
}
