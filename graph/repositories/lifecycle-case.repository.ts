/**
 * A case's status over its life, in the case graph: closing and reopening (each with who, when
 * and why, kept as history on the case), a recorded charge, and taking a person off a case.
 */
import { AppError } from '../../common/errors.js';
import type { GraphClient } from '../graph-client.js';

export type StatusChange = { status: 'OPEN' | 'CLOSED'; by: string; at: string; reason: string };

export class LifecycleCaseRepository {
  constructor(private readonly graph: GraphClient) {}

  /**
   * Moves the case to `status` from the other one; CONFLICT when it already is there. Each change
   * is appended to the case's statusHistory (JSON lines), never overwritten.
   */
  async changeStatus(caseId: string, change: StatusChange): Promise<void> {
    const closing = change.status === 'CLOSED';
    const rows = await this.graph.write<{ was: string }>(
      `MATCH (c:Case {id: $caseId})
       WITH c, c.status AS was
       FOREACH (_ IN CASE WHEN was <> $change.status THEN [1] ELSE [] END |
         SET c.status = $change.status,
             c.closedAt = CASE WHEN $closing THEN $change.at ELSE null END,
             c.closedReason = CASE WHEN $closing THEN $change.reason ELSE null END,
             c.statusHistory = coalesce(c.statusHistory, []) + $entry)
       RETURN was`,
      { caseId, change, closing, entry: JSON.stringify(change) },
    );
    if (!rows[0]) throw new AppError('NOT_FOUND', `case ${caseId} not found`);
    if (rows[0].was === change.status) {
      throw new AppError('CONFLICT', `the case is already ${change.status.toLowerCase()}`);
    }
  }

  /** Records that charges were filed; the first charge fixes chargedAt. */
  async recordCharge(caseId: string, charge: { reference: string; by: string; at: string }): Promise<void> {
    await this.graph.write(
      `MATCH (c:Case {id: $caseId})
       SET c.chargedAt = coalesce(c.chargedAt, $charge.at),
           c.chargeReferences = coalesce(c.chargeReferences, []) + $charge.reference,
           c.chargeHistory = coalesce(c.chargeHistory, []) + $entry`,
      { caseId, charge, entry: JSON.stringify(charge) },
    );
  }

  /** The case's captures with when they entered, for moving their review dates. */
  async capturesOf(caseId: string): Promise<{ id: string; enteredAt: string }[]> {
    return this.graph.read(
      `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture) WHERE k.status = 'CAPTURED'
       RETURN k.id AS id, coalesce(k.startedAt, k.receivedAt) AS enteredAt`,
      { caseId },
    );
  }

  /**
   * Takes a user off the case; NOT_FOUND when they are not assigned. Refused when they are the
   * last one assigned, since nobody would then reach the case but its unit's supervisors.
   */
  async unassign(caseId: string, userId: string, by: string, at: string, reason: string): Promise<void> {
    const rows = await this.graph.write<{ removed: boolean; others: number }>(
      `MATCH (c:Case {id: $caseId})
       OPTIONAL MATCH (u:User {id: $userId})-[a:ASSIGNED_TO]->(c)
       WITH c, u, a, COUNT { (:User)-[:ASSIGNED_TO]->(c) } - 1 AS others
       FOREACH (_ IN CASE WHEN a IS NOT NULL AND others > 0 THEN [1] ELSE [] END |
         CREATE (u)-[:WAS_ASSIGNED_TO {from: a.at, assignedBy: a.by, until: $at, by: $by, reason: $reason}]->(c)
         DELETE a)
       RETURN a IS NOT NULL AS removed, others`,
      { caseId, userId, by, at, reason },
    );
    const row = rows[0];
    if (!row?.removed)
      throw new AppError('NOT_FOUND', 'that user is not assigned to this case', { field: 'userId' });
    if (row.others < 1)
      throw new AppError('CONFLICT', 'the last person assigned cannot be taken off the case');
  }
}
