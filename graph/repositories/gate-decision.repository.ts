/**
 * Collection requests and gate decisions. Decisions are only ever created: this repository has
 * no update or delete, and the unique id makes a second write of the same decision fail.
 */
import type { Decision } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import { int, type GraphClient } from '../graph-client.js';
import { REACHES_CASE } from './case-access.repository.js';

/** One stored decision, as the audit views read it back. */
export type StoredDecision = {
  readonly id: string;
  readonly requestId: string;
  readonly caseId: string;
  readonly requesterId: string;
  readonly stage: string;
  readonly decision: Decision;
  readonly reasonsJson: string;
  readonly clauses: readonly string[];
  readonly ruleIds: readonly string[];
  readonly inputsJson: string;
  readonly factsJson: string;
  readonly policyVersion: string;
  readonly decidedAt: string;
  readonly expiresAt: string;
  readonly authorizationId: string | null;
  readonly tokenIssued: boolean;
};

export interface RequestRecord {
  readonly id: string;
  readonly caseId: string;
  readonly requesterId: string;
  readonly platform: string;
  readonly targetKind: string;
  readonly targetValue: string;
  readonly scope: string;
  readonly method: string;
  readonly purpose: string;
  readonly inputsJson: string;
  readonly createdAt: string;
}

/** What the gate needs to know about a case and a user, read in one go. */
export type CaseFactsRow = {
  readonly case: { id: string; number: string | null; purpose: string; status: string } | null;
  readonly user: { id: string; name: string | null; role: string; assignedToCase: boolean } | null;
  readonly rosterNames: string[];
  readonly rosterAvatars: string[];
};

export interface DecisionFilter {
  readonly caseId?: string;
  readonly requesterId?: string;
  readonly decision?: string;
  /** Only decisions on cases this user reaches (a supervisor's review lists). */
  readonly reachableBy?: string;
  readonly limit: number;
}

const DECISION_FIELDS = `d.id AS id, d.requestId AS requestId, d.caseId AS caseId, d.requesterId AS requesterId,
  d.stage AS stage, d.decision AS decision, d.reasonsJson AS reasonsJson, d.clauses AS clauses,
  d.ruleIds AS ruleIds, d.inputsJson AS inputsJson, d.factsJson AS factsJson,
  d.policyVersion AS policyVersion, d.decidedAt AS decidedAt, d.expiresAt AS expiresAt,
  d.authorizationId AS authorizationId, d.tokenIssued AS tokenIssued`;

export class GateDecisionRepository {
  constructor(private readonly graph: GraphClient) {}

  /** The case, the user's role and assignment on it, and the names and pictures of all users. */
  async caseFacts(caseId: string, userId: string): Promise<CaseFactsRow> {
    const rows = await this.graph.read<CaseFactsRow>(
      `OPTIONAL MATCH (c:Case {id: $caseId})
       OPTIONAL MATCH (u:User {id: $userId})
       WITH c, u
       CALL () { MATCH (o:User) RETURN collect(o.displayName) AS names, collect(o.avatarSha256) AS avatars }
       RETURN CASE WHEN c IS NULL THEN null
                   ELSE {id: c.id, number: c.number, purpose: c.purpose, status: c.status} END AS case,
              CASE WHEN u IS NULL THEN null
                   ELSE {id: u.id, name: u.displayName, role: coalesce(u.role, ''),
                         assignedToCase: c IS NOT NULL AND EXISTS { (u)-[:ASSIGNED_TO]->(c) }} END AS user,
              names AS rosterNames, avatars AS rosterAvatars`,
      { caseId, userId },
    );
    return rows[0]!;
  }

  /** Stores a new request; a second request with the same id is a conflict. */
  async createRequest(record: RequestRecord): Promise<void> {
    await this.createOnce('collection request', record.id, () =>
      this.graph.write(
        `CREATE (r:CollectionRequest) SET r = $record
         WITH r OPTIONAL MATCH (c:Case {id: $record.caseId})
         FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (c)-[:HAS_REQUEST]->(r))`,
        { record },
        { cases: [record.caseId] },
      ),
    );
  }

  /** Stores a decision linked to its request, case and authorization (when they exist). */
  async createDecision(decision: StoredDecision): Promise<void> {
    await this.createOnce('gate decision', decision.id, () =>
      this.graph.write(
        `CREATE (d:GateDecision) SET d = $decision
         WITH d
         OPTIONAL MATCH (r:CollectionRequest {id: $decision.requestId})
         OPTIONAL MATCH (c:Case {id: $decision.caseId})
         OPTIONAL MATCH (a:Authorization {id: $decision.authorizationId})
         FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (r)-[:DECIDED]->(d))
         FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (c)-[:HAS_DECISION]->(d))
         FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (d)-[:RELIED_ON]->(a))`,
        { decision },
        { cases: [decision.caseId] },
      ),
    );
  }

  async findRequest(requestId: string): Promise<RequestRecord | null> {
    const rows = await this.graph.read<{ r: RequestRecord }>(
      'MATCH (r:CollectionRequest {id: $requestId}) RETURN r {.*} AS r',
      { requestId },
    );
    return rows[0]?.r ?? null;
  }

  async findDecision(id: string): Promise<StoredDecision | null> {
    const rows = await this.graph.read<StoredDecision>(
      `MATCH (d:GateDecision {id: $id}) RETURN ${DECISION_FIELDS}`,
      { id },
    );
    return rows[0] ?? null;
  }

  /** Newest first, filtered by case, requester and outcome. */
  async listDecisions(filter: DecisionFilter): Promise<StoredDecision[]> {
    return this.graph.read<StoredDecision>(
      `MATCH (d:GateDecision)
       WHERE ($caseId IS NULL OR d.caseId = $caseId)
         AND ($requesterId IS NULL OR d.requesterId = $requesterId)
         AND ($decision IS NULL OR d.decision = $decision)
         AND ($userId IS NULL OR EXISTS {
               MATCH (u:User {id: $userId}), (c:Case {id: d.caseId}) WHERE ${REACHES_CASE} })
       RETURN ${DECISION_FIELDS}
       ORDER BY d.decidedAt DESC, d.id LIMIT $limit`,
      {
        caseId: filter.caseId ?? null,
        requesterId: filter.requesterId ?? null,
        decision: filter.decision ?? null,
        userId: filter.reachableBy ?? null,
        limit: int(filter.limit),
      },
    );
  }

  private async createOnce(what: string, id: string, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (/already exists/i.test((error as Error).message)) {
        throw new AppError('CONFLICT', `${what} ${id} already exists and cannot be changed`);
      }
      throw error;
    }
  }
}
