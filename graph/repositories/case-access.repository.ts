/**
 * Who reaches which case: by assignment ((:User)-[:ASSIGNED_TO]->(:Case)), or as a supervisor of
 * the case's unit. The per-case guard in server/auth/ asks this, through its short-lived cache.
 */
import type { GraphClient } from '../graph-client.js';

/**
 * The reach rule as a Cypher predicate over a bound user `u` and case `c`, for queries that list
 * across cases (decisions, authorizations) and must show only the cases the asker reaches.
 */
export const REACHES_CASE = `(EXISTS { (u)-[:ASSIGNED_TO]->(c) }
  OR (u.role = 'SUPERVISOR' AND c.unit IS NOT NULL AND c.unit = u.unit))`;

export class CaseAccessRepository {
  constructor(private readonly graph: GraphClient) {}

  /** True when the user reaches the case; false for a case that does not exist. */
  async reaches(userId: string, role: string, caseId: string): Promise<boolean> {
    const rows = await this.graph.read<{ reaches: boolean }>(
      `MATCH (c:Case {id: $caseId})
       OPTIONAL MATCH (u:User {id: $userId})
       RETURN u IS NOT NULL AND u.role = $role AND ${REACHES_CASE} AS reaches`,
      { caseId, userId, role },
    );
    return rows[0]?.reaches ?? false;
  }
}
