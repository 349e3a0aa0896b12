/**
 * What account linking reads from and writes to the case graph: the accounts and posts of the
 * cases an analyst may see, and the analysts' decisions (SAME_OPERATOR, REJECTED_LINK). Membership
 * follows the shared contract, (:Case)-[:CONTAINS]->(node): an account or post counts only when a
 * visible case contains it, so nothing leaks from other cases. Evidence cites the artifacts the
 * node was read from (`sourceArtifacts`) and those its captures produced.
 */
import type { GraphClient } from '../graph-client.js';

export type AccountRow = {
  readonly key: string;
  readonly platform: string;
  readonly platformId: string;
  readonly handle: string | null;
  readonly displayName: string | null;
  readonly bio: string | null;
  readonly url: string | null;
  readonly avatarSha256: string | null;
  readonly avatarPhash: string | null;
  readonly sourceArtifacts: string[] | null;
  readonly captureArtifacts: string[];
  readonly caseIds: string[];
  readonly links: string[];
};

export type PostRow = {
  readonly account: string;
  readonly key: string;
  readonly postedAt: string | null;
  readonly media: string[];
  readonly tags: string[];
  readonly links: string[];
  readonly interactions: string[];
  readonly artifacts: string[];
};

export type DecisionKind = 'SAME_OPERATOR' | 'REJECTED_LINK';

export type DecisionRow = {
  readonly a: string;
  readonly b: string;
  readonly kind: DecisionKind;
  readonly fingerprint: string | null;
  readonly evidenceItems: string[] | null;
  readonly decidedBy: string;
  readonly decidedAt: string;
};

export interface DecisionWrite {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly featuresJson: string;
  readonly fingerprint: string;
  readonly evidenceItems: readonly string[];
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly caseId: string;
  readonly reason: string | null;
}

const ACCOUNT_KEY = (v: string) => `${v}.platform + ':' + ${v}.platformId`;

function splitKey(key: string): { platform: string; platformId: string } {
  const at = key.indexOf(':');
  return { platform: key.slice(0, at), platformId: key.slice(at + 1) };
}

