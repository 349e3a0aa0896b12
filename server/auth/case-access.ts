/**
 * Per-case authorization: who may do what on which case. A user reaches a case by assignment
 * ((:User)-[:ASSIGNED_TO]->(:Case)); a supervisor also reaches every case of their unit.
 */
import { AppError } from '../../common/errors.js';
import type { GraphClient } from '../../graph/graph-client.js';
import type { AccessCache } from './access-cache.js';
import { roleMay, type CaseAction } from './roles.js';
import type { SessionUser } from './session-user.js';

/** The part of a request context the guards read. */
export interface AccessContext {
  readonly user: SessionUser | null;
  readonly graph: GraphClient;
  /** Remembers recent answers across requests; without it every check asks Neo4j. */
  readonly access?: AccessCache;
}

/** The signed-in user, or UNAUTHENTICATED. */
export function requireUser(ctx: AccessContext): SessionUser {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'sign in first');
  return ctx.user;
}

/** True when the user reaches the case (assigned, or a supervisor of its unit). */
export async function reachesCase(graph: GraphClient, user: SessionUser, caseId: string): Promise<boolean> {
  const rows = await graph.read<{ reaches: boolean }>(
    `MATCH (c:Case {id: $caseId})
     OPTIONAL MATCH (u:User {id: $userId})
     RETURN u IS NOT NULL AND (EXISTS { (u)-[:ASSIGNED_TO]->(c) }
            OR ($role = 'SUPERVISOR' AND c.unit IS NOT NULL AND c.unit = u.unit)) AS reaches`,
    { caseId, userId: user.id, role: user.role },
  );
  return rows[0]?.reaches ?? false;
}

/**
 * The signed-in user when they may do `action` on the case. A case the user does not reach is
 * reported as NOT_FOUND, so its existence does not leak; a reachable case with a role that may not
 * do the action is FORBIDDEN.
 */
export async function requireCaseAccess(
  ctx: AccessContext,
  caseId: string,
  action: CaseAction,
): Promise<SessionUser> {
  const user = requireUser(ctx);
  const reaches = ctx.access
    ? await ctx.access.reaches(user.id, caseId, () => reachesCase(ctx.graph, user, caseId))
    : await reachesCase(ctx.graph, user, caseId);
  if (!reaches) {
    throw new AppError('NOT_FOUND', `case ${caseId} not found`);
  }
  if (!roleMay(user.role, action)) {
    throw new AppError('FORBIDDEN', `a ${user.role.toLowerCase()} may not ${action} on a case`);
  }
  return user;
}
