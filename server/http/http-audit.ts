/**
 * Audit events for the HTTP routes outside GraphQL (evidence downloads, packet verification), so
 * every release or check of evidence is on the same trail as the API's reads and mutations.
 */
import crypto from 'node:crypto';
import type { Request } from 'express';
import type { AuditRecord } from '../../graph/repositories/audit.repository.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { SessionUser } from '../auth/session-user.js';

export type RouteAuditEvent = Pick<
  AuditRecord,
  'action' | 'outcome' | 'caseId' | 'subjectType' | 'subjectId'
> & {
  readonly detail?: string | null;
};

/** Writes one event for the request before its answer leaves. */
export function auditRoute(
  trail: AuditTrail,
  req: Request,
  user: SessionUser | null,
  event: RouteAuditEvent,
): Promise<void> {
  return trail.recordNow([
    {
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      actorId: user?.id ?? null,
      ...event,
      detail: event.detail ?? null,
      ip: req.ip ?? null,
      userAgent: req.get('user-agent')?.slice(0, 300) ?? null,
    },
  ]);
}
