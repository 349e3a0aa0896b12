/**
 * Covert-method authorizations and the audit trail of their workflow. A status change happens
 * only from the expected status, in the same transaction as its AuditEvent.
 */
import { int, type GraphClient, type Tx } from '../graph-client.js';
import { REACHES_CASE } from './case-access.repository.js';

/** SUPERSEDED: a later approval of the same case, platform, method, persona and reach replaced it. */
export type AuthorizationStatus = 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'REVOKED' | 'SUPERSEDED';

export type AuthorizationRecord = {
  readonly id: string;
  readonly caseId: string;
  readonly platform: string;
  readonly method: string;
  readonly personaHandle: string;
  readonly justification: string;
  readonly requesterId: string;
  readonly requestedAt: string;
  readonly status: AuthorizationStatus;
  readonly approvedBy: string | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
  readonly writtenPermissionReference: string | null;
  readonly legalReviewReference: string | null;
  readonly expiresAt: string | null;
  readonly revokedBy: string | null;
  readonly revokedAt: string | null;
  /** The approval that replaced this one, and when. */
  readonly supersededBy?: string | null;
  readonly supersededAt?: string | null;
  /** The one bulk reach it grants (scope FOLLOWERS, TAG or SEARCH of one target); null for none. */
  readonly bulkScope?: string | null;
  readonly bulkTargetKind?: string | null;
  readonly bulkTargetValue?: string | null;
  /** Read, never stored: the requester's sign-in name, and the number of the case. */
  readonly requesterName?: string | null;
  readonly caseNumber?: string | null;
};

/** A decision someone else made on a user's request, for the requester's notifications. */
export type AuthorizationNotice = {
  readonly id: string;
  readonly at: string;
  readonly action: string;
  readonly authorizationId: string;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly platform: string;
  readonly method: string;
  readonly personaHandle: string;
  readonly status: string;
  readonly actorName: string | null;
  readonly decisionNote: string | null;
  readonly legalReviewReference: string | null;
  readonly expiresAt: string | null;
};

/** A user's standing on a case: assigned to it, or reaching it (assigned or overseeing its unit). */
export type UserOnCase = { role: string; assigned: boolean; reaches: boolean };

/** One audited act on an authorization, accepted or refused. */
export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actorId: string;
  readonly action: string;
  readonly outcome: 'DONE' | 'REFUSED';
  readonly caseId: string;
  readonly subjectId: string;
  readonly detail: string;
}

/**
 * The stored authorization, with the requester's sign-in name read from their user node. The
 * requester gets a name of its own: queries bind `u` to the asking or approving user, and a `u`
 * here would then only match when that user is the requester.
 */
const FIELDS = `a {.*, requesterName: COLLECT { MATCH (requester:User {id: a.requesterId}) RETURN requester.username }[0],
     caseNumber: COLLECT { MATCH (covered:Case {id: a.caseId}) RETURN covered.number }[0]} AS a`;

const AUDIT = `CREATE (e:AuditEvent {id: $audit.id, at: $audit.at, actorId: $audit.actorId, action: $audit.action,
   outcome: $audit.outcome, caseId: $audit.caseId, subjectType: 'Authorization', subjectId: $audit.subjectId,
   detail: $audit.detail})
 WITH e OPTIONAL MATCH (a:Authorization {id: $audit.subjectId})
 FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (e)-[:ABOUT]->(a))`;

