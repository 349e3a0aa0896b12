/**
 * The records lifecycle of captures in the case graph: review dates, review decisions and the
 * graph side of a purge. A purge takes out, in one transaction, the facts that only the purged
 * capture supports; what another capture also saw stays, since that capture is its evidence.
 */
import type { Purpose } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import { int, type GraphClient } from '../graph-client.js';
import { REACHES_CASE } from './case-access.repository.js';

/** A capture as the lifecycle sees it. */
export type LifecycleCapture = {
  readonly id: string;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly purpose: Purpose;
  readonly charged: boolean;
  readonly status: string;
  readonly enteredAt: string;
  readonly reviewDueAt: string | null;
  readonly target: string | null;
  /** Set while a purge is under way (it can be retried until the capture reads PURGED). */
  readonly purgePending: boolean;
  readonly artifactHashes: string[];
};

/** One review decision, kept as history. */
export type CaptureReview = {
  readonly id: string;
  readonly captureId: string;
  readonly decision: 'KEEP' | 'PURGE';
  readonly by: string;
  readonly byName: string | null;
  readonly at: string;
  readonly reason: string;
  readonly nextReviewAt: string | null;
};

/** What a purge took out of the graph. */
export type PurgedFacts = {
  posts: number;
  accounts: number;
  media: number;
  observations: number;
  changes: number;
};

/** Review periods in months by purpose, for captures and for captures of charged cases. */
export type ReviewMonths = {
  readonly intelligence: Record<string, number>;
  readonly charged: Record<string, number>;
};

/**
 * A capture's review date: the one set at entry, by a review or by a charge, else its entry time
 * plus its schedule's period (captures that entered before the schedule existed, or whose entry
 * step was interrupted, are never left without one).
 */
const PERIOD = `CASE WHEN c.chargedAt IS NULL THEN $months.intelligence[c.purpose]
                      ELSE $months.charged[c.purpose] END`;
// A case of a purpose the schedule does not name has no period: its captures are never due here,
// rather than failing every supervisor's review queue.
const DUE = `coalesce(datetime(k.reviewDueAt), CASE WHEN ${PERIOD} IS NULL THEN null
  ELSE datetime(coalesce(k.startedAt, k.receivedAt)) + duration({months: ${PERIOD}}) END)`;

const CAPTURE_FIELDS = `k.id AS id, c.id AS caseId, c.number AS caseNumber, c.purpose AS purpose,
  c.chargedAt IS NOT NULL AS charged, k.status AS status, coalesce(k.startedAt, k.receivedAt) AS enteredAt,
  toString(${DUE}) AS reviewDueAt, coalesce(k.targetValue, k.title) AS target,
  k.purgePending IS NOT NULL AS purgePending,
  [(k)-[:PRODUCED]->(a:Artifact) | a.sha256] AS artifactHashes`;

/** What a post points at: its tags and links, and the posts it replies to, reposts or quotes. */
const POINTS_AT = 'TAGGED|LINKS_TO|REPLY_TO|REPOST_OF|QUOTES';

/** An unreleased hold on the capture or on its case. */
export const HELD = `EXISTS { MATCH (h:LegalHold)-[:HOLDS]->(x) WHERE (x = k OR x = c) AND h.releasedAt IS NULL }`;

export class LifecycleRepository {
  constructor(private readonly graph: GraphClient) {}

  /** The capture of the case; undefined when the case holds no such capture. */
  async capture(
    caseId: string,
    captureId: string,
    months: ReviewMonths,
  ): Promise<LifecycleCapture | undefined> {
    const rows = await this.graph.read<LifecycleCapture>(
      `MATCH (c:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {id: $captureId}) RETURN ${CAPTURE_FIELDS}`,
      { caseId, captureId, months },
    );
    return rows[0];
  }

  /** Sets the review date of captures that have none yet (entry), or moves them (a charge). */
  async setReviewDue(captureId: string, dueAt: string, clause: string, onlyIfUnset: boolean): Promise<void> {
    await this.graph.write(
      `MATCH (k:Capture {id: $captureId}) WHERE NOT $onlyIfUnset OR k.reviewDueAt IS NULL
       SET k.reviewDueAt = $dueAt, k.reviewClause = $clause`,
      { captureId, dueAt, clause, onlyIfUnset },
    );
  }

