/**
 * Per-case authorization: who may do what on which case. A user reaches a case by assignment
 * ((:User)-[:ASSIGNED_TO]->(:Case)); a supervisor also reaches every case of their unit.
 */
import { AppError } from '../../common/errors.js';
import type { CaseAccessRepository } from '../../graph/repositories/case-access.repository.js';
import type { AccessCache } from './access-cache.js';
import { roleMay, type CaseAction } from './roles.js';
import type { SessionUser } from './session-user.js';

/** The part of a request context the guards read. */
export interface AccessContext {
  readonly user: SessionUser | null;
  readonly caseAccess: CaseAccessRepository;
  /** Remembers recent answers across requests; without it every check asks Neo4j. */
  readonly access?: AccessCache;
}

/** The signed-in user, or UNAUTHENTICATED. */
export function requireUser(ctx: { readonly user: SessionUser | null }): SessionUser {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'sign in first');
  return ctx.user;
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
  const load = () => ctx.caseAccess.reaches(user.id, user.role, caseId);
  const reaches = ctx.access ? await ctx.access.reaches(user.id, caseId, load) : await load();
  if (!reaches) {
    throw new AppError('NOT_FOUND', `case ${caseId} not found`);
  }
  if (!roleMay(user.role, action)) {
    throw new AppError('FORBIDDEN', `a ${user.role.toLowerCase()} may not ${action} on a case`);
  }
  return user;
}