export class AuthorizationRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Creates a requested authorization and its audit event. */
  async create(record: AuthorizationRecord, audit: AuditEntry): Promise<void> {
    await this.graph.writeTx(async (tx) => {
      await tx.run(
        `CREATE (a:Authorization) SET a = $record
         WITH a OPTIONAL MATCH (c:Case {id: $record.caseId})
         FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (c)-[:HAS_AUTHORIZATION]->(a))`,
        { record },
      );
      await tx.run(AUDIT, { audit });
    });
  }

  /**
   * Applies `changes` only while the status is one of `from`; returns the updated record, or
   * null when it was not in such a status (the audit event is then not written).
   */
  async transition(
    id: string,
    from: readonly AuthorizationStatus[],
    changes: Partial<AuthorizationRecord>,
    audit: AuditEntry,
  ): Promise<AuthorizationRecord | null> {
    return this.graph.writeTx(async (tx) => {
      const rows = await tx.run<{ a: AuthorizationRecord }>(
        `MATCH (a:Authorization {id: $id}) WHERE a.status IN $from SET a += $changes RETURN ${FIELDS}`,
        { id, from, changes },
      );
      if (rows.length === 0) return null;
      await tx.run(AUDIT, { audit });
      return rows[0]!.a;
    });
  }

  /**
   * Approves a requested authorization and, in the same transaction, supersedes every other
   * approved one naming the same case, platform, method, persona and bulk reach, each with its own
   * audit event; null when it was no longer requested (nothing is written then).
   */
  async approveSuperseding(
    id: string,
    changes: Partial<AuthorizationRecord>,
    audit: AuditEntry,
    supersedeAudit: (replacedId: string) => AuditEntry,
  ): Promise<{ approved: AuthorizationRecord; superseded: string[] } | null> {
    return this.graph.writeTx(async (tx) => {
      const rows = await tx.run<{ a: AuthorizationRecord }>(
        `MATCH (a:Authorization {id: $id}) WHERE a.status = 'REQUESTED' SET a += $changes RETURN ${FIELDS}`,
        { id, changes },
      );
      if (rows.length === 0) return null;
      await tx.run(AUDIT, { audit });
      const replaced = await tx.run<{ id: string }>(
        `MATCH (n:Authorization {id: $id})
         MATCH (o:Authorization {caseId: n.caseId, platform: n.platform, method: n.method, status: 'APPROVED'})
         WHERE o.id <> n.id AND toLower(o.personaHandle) = toLower(n.personaHandle)
           AND coalesce(o.bulkScope, '') = coalesce(n.bulkScope, '')
           AND coalesce(o.bulkTargetValue, '') = coalesce(n.bulkTargetValue, '')
         SET o.status = 'SUPERSEDED', o.supersededBy = n.id, o.supersededAt = $at
         MERGE (n)-[:SUPERSEDES]->(o)
         RETURN o.id AS id ORDER BY o.id`,
        { id, at: changes.decidedAt },
      );
      for (const r of replaced) await tx.run(AUDIT, { audit: supersedeAudit(r.id) });
      return { approved: rows[0]!.a, superseded: replaced.map((r) => r.id) };
    });
  }

  /** Records a refused act (self-approval, wrong role, wrong status). */
  async recordRefusal(audit: AuditEntry): Promise<void> {
    await this.graph.writeTx((tx: Tx) => tx.run(AUDIT, { audit }));
  }

  async find(id: string): Promise<AuthorizationRecord | null> {
    const rows = await this.graph.read<{ a: AuthorizationRecord }>(
      `MATCH (a:Authorization {id: $id}) RETURN ${FIELDS}`,
      { id },
    );
    return rows[0]?.a ?? null;
  }

  /** Every authorization of a case, for the gate's facts. */
  async forCase(
    caseId: string,
  ): Promise<(AuthorizationRecord & { approverOversees: boolean; approverName: string | null })[]> {
    const rows = await this.graph.read<{
      a: AuthorizationRecord;
      approverOversees: boolean;
      approverName: string | null;
    }>(
      `MATCH (a:Authorization {caseId: $caseId})
       OPTIONAL MATCH (c:Case {id: $caseId})
       OPTIONAL MATCH (u:User {id: a.approvedBy})
       RETURN ${FIELDS}, (c IS NOT NULL AND u IS NOT NULL AND ${REACHES_CASE}) AS approverOversees,
              u.displayName AS approverName
       ORDER BY a.requestedAt`,
      { caseId },
    );
    return rows.map((r) => ({ ...r.a, approverOversees: r.approverOversees, approverName: r.approverName }));
  }

  /** Authorizations by status, optionally only those expiring before an instant (ISO-8601). */
  async list(filter: {
    status?: AuthorizationStatus;
    caseId?: string;
    expiringBefore?: string;
    /** Only authorizations of cases this user reaches. */
    reachableBy: string;
    limit: number;
  }): Promise<AuthorizationRecord[]> {
    const rows = await this.graph.read<{ a: AuthorizationRecord }>(
      `MATCH (u:User {id: $userId})
       MATCH (a:Authorization)
       WHERE ($status IS NULL OR a.status = $status) AND ($caseId IS NULL OR a.caseId = $caseId)
         AND ($before IS NULL OR (a.expiresAt IS NOT NULL AND a.expiresAt < $before))
         AND EXISTS { MATCH (c:Case {id: a.caseId}) WHERE ${REACHES_CASE} }
       RETURN ${FIELDS} ORDER BY coalesce(a.expiresAt, a.requestedAt), a.id LIMIT $limit`,
      {
        status: filter.status ?? null,
        caseId: filter.caseId ?? null,
        before: filter.expiringBefore ?? null,
        userId: filter.reachableBy,
        limit: int(filter.limit),
      },
    );
    return rows.map((r) => r.a);
  }

  /**
   * Decisions others made on the user's own requests (approved, rejected, revoked, superseded),
   * newest first, for cases the user still reaches.
   */
  async noticesFor(userId: string, limit: number): Promise<AuthorizationNotice[]> {
    return this.graph.read<AuthorizationNotice>(
      `MATCH (u:User {id: $userId})
       MATCH (e:AuditEvent {subjectType: 'Authorization', outcome: 'DONE'})-[:ABOUT]->(a:Authorization {requesterId: $userId})
       WHERE e.action IN ['AUTHORIZATION_APPROVED', 'AUTHORIZATION_REJECTED', 'AUTHORIZATION_REVOKED', 'AUTHORIZATION_SUPERSEDED']
         AND e.actorId <> $userId
       MATCH (c:Case {id: a.caseId}) WHERE ${REACHES_CASE}
       OPTIONAL MATCH (actor:User {id: e.actorId})
       RETURN e.id AS id, e.at AS at, e.action AS action, a.id AS authorizationId, c.id AS caseId,
              c.number AS caseNumber, a.platform AS platform, a.method AS method, a.personaHandle AS personaHandle,
              a.status AS status, coalesce(actor.displayName, actor.username) AS actorName,
              a.decisionNote AS decisionNote, a.legalReviewReference AS legalReviewReference, a.expiresAt AS expiresAt
       // A supersession shares its approval's instant and reads after it.
       ORDER BY e.at DESC, CASE e.action WHEN 'AUTHORIZATION_SUPERSEDED' THEN 1 ELSE 0 END, e.id LIMIT $limit`,
      { userId, limit: int(limit) },
    );
  }

  /** The audit trail of one authorization, oldest first. */
  async auditTrail(id: string): Promise<AuditEntry[]> {
    return this.graph.read<AuditEntry & Record<string, unknown>>(
      `MATCH (e:AuditEvent {subjectType: 'Authorization', subjectId: $id})
       RETURN e.id AS id, e.at AS at, e.actorId AS actorId, e.action AS action, e.outcome AS outcome,
              e.caseId AS caseId, e.subjectId AS subjectId, e.detail AS detail
       ORDER BY e.at, e.id`,
      { id },
    );
  }

  /** A user's role and whether they are assigned to the case. */
  /** The user's role, and whether they reach the case (assigned, or overseeing its unit). */
  async userOnCase(userId: string, caseId: string): Promise<UserOnCase | null> {
    const rows = await this.graph.read<UserOnCase>(
      `MATCH (u:User {id: $userId})
       OPTIONAL MATCH (c:Case {id: $caseId})
       RETURN coalesce(u.role, '') AS role, c IS NOT NULL AND EXISTS { (u)-[:ASSIGNED_TO]->(c) } AS assigned,
              c IS NOT NULL AND ${REACHES_CASE} AS reaches`,
      { userId, caseId },
    );
    return rows[0] ?? null;
  }
}
