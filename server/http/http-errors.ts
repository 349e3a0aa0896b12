import type { Request, Response } from 'express';
import { isAppError } from '../../common/errors.js';
import type { CaseAccessRepository } from '../../graph/repositories/case-access.repository.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { SessionUser } from '../auth/session-user.js';

/** What every evidence route needs: who is asking, and which cases they reach. */
export interface EvidenceRouteDeps {
  /** Resolves the request's session cookie. */
  readonly userOf: (req: Request) => Promise<SessionUser | null>;
  readonly caseAccess: CaseAccessRepository;
  /** Every download is an audit event, like the API's reads. */
  readonly audit: AuditTrail;
}

/**
 * Answers a failed evidence request: anything the user may not reach is a plain 404, so neither a
 * case nor a file leaks its existence; only a missing sign-in says so.
 */
export function sendEvidenceError(res: Response, error: unknown): void {
  const code = isAppError(error) ? error.code : 'INTERNAL';
  const status = code === 'UNAUTHENTICATED' ? 401 : code === 'NOT_FOUND' || code === 'FORBIDDEN' ? 404 : 500;
  res
    .status(status)
    .json({ error: status === 500 ? 'internal error' : status === 401 ? 'sign in first' : 'not found' });
}