  /** Captures of the cases a supervisor reaches whose review date has come, oldest due first. */
  async dueForReview(
    userId: string,
    asOf: string,
    limit: number,
    months: ReviewMonths,
  ): Promise<LifecycleCapture[]> {
    return this.graph.read<LifecycleCapture>(
      `MATCH (u:User {id: $userId}), (c:Case)-[:HAS_CAPTURE]->(k:Capture)
       WHERE ${REACHES_CASE} AND k.status = 'CAPTURED' AND ${DUE} <= datetime($asOf)
       RETURN ${CAPTURE_FIELDS} ORDER BY ${DUE}, k.id LIMIT $limit`,
      { userId, asOf, limit: int(limit), months },
    );
  }

  /** Records a review decision; KEEP also moves the capture's review date. */
  async recordReview(review: Omit<CaptureReview, 'byName'>): Promise<void> {
    await this.graph.write(
      `MATCH (k:Capture {id: $review.captureId})
       CREATE (r:CaptureReview) SET r = $review
       CREATE (k)-[:REVIEWED]->(r)
       FOREACH (_ IN CASE WHEN $review.decision = 'KEEP' THEN [1] ELSE [] END |
         SET k.reviewDueAt = $review.nextReviewAt, k.reviewClause = 'kept on review')`,
      { review },
    );
  }

  /** A capture's reviews, newest first, with the reviewers' names. */
  async reviews(captureId: string): Promise<CaptureReview[]> {
    return this.graph.read<CaptureReview>(
      `MATCH (:Capture {id: $captureId})-[:REVIEWED]->(r:CaptureReview)
       OPTIONAL MATCH (u:User {id: r.by})
       RETURN r.id AS id, r.captureId AS captureId, r.decision AS decision, r.by AS by,
              u.displayName AS byName, r.at AS at, r.reason AS reason, r.nextReviewAt AS nextReviewAt
       ORDER BY r.at DESC`,
      { captureId },
    );
  }

  /**
   * Marks the capture as being purged, unless it is held or already purged; the same transaction
   * checks the holds, so a hold placed a moment earlier wins. Answers why not, or null.
   */
  async beginPurge(
    captureId: string,
    pending: { by: string; at: string; reason: string },
  ): Promise<string | null> {
    const rows = await this.graph.write<{ held: boolean; status: string }>(
      `MATCH (c:Case)-[:HAS_CAPTURE]->(k:Capture {id: $captureId})
       WITH c, k, ${HELD} AS held
       FOREACH (_ IN CASE WHEN NOT held AND k.status = 'CAPTURED' THEN [1] ELSE [] END |
         SET k.purgePending = $pendingJson)
       RETURN held, k.status AS status`,
      { captureId, pendingJson: JSON.stringify(pending) },
    );
    const row = rows[0];
    if (!row) throw new AppError('NOT_FOUND', `capture ${captureId} not found`);
    if (row.held) return 'it is under a legal hold';
    if (row.status !== 'CAPTURED' && row.status !== 'PURGED')
      return `it is a ${row.status.toLowerCase()} capture`;
    return null;
  }

  /** Of these hashes, those that a capture other than this one, not purged, still produced. */
  async stillProduced(captureId: string, hashes: readonly string[]): Promise<string[]> {
    const rows = await this.graph.read<{ sha256: string }>(
      `UNWIND $hashes AS sha256
       MATCH (o:Capture)-[:PRODUCED]->(:Artifact {sha256: sha256})
       WHERE o.id <> $captureId AND o.status <> 'PURGED'
       RETURN DISTINCT sha256`,
      { captureId, hashes },
    );
    return rows.map((r) => r.sha256);
  }

