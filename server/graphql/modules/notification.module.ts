/**
 * A requester's notifications (what supervisors decided on their requests) and what the policy
 * requires of each authorization, for the approval form.
 */
import type {
  AuthorizationNotice,
  AuthorizationRepository,
} from '../../../graph/repositories/authorization.repository.js';
import type { UserRepository } from '../../../graph/repositories/user.repository.js';
import { requireUser, type AccessContext } from '../../auth/case-access.js';
import { authorizationRequirements, needsLegalReview } from '../../gate/authorization-requirements.js';
import type { GateKit } from '../../gate/gate-kit.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { pageSize } from '../page-size.js';

export interface NotificationModuleDeps {
  readonly authorizations: AuthorizationRepository;
  readonly users: UserRepository;
  readonly gate: GateKit;
}

const KIND: Readonly<Record<string, string>> = {
  AUTHORIZATION_APPROVED: 'APPROVED',
  AUTHORIZATION_REJECTED: 'REJECTED',
  AUTHORIZATION_REVOKED: 'REVOKED',
  AUTHORIZATION_SUPERSEDED: 'SUPERSEDED',
};

/** The sentence a requester reads. */
function message(n: AuthorizationNotice): string {
  const what = `${n.method.toLowerCase().replace(/_/g, ' ')} on ${n.platform} as ${n.personaHandle}`;
  const by = n.actorName ?? 'a supervisor';
  switch (KIND[n.action]) {
    case 'APPROVED':
      return `${by} approved ${what} until ${n.expiresAt ?? 'an unstated time'}${n.legalReviewReference ? `, legal review ${n.legalReviewReference}` : ''}`;
    case 'REJECTED':
      return `${by} rejected ${what}${n.decisionNote ? `: ${n.decisionNote}` : ''}`;
    case 'REVOKED':
      return `${by} revoked ${what}${n.decisionNote ? `: ${n.decisionNote}` : ''}`;
    default:
      return `${what}: a newer approval replaced this one`;
  }
}

/** The notification part of the API. */
export function notificationModule(deps: NotificationModuleDeps): GraphqlPart {
  const policy = () => deps.gate.current().policy.document;
  return graphqlPart<AccessContext>('notification.graphql', {
    Query: {
      notifications: async (_, args, ctx) => {
        const user = requireUser(ctx);
        const rows = await deps.authorizations.noticesFor(user.id, pageSize(args.limit, 'limit', 50, 200));
        return rows.map((n) => ({
          ...n,
          kind: KIND[n.action] ?? n.action,
          message: message(n),
          decidedBy: n.actorName,
        }));
      },
    },
    Authorization: {
      requirements: (a) => authorizationRequirements(policy(), a),
      legalReviewRequired: (a) => needsLegalReview(policy(), a),
      approverName: async (a) => {
        if (!a.approvedBy) return null;
        const u = await deps.users.byId(a.approvedBy);
        return u ? u.displayName || u.username : null;
      },
      supersededBy: (a) => a.supersededBy ?? null,
    },
  });
}
