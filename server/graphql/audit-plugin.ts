/**
 * Audits the API: one event per casework root field that ran (every mutation, every read of case
 * content), however the document reached it, with who asked, when, which case, from where and how
 * it ended. An operation refused before any field ran leaves one event saying so. Events hold the
 * operation and field names, the case and an error code: never an argument value, so neither a
 * password nor a justification, reason or note reaches the trail.
 */
import crypto from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { AuditRecord } from '../../graph/repositories/audit.repository.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { SessionUser } from '../auth/session-user.js';
import { RootCallLog, type RootCall } from './audited-root-fields.js';

/** Where a request came from, as the HTTP layer saw it. */
export interface RequestOrigin {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export interface AuditedContext {
  readonly user: SessionUser | null;
  readonly origin: RequestOrigin;
}

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

function outcomeOf(errors: readonly GraphQLFormattedError[]): { outcome: string; detail: string | null } {
  if (errors.length === 0) return { outcome: 'DONE', detail: null };
  const code = String(errors[0]!.extensions?.code ?? 'INTERNAL');
  return { outcome: REFUSALS.has(code) ? 'REFUSED' : 'FAILED', detail: code };
}

function eventOf(
  context: AuditedContext,
  at: Date,
  what: Pick<AuditRecord, 'action' | 'caseId' | 'subjectType' | 'subjectId'>,
  errors: readonly GraphQLFormattedError[],
): AuditRecord {
  return {
    id: crypto.randomUUID(),
    at: at.toISOString(),
    actorId: context.user?.id ?? null,
    ...what,
    ...outcomeOf(errors),
    ip: context.origin.ip,
    userAgent: context.origin.userAgent,
  };
}

/** The audit events of one finished request, from the root fields that ran in it. */
export function auditEventsOf(
  calls: readonly RootCall[],
  operation: string,
  errors: readonly GraphQLFormattedError[],
  ran: boolean,
  context: AuditedContext,
  at = new Date(),
): AuditRecord[] {
  if (!ran) {
    // Refused before execution (input too long, too costly, variables of the wrong type).
    const what = { action: `${operation} (not run)`, caseId: null, subjectType: 'API', subjectId: null };
    return errors.length > 0 ? [eventOf(context, at, what, errors)] : [];
  }
  return calls.map((call) => {
    const subject = call.username
      ? { subjectType: 'User', subjectId: call.username }
      : { subjectType: call.caseId ? 'Case' : 'API', subjectId: call.caseId };
    const own = errors.filter((e) => e.path?.[0] === call.key || !e.path);
    return eventOf(
      context,
      at,
      { action: `${call.operation} ${call.field}`, caseId: call.caseId, ...subject },
      own,
    );
  });
}

/** The Apollo plugin: mutations are audited before their response leaves, reads within moments. */
export function auditPlugin<C extends AuditedContext>(trail: AuditTrail): ApolloServerPlugin<C> {
  const log = new RootCallLog();
  return {
    async serverWillStart({ schema }) {
      log.instrument(schema);
      return {
        async serverWillStop() {
          await trail.flush();
        },
      };
    },
    async requestDidStart({ contextValue }) {
      const calls = log.open(contextValue);
      return {
        async willSendResponse(rc: GraphQLRequestContextWillSendResponse<C>) {
          if (!rc.operation) return;
          const body = rc.response.body;
          const single = body.kind === 'single' ? body.singleResult : body.initialResult;
          const ran = single.data !== undefined || calls.length > 0;
          const events = auditEventsOf(
            calls,
            rc.operation.operation,
            single.errors ?? [],
            ran,
            rc.contextValue,
          );
          if (rc.operation.operation === 'mutation') await trail.recordNow(events);
          else trail.record(events);
        },
      };
    },
  };
}
