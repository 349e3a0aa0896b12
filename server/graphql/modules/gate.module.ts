/**
 * GraphQL of the legality gate: preview a collection (the decision is stored like any other),
 * the authorization workflow, and the decision lists for supervisors and requesters. Resolvers
 * stay thin: who is asking comes from the auth layer, the rules from the gate services.
 */
import { AppError, isAppError } from '../../../common/errors.js';
import type {
  AuthorizationRecord,
  AuthorizationRepository,
  AuthorizationStatus,
} from '../../../graph/repositories/authorization.repository.js';
import type {
  GateDecisionRepository,
  StoredDecision,
} from '../../../graph/repositories/gate-decision.repository.js';
import { requireCaseAccess, requireUser, type AccessContext } from '../../auth/case-access.js';
import type { AuthorizationService } from '../../gate/authorization.service.js';
import type { GateKit } from '../../gate/gate-kit.js';
import type { Reason } from '../../gate/gate-types.js';
import type { CollectionService } from '../../services/collection.service.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { pageSize } from '../page-size.js';

export interface GateModuleDeps {
  readonly gate: GateKit;
  readonly decisions: GateDecisionRepository;
  readonly authorizations: AuthorizationRepository;
  readonly workflow: AuthorizationService;
  readonly collections: CollectionService;
}

const DAY_MS = 86_400_000;

/** A stored decision as the API shows it, its reasons read back from JSON. */
export function decisionView(d: StoredDecision) {
  return { ...d, reasons: JSON.parse(d.reasonsJson) as readonly Reason[] };
}

function authorizationView(a: AuthorizationRecord) {
  const expired = a.status === 'APPROVED' && !!a.expiresAt && Date.parse(a.expiresAt) <= Date.now();
  return {
    ...a,
    requesterName: a.requesterName ?? null,
    expired,
    bulkScope: a.bulkScope ?? null,
    bulkTargetKind: a.bulkTargetKind ?? null,
    bulkTargetValue: a.bulkTargetValue ?? null,
  };
}

/** The gate's part of the API. */
export function gateModule(deps: GateModuleDeps): GraphqlPart {
  const { decisions, workflow } = deps;
  const authRepo = deps.authorizations;

  /** Supervisors (the policy's approving roles) only. */
  async function requireSupervisor(context: AccessContext) {
    const user = requireUser(context);
    if (!deps.gate.current().policy.document.roles.approving.includes(user.role.toUpperCase())) {
      throw new AppError('FORBIDDEN', 'only supervisors review gate decisions and authorizations');
    }
    return user;
  }

  /** A supervisor's review list: of one case they oversee (NOT_FOUND otherwise), or all they reach. */
  async function overseenScope(context: AccessContext, caseId: string | null | undefined) {
    const user = await requireSupervisor(context);
    if (caseId) await requireCaseAccess(context, caseId, 'authorize');
    return user;
  }

  /**
   * The asker, when the authorization's case is one they reach; an authorization of another case
   * answers exactly like one that does not exist. The workflow then checks who may decide.
   */
  async function reachingAuthorization(context: AccessContext, id: string) {
    requireUser(context);
    const auth = await authRepo.find(id);
    if (!auth) throw new AppError('NOT_FOUND', `no authorization ${id}`);
    return requireCaseAccess(context, auth.caseId, 'read').catch((error: unknown) => {
      throw isAppError(error) && error.code === 'NOT_FOUND'
        ? new AppError('NOT_FOUND', `no authorization ${id}`)
        : error;
    });
  }

  return graphqlPart<AccessContext>('gate.graphql', {
    Query: {
      gateDecisions: async (_, args, context) => {
        const user = await overseenScope(context, args.caseId);
        const rows = await decisions.listDecisions({
          reachableBy: user.id,
          caseId: args.caseId ?? undefined,
          decision: args.decision ?? undefined,
          limit: pageSize(args.limit, 'limit', 50, 200),
        });
        return rows.map(decisionView);
      },
      myGateDecisions: async (_, args, context) => {
        const user = requireUser(context);
        const rows = await decisions.listDecisions({
          requesterId: user.id,
          limit: pageSize(args.limit, 'limit', 50, 200),
        });
        return rows.map(decisionView);
      },
      authorizations: async (_, args, context) => {
        const user = await overseenScope(context, args.caseId);
        const days = args.expiringWithinDays ?? null;
        const rows = await authRepo.list({
          reachableBy: user.id,
          caseId: args.caseId ?? undefined,
          status: ((args.status as string | null) ?? (days !== null ? 'APPROVED' : undefined)) as
            AuthorizationStatus | undefined,
          expiringBefore: days !== null ? new Date(Date.now() + days * DAY_MS).toISOString() : undefined,
          limit: pageSize(args.limit, 'limit', 50, 200),
        });
        return rows.map(authorizationView);
      },
      gatePolicy: async (_, _args, context) => {
        requireUser(context);
        const { document, version } = deps.gate.current().policy;
        return { version, ...document };
      },
    },
    Mutation: {
      evaluateCollection: async (_, args, context) => {
        // A case out of reach answers like one that does not exist, and nothing is stored.
        const user = await requireCaseAccess(context, String(args.input.caseId), 'read');
        return decisionView(await deps.collections.evaluate(args.input, user.id));
      },
      requestAuthorization: async (_, args, context) => {
        const user = await requireCaseAccess(context, args.input.caseId, 'read');
        return authorizationView(await workflow.request(user.id, args.input));
      },
      approveAuthorization: async (_, args, context) => {
        const user = await reachingAuthorization(context, args.id);
        return authorizationView(await workflow.approve(user.id, args.id, args.input));
      },
      rejectAuthorization: async (_, args, context) => {
        const user = await reachingAuthorization(context, args.id);
        return authorizationView(await workflow.reject(user.id, args.id, args.reason));
      },
      revokeAuthorization: async (_, args, context) => {
        const user = await reachingAuthorization(context, args.id);
        return authorizationView(await workflow.revoke(user.id, args.id, args.reason));
      },
    },
  });
}
