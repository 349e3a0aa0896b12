/**
 * GraphQL of the legality gate: preview a collection (the decision is stored like any other),
 * the authorization workflow, and the decision lists for supervisors and requesters. Resolvers
 * stay thin: who is asking comes from the auth layer, the rules from the gate services.
 */
import { AppError } from '../../../common/errors.js';
import type {
  AuthorizationRecord,
  AuthorizationStatus,
} from '../../../graph/repositories/authorization.repository.js';
import { AuthorizationRepository } from '../../../graph/repositories/authorization.repository.js';
import {
  GateDecisionRepository,
  type StoredDecision,
} from '../../../graph/repositories/gate-decision.repository.js';
import { AuthorizationService } from '../../gate/authorization.service.js';
import { gateRecordService, type GateHost } from '../../gate/execution-check.js';
import type { Reason } from '../../gate/gate-types.js';
import { parseCollectionInput } from '../../gate/gate-input.schema.js';
import { graphqlPart, type GraphqlPart } from '../module.js';

/** Who is asking; provided by the auth layer. */
export interface GateAccess<C> {
  /** The signed-in user; throws UNAUTHENTICATED when there is none. */
  requireUser(context: C): Promise<{ readonly id: string; readonly role: string }>;
}

const DAY_MS = 86_400_000;
const clampLimit = (limit: number) => Math.max(1, Math.min(200, Math.trunc(limit)));

/** A stored decision as the API shows it, its reasons read back from JSON. */
export function decisionView(d: StoredDecision) {
  return { ...d, reasons: JSON.parse(d.reasonsJson) as readonly Reason[] };
}

function authorizationView(a: AuthorizationRecord) {
  const expired = a.status === 'APPROVED' && !!a.expiresAt && Date.parse(a.expiresAt) <= Date.now();
  return { ...a, requesterName: a.requesterName ?? null, expired };
}

/** The gate's part of the API. */
export function gateModule<C>(host: GateHost, access: GateAccess<C>): GraphqlPart {
  const decisions = new GateDecisionRepository(host.graph);
  const authRepo = new AuthorizationRepository(host.graph);
  const workflow = new AuthorizationService(authRepo, () => host.gate.current());

  /** Supervisors (the policy's approving roles) only. */
  async function requireSupervisor(context: C) {
    const user = await access.requireUser(context);
    if (!host.gate.current().policy.document.roles.approving.includes(user.role.toUpperCase())) {
      throw new AppError('FORBIDDEN', 'only supervisors review gate decisions and authorizations');
    }
    return user;
  }

  return graphqlPart<C>('gate.graphql', {
    Query: {
      gateDecisions: async (_, args, context) => {
        await requireSupervisor(context);
        const rows = await decisions.listDecisions({
          caseId: args.caseId ?? undefined,
          decision: args.decision ?? undefined,
          limit: clampLimit(args.limit),
        });
        return rows.map(decisionView);
      },
      myGateDecisions: async (_, args, context) => {
        const user = await access.requireUser(context);
        const rows = await decisions.listDecisions({
          requesterId: user.id,
          limit: clampLimit(args.limit),
        });
        return rows.map(decisionView);
      },
      authorizations: async (_, args, context) => {
        await requireSupervisor(context);
        const days = args.expiringWithinDays ?? null;
        const rows = await authRepo.list({
          caseId: args.caseId ?? undefined,
          status: ((args.status as string | null) ?? (days !== null ? 'APPROVED' : undefined)) as
            AuthorizationStatus | undefined,
          expiringBefore: days !== null ? new Date(Date.now() + days * DAY_MS).toISOString() : undefined,
          limit: clampLimit(args.limit),
        });
        return rows.map(authorizationView);
      },
      gatePolicy: async (_, _args, context) => {
        await access.requireUser(context);
        const { document, version } = host.gate.current().policy;
        return { version, ...document };
      },
    },
    Mutation: {
      evaluateCollection: async (_, args, context) => {
        const user = await access.requireUser(context);
        const outcome = await gateRecordService(host).submit(
          parseCollectionInput(args.input, user.id),
          'PREVIEW',
        );
        const stored = await decisions.findDecision(outcome.decisionId);
        if (!stored) throw new AppError('INTERNAL', `decision ${outcome.decisionId} was not stored`);
        return decisionView(stored);
      },
      requestAuthorization: async (_, args, context) => {
        const user = await access.requireUser(context);
        return authorizationView(await workflow.request(user.id, args.input));
      },
      approveAuthorization: async (_, args, context) => {
        const user = await access.requireUser(context);
        return authorizationView(await workflow.approve(user.id, args.id, args.input));
      },
      rejectAuthorization: async (_, args, context) => {
        const user = await access.requireUser(context);
        return authorizationView(await workflow.reject(user.id, args.id, args.reason));
      },
      revokeAuthorization: async (_, args, context) => {
        const user = await access.requireUser(context);
        return authorizationView(await workflow.revoke(user.id, args.id, args.reason));
      },
    },
  });
}