export class LinkRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Accounts of the given cases, with the cases each belongs to and the URLs it links to. */
  async accounts(caseIds: readonly string[]): Promise<AccountRow[]> {
    return this.graph
      .read<AccountRow>(
        `MATCH (c:Case)-[:CONTAINS]->(a:Account) WHERE c.id IN $caseIds
       WITH a, collect(DISTINCT c.id) AS caseIds
       RETURN ${ACCOUNT_KEY('a')} AS key, a.platform AS platform, a.platformId AS platformId,
         a.handle AS handle, a.displayName AS displayName, a.bio AS bio, a.url AS url,
         a.avatarSha256 AS avatarSha256, a.avatarPhash AS avatarPhash,
         a.sourceArtifacts AS sourceArtifacts, caseIds,
         [(cap:Capture)-[:CAPTURED]->(a) | [(cap)-[:PRODUCED]->(art:Artifact) | art.sha256]]
           AS captureArtifacts,
         [(a)-[:LINKS_TO]->(u:Url) | u.href] AS links`,
        { caseIds },
      )
      .then((rows) => rows.map((r) => ({ ...r, captureArtifacts: r.captureArtifacts.flat() })));
  }

  /** Posts captured in the given cases, with what each carries and whom it addresses. */
  async posts(caseIds: readonly string[]): Promise<PostRow[]> {
    type Raw = Omit<PostRow, 'artifacts'> & { sourceArtifacts: string[]; captureArtifacts: string[][] };
    return this.graph
      .read<Raw>(
        `MATCH (c:Case)-[:CONTAINS]->(p:Post) WHERE c.id IN $caseIds
       WITH DISTINCT p
       MATCH (a:Account)-[:POSTED]->(p)
       RETURN ${ACCOUNT_KEY('a')} AS account, ${ACCOUNT_KEY('p')} AS key, p.postedAt AS postedAt,
         [(p)-[:HAS_MEDIA]->(m:Media) | m.sha256] AS media,
         [(p)-[:TAGGED]->(h:Hashtag) | h.tag] AS tags,
         [(p)-[:LINKS_TO]->(u:Url) | u.href] AS links,
         [(p)-[:MENTIONS]->(m:Account) | ${ACCOUNT_KEY('m')}] +
         [(p)-[:REPLY_TO|REPOST_OF|QUOTES]->(:Post)<-[:POSTED]-(b:Account) | ${ACCOUNT_KEY('b')}] AS interactions,
         coalesce(p.sourceArtifacts, []) AS sourceArtifacts,
         [(cap:Capture)-[:CAPTURED]->(p) | [(cap)-[:PRODUCED]->(art:Artifact) | art.sha256]] AS captureArtifacts`,
        { caseIds },
      )
      .then((rows) =>
        rows.map(({ sourceArtifacts, captureArtifacts, ...row }) => ({
          ...row,
          artifacts: [...new Set([...sourceArtifacts, ...captureArtifacts.flat()])].sort(),
        })),
      );
  }

  /** Decisions already taken about pairs among the given accounts. */
  async decisions(keys: readonly string[]): Promise<DecisionRow[]> {
    return this.graph.read<DecisionRow>(
      `MATCH (x:Account)-[r:SAME_OPERATOR|REJECTED_LINK]->(y:Account)
       WHERE ${ACCOUNT_KEY('x')} IN $keys AND ${ACCOUNT_KEY('y')} IN $keys
       RETURN ${ACCOUNT_KEY('x')} AS a, ${ACCOUNT_KEY('y')} AS b, type(r) AS kind,
         r.fingerprint AS fingerprint, r.evidenceItems AS evidenceItems,
         r.decidedBy AS decidedBy, toString(r.decidedAt) AS decidedAt`,
      { keys },
    );
  }

  /** Records decisions (one relationship per pair, the latest decision wins) and audits each. */
  async saveDecisions(kind: DecisionKind, decisions: readonly DecisionWrite[]): Promise<number> {
    const rows = decisions.map((d) => ({ ...d, x: splitKey(d.a), y: splitKey(d.b) }));
    // The relationship type cannot be a parameter; `kind` is one of two literals.
    const type = kind === 'SAME_OPERATOR' ? 'SAME_OPERATOR' : 'REJECTED_LINK';
    const opposite = kind === 'SAME_OPERATOR' ? 'REJECTED_LINK' : 'SAME_OPERATOR';
    const result = await this.graph.write<{ n: number }>(
      `UNWIND $rows AS row
       MATCH (x:Account {platform: row.x.platform, platformId: row.x.platformId})
       MATCH (y:Account {platform: row.y.platform, platformId: row.y.platformId})
       // A decision replaces the opposite one: confirming ends a rejection, rejecting ends a link.
       CALL (x, y) { MATCH (x)-[old:${opposite}]-(y) DELETE old }
       MERGE (x)-[r:${type}]->(y)
       SET r.score = row.score, r.features = row.featuresJson, r.fingerprint = row.fingerprint,
           r.evidenceItems = row.evidenceItems, r.decidedBy = row.decidedBy,
           r.decidedAt = datetime(row.decidedAt), r.caseId = row.caseId, r.reason = row.reason
       CREATE (e:AuditEvent {id: randomUUID(), at: row.decidedAt, actorId: row.decidedBy,
         action: $action, outcome: 'DONE', caseId: row.caseId, subjectType: 'AccountPair',
         subjectId: row.a + ' ' + row.b, detail: row.fingerprint})
       RETURN count(r) AS n`,
      { rows, action: kind === 'SAME_OPERATOR' ? 'LINK_CONFIRMED' : 'LINK_REJECTED' },
    );
    return result[0]?.n ?? 0;
  }

  /** The audit trail of decisions about one pair, oldest first. */
  async auditTrail(a: string, b: string): Promise<Array<{ action: string; actorId: string; at: string }>> {
    const [x, y] = a < b ? [a, b] : [b, a];
    return this.graph.read(
      `MATCH (e:AuditEvent {subjectType: 'AccountPair', subjectId: $subject})
       RETURN e.action AS action, e.actorId AS actorId, e.at AS at ORDER BY e.at`,
      { subject: `${x} ${y}` },
    );
  }

  /** Every case the user reaches: assigned, or a supervisor's unit. */
  async visibleCases(userId: string): Promise<string[]> {
    const rows = await this.graph.read<{ id: string }>(
      `MATCH (u:User {id: $userId})
       CALL (u) {
         MATCH (u)-[:ASSIGNED_TO]->(c:Case) RETURN c
         UNION
         MATCH (c:Case) WHERE u.role = 'SUPERVISOR' AND c.unit IS NOT NULL AND c.unit = u.unit RETURN c
       }
       RETURN DISTINCT c.id AS id ORDER BY id`,
      { userId },
    );
    return rows.map((r) => r.id);
  }
}