  /**
   * The graph side of a purge, in one transaction: posts, media and observations only this
   * capture supports go, accounts too unless a person is tied to them or another capture's posts
   * are theirs (then only what the capture read of them goes); posts and media other cases keep
   * leave this case when none of its other captures read them; and the capture is marked PURGED
   * with its custody event's number.
   */
  async purgeFacts(
    captureId: string,
    purge: { at: string; by: string; reason: string; eventSeq: number; removedHashes: readonly string[] },
  ): Promise<PurgedFacts> {
    return this.graph.writeTx(async (tx) => {
      // A capture may point at a node more than once (a post on two pages): count other captures.
      const sole = `MATCH (k:Capture {id: $captureId})-[:CAPTURED]->(n)
        WHERE NOT EXISTS { MATCH (o:Capture)-[:CAPTURED]->(n) WHERE o <> k }`;
      const soleObservation = `MATCH (k)-[:OBSERVED]->(o)
        WHERE NOT EXISTS { MATCH (other:Capture)-[:OBSERVED]->(o) WHERE other <> k }`;
      const [counted] = await tx.run<PurgedFacts>(
        `MATCH (k:Capture {id: $captureId})
         RETURN COUNT { ${sole} AND n:Post } AS posts, COUNT { ${sole} AND n:Media } AS media,
                COUNT { ${sole} AND n:Account } AS accounts,
                COUNT { ${soleObservation} } AS observations,
                COUNT { (:Change)-[:PROVEN_BY]->(k) } AS changes`,
        { captureId },
      );
      // Posts and media other cases also keep stay in the graph, but leave this case unless another
      // of its own captures read them, or read a post that replies to, reposts or quotes them.
      await tx.run(
        `MATCH (c:Case)-[:HAS_CAPTURE]->(k:Capture {id: $captureId})-[:CAPTURED]->(n)
         WHERE n:Post OR n:Media
         OPTIONAL MATCH (n)-[:REPLY_TO|REPOST_OF|QUOTES]->(t:Post)
         WITH c, k, collect(DISTINCT n) + collect(DISTINCT t) AS candidates
         UNWIND candidates AS x
         WITH DISTINCT c, k, x
         WHERE NOT EXISTS { MATCH (c)-[:HAS_CAPTURE]->(o:Capture)-[:CAPTURED]->(x) WHERE o <> k }
           AND NOT EXISTS { MATCH (c)-[:HAS_CAPTURE]->(o:Capture)-[:CAPTURED]->(:Post)-[:${POINTS_AT}]->(x)
                            WHERE o <> k }
         MATCH (c)-[member:CONTAINS]->(x)
         DELETE member`,
        { captureId },
      );
      // What only those posts pointed at goes too: their tags and links, and the posts they
      // replied to, reposted or quoted that no capture read itself (kept only as their targets).
      const [stubs] = await tx.run<{ posts: number }>(
        `${sole} AND (n:Post OR n:Media)
         OPTIONAL MATCH (n)-[:${POINTS_AT}]->(x)
         WITH collect(DISTINCT n) AS gone, collect(DISTINCT x) AS touched
         WITH gone, [x IN touched WHERE NOT x IN gone] AS touched
         FOREACH (n IN gone | DETACH DELETE n)
         WITH touched UNWIND touched AS x
         WITH x WHERE NOT EXISTS { (x)<-[:${POINTS_AT}]-() } AND NOT EXISTS { (:Capture)-[:CAPTURED]->(x) }
         WITH x, x:Post AS post DETACH DELETE x
         RETURN sum(CASE WHEN post THEN 1 ELSE 0 END) AS posts`,
        { captureId },
      );
      await tx.run(
        `${sole} AND n:Account
         WITH n, EXISTS { (:Person)-[:USES]->(n) } OR EXISTS { (n)-[:POSTED]->(:Post) } AS kept
         FOREACH (_ IN CASE WHEN kept THEN [1] ELSE [] END |
           REMOVE n.displayName, n.bio, n.avatarUrl, n.detailsJson, n.createdAt)
         FOREACH (_ IN CASE WHEN kept THEN [] ELSE [1] END | DETACH DELETE n)`,
        { captureId },
      );
      // A change this capture proved (an edit, a deletion) has lost its proof, and what only it
      // observed goes with it.
      await tx.run(
        `MATCH (k:Capture {id: $captureId})
         OPTIONAL MATCH (ch:Change)-[:PROVEN_BY]->(k)
         WITH k, collect(DISTINCT ch) AS changes FOREACH (ch IN changes | DETACH DELETE ch)
         WITH k ${soleObservation} WITH DISTINCT o DETACH DELETE o`,
        { captureId },
      );
      await tx.run(
        `MATCH (k:Capture {id: $captureId})
         OPTIONAL MATCH (k)-[seen:CAPTURED|OBSERVED]->(n)
         SET n.sourceSha256s = CASE WHEN n.sourceSha256s IS NULL THEN null
           ELSE [s IN n.sourceSha256s WHERE NOT s IN $purge.removedHashes] END
         DELETE seen`,
        { captureId, purge },
      );
      await tx.run(
        `MATCH (k:Capture {id: $captureId})
         OPTIONAL MATCH (k)-[:PRODUCED]->(a:Artifact) WHERE a.sha256 IN $purge.removedHashes
         SET a.purgedAt = $purge.at
         WITH DISTINCT k
         SET k.status = 'PURGED', k.purgedAt = $purge.at, k.purgedBy = $purge.by,
             k.purgeReason = $purge.reason, k.purgeEventSeq = $purge.eventSeq
         REMOVE k.purgePending`,
        { captureId, purge },
      );
      const facts = counted ?? { posts: 0, accounts: 0, media: 0, observations: 0, changes: 0 };
      return { ...facts, posts: facts.posts + (stubs?.posts ?? 0) };
    });
  }
}
