/**
 * Audits the API: one event per root field of every operation that touches casework (every
 * mutation, every read of case content), with who asked, when, which case, from where and how it
 * ended. Argument values are not kept (a password is an argument); only the case they name.
 */
import crypto from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import {
  getArgumentValues,
  Kind,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { AuditRecord } from '../../graph/repositories/audit.repository.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { SessionUser } from '../auth/session-user.js';

/** Where a request came from, as the HTTP layer saw it. */
export interface RequestOrigin {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export interface AuditedContext {
  readonly user: SessionUser | null;
  readonly origin: RequestOrigin;
}

/** Root fields that read nothing of a case. */
const NOT_CASEWORK = new Set(['__typename', '__schema', '__type', 'me', 'version', 'gatePolicy']);
/** Root fields whose `id` argument is a case id. */
const CASE_BY_ID = new Set(['case', 'updateCase', 'closeCase']);
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

function caseIdOf(field: string, args: Record<string, unknown>): string | null {
  const input = args.input as { caseId?: unknown } | undefined;
  const id = args.caseId ?? input?.caseId ?? (CASE_BY_ID.has(field) ? args.id : undefined);
  return typeof id === 'string' ? id : null;
}

function outcomeOf(errors: readonly GraphQLFormattedError[]): { outcome: string; detail: string | null } {
  if (errors.length === 0) return { outcome: 'DONE', detail: null };
  const code = String(errors[0]!.extensions?.code ?? 'INTERNAL');
  return { outcome: REFUSALS.has(code) ? 'REFUSED' : 'FAILED', detail: code };
}

/** The audit events of one finished operation. */
export function auditEventsOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  errors: readonly GraphQLFormattedError[],
  data: Record<string, unknown> | null | undefined,
  context: AuditedContext,
  at = new Date(),
): AuditRecord[] {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  const events: AuditRecord[] = [];
  for (const node of fields) {
    const name = node.name.value;
    const definition = root?.getFields()[name];
    if (NOT_CASEWORK.has(name) || !definition) continue;
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(definition, node, variables);
    } catch {
      // Arguments that do not validate never reached a resolver; the event still says who tried.
    }
    const key = node.alias?.value ?? name;
    // A field that returns a case (createCase) names it in its result when it has no case argument.
    const returned = definition.type.toString() === 'Case!' ? (data?.[key] as { id?: unknown } | null) : null;
    const caseId = caseIdOf(name, args) ?? (typeof returned?.id === 'string' ? returned.id : null);
    const login = name === 'login' && typeof args.username === 'string';
    events.push({
      id: crypto.randomUUID(),
      at: at.toISOString(),
      actorId: context.user?.id ?? null,
      action: `${operation.operation} ${name}`,
      ...outcomeOf(errors.filter((e) => e.path?.[0] === key || !e.path)),
      caseId,
      subjectType: login ? 'User' : caseId ? 'Case' : 'API',
      subjectId: login ? String(args.username) : caseId,
      ip: context.origin.ip,
      userAgent: context.origin.userAgent,
    });
  }
  return events;
}

/** The Apollo plugin: mutations are audited before their response leaves, reads within moments. */
export function auditPlugin<C extends AuditedContext>(trail: AuditTrail): ApolloServerPlugin<C> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await trail.flush();
        },
      };
    },
    async requestDidStart() {
      return {
        async willSendResponse(rc: GraphQLRequestContextWillSendResponse<C>) {
          if (!rc.operation) return;
          const body = rc.response.body;
          const single = body.kind === 'single' ? body.singleResult : null;
          const events = auditEventsOf(
            rc.schema,
            rc.operation,
            rc.request.variables ?? {},
            single?.errors ?? [],
            single?.data,
            rc.contextValue,
          );
          if (rc.operation.operation === 'mutation') await trail.recordNow(events);
          else trail.record(events);
        },
      };
    },
  };
}
