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
import {
  AuthorizationService,
  type ApprovalInput,
  type AuthorizationRequestInput,
} from '../../gate/authorization.service.js';
import { gateRecordService, type GateHost } from '../../gate/execution-check.js';
import { parseCollectionInput } from '../../gate/gate-input.schema.js';
import type { GraphqlPart } from '../module.js';

/** Who is asking; provided by the auth layer. */
export interface GateAccess<C> {
  /** The signed-in user; throws UNAUTHENTICATED when there is none. */
  requireUser(context: C): Promise<{ readonly id: string; readonly role: string }>;
}

const DAY_MS = 86_400_000;
const clampLimit = (limit: number) => Math.max(1, Math.min(200, Math.trunc(limit)));

function decisionView(d: StoredDecision) {
  return { ...d, reasons: JSON.parse(d.reasonsJson) as unknown[] };
}

function authorizationView(a: AuthorizationRecord) {
  const expired = a.status === 'APPROVED' && !!a.expiresAt && Date.parse(a.expiresAt) <= Date.now();
  return { ...a, expired };
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

  type Args = Record<string, unknown>;
  return {
    sdlFile: 'gate.graphql',
    resolvers: {
      Query: {
        gateDecisions: async (_: unknown, args: Args, context: C) => {
          await requireSupervisor(context);
          const rows = await decisions.listDecisions({
            caseId: (args.caseId as string | null) ?? undefined,
            decision: (args.decision as string | null) ?? undefined,
            limit: clampLimit(args.limit as number),
          });
          return rows.map(decisionView);
        },
        myGateDecisions: async (_: unknown, args: Args, context: C) => {
          const user = await access.requireUser(context);
          const rows = await decisions.listDecisions({
            requesterId: user.id,
            limit: clampLimit(args.limit as number),
          });
          return rows.map(decisionView);
        },
        authorizations: async (_: unknown, args: Args, context: C) => {
          await requireSupervisor(context);
          const days = (args.expiringWithinDays as number | null | undefined) ?? null;
          const rows = await authRepo.list({
            caseId: (args.caseId as string | null) ?? undefined,
            status: ((args.status as string | null) ?? (days !== null ? 'APPROVED' : undefined)) as
              AuthorizationStatus | undefined,
            expiringBefore: days !== null ? new Date(Date.now() + days * DAY_MS).toISOString() : undefined,
            limit: clampLimit(args.limit as number),
          });
          return rows.map(authorizationView);
        },
        gatePolicy: async (_: unknown, _args: Args, context: C) => {
          await access.requireUser(context);
          const { document, version } = host.gate.current().policy;
          return { version, ...document };
        },
      },
      Mutation: {
        evaluateCollection: async (_: unknown, args: Args, context: C) => {
          const user = await access.requireUser(context);
          const outcome = await gateRecordService(host).submit(
            parseCollectionInput(args.input, user.id),
            'PREVIEW',
          );
          const stored = await decisions.findDecision(outcome.decisionId);
          if (!stored) throw new AppError('INTERNAL', `decision ${outcome.decisionId} was not stored`);
          return decisionView(stored);
        },
        requestAuthorization: async (_: unknown, args: Args, context: C) => {
          const user = await access.requireUser(context);
          return authorizationView(await workflow.request(user.id, args.input as AuthorizationRequestInput));
        },
        approveAuthorization: async (_: unknown, args: Args, context: C) => {
          const user = await access.requireUser(context);
          return authorizationView(
            await workflow.approve(user.id, String(args.id), args.input as ApprovalInput),
          );
        },
        rejectAuthorization: async (_: unknown, args: Args, context: C) => {
          const user = await access.requireUser(context);
          return authorizationView(await workflow.reject(user.id, String(args.id), String(args.reason)));
        },
        revokeAuthorization: async (_: unknown, args: Args, context: C) => {
          const user = await access.requireUser(context);
          return authorizationView(await workflow.revoke(user.id, String(args.id), String(args.reason)));
        },
      },
    },
  };
}
