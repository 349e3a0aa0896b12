/**
 * What account linking reads from and writes to the case graph: the accounts and posts of the
 * cases an analyst may see, and the analysts' decisions (SAME_OPERATOR, REJECTED_LINK). Membership
 * follows the shared contract, (:Case)-[:CONTAINS]->(node): an account or post counts only when a
 * visible case contains it, so nothing leaks from other cases. What an account or post says is
 * the latest observation made by a visible case's own captures, and evidence cites exactly the
 * stored responses those captures read it from (OBSERVED's `source`), never another case's files.
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

/**
 * The latest observation of `n` by a capture of the given cases (`o`), and the stored responses
 * every such capture read exactly that observation from (`sources`, sorted).
 */
const VISIBLE_READING = (
  n: string,
  carry: readonly string[] = [],
) => `OPTIONAL CALL (${[n, ...carry].join(', ')}) {
    MATCH (${n})<-[:OF]-(o:Observation)<-[r:OBSERVED]-(:Capture)
    WHERE r.caseId IN $caseIds AND r.historical IS NULL
    WITH o ORDER BY r.at DESC LIMIT 1
    RETURN o, COLLECT { MATCH (o)<-[s:OBSERVED]-(:Capture) WHERE s.caseId IN $caseIds AND s.source IS NOT NULL
                        RETURN DISTINCT s.source ORDER BY s.source } AS sources
  }`;

function splitKey(key: string): { platform: string; platformId: string } {
  const at = key.indexOf(':');
  return { platform: key.slice(0, at), platformId: key.slice(at + 1) };
}

export class LinkRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Accounts of the given cases as their captures last read them, with the cases each belongs to. */
  async accounts(caseIds: readonly string[]): Promise<AccountRow[]> {
    return this.graph.read<AccountRow>(
      `MATCH (c:Case)-[:CONTAINS]->(a:Account) WHERE c.id IN $caseIds
       WITH a, collect(DISTINCT c.id) AS caseIds
       ${VISIBLE_READING('a')}
       RETURN ${ACCOUNT_KEY('a')} AS key, a.platform AS platform, a.platformId AS platformId,
         coalesce(o.handle, a.handle) AS handle, o.displayName AS displayName, o.bio AS bio,
         coalesce(o.url, a.url) AS url, o.avatarSha256 AS avatarSha256, o.avatarPhash AS avatarPhash,
         sources AS sourceArtifacts, caseIds, coalesce(o.links, []) AS links`,
      { caseIds },
    );
  }

  /** Posts captured in the given cases as last read there, with what each carries and whom it addresses. */
  async posts(caseIds: readonly string[]): Promise<PostRow[]> {
    return this.graph.read<PostRow>(
      `MATCH (c:Case)-[:CONTAINS]->(p:Post) WHERE c.id IN $caseIds
       WITH DISTINCT p
       MATCH (a:Account)-[:POSTED]->(p)
       ${VISIBLE_READING('p', ['a'])}
       WITH a, p, o, sources WHERE o IS NOT NULL
       RETURN ${ACCOUNT_KEY('a')} AS account, ${ACCOUNT_KEY('p')} AS key, o.postedAt AS postedAt,
         coalesce(o.media, []) AS media, coalesce(o.tags, []) AS tags, coalesce(o.links, []) AS links,
         [(p)-[:MENTIONS]->(m:Account) | ${ACCOUNT_KEY('m')}] +
         [(p)-[:REPLY_TO|REPOST_OF|QUOTES]->(:Post)<-[:POSTED]-(b:Account) | ${ACCOUNT_KEY('b')}] AS interactions,
         sources AS artifacts`,
      { caseIds },
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
