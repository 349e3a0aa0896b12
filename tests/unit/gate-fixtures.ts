/** Requests and facts the gate tests start from: one lawful request, changed one thing at a time. */
import type { CollectionTarget, Decision } from '../../common/collection-types.js';
import { evaluateCollection } from '../../server/gate/gate.service.js';
import type { Policy } from '../../server/gate/policy-schema.js';
import { effectiveScope } from '../../server/gate/rules/scope.rules.js';
import type {
  CollectionRequest,
  GateFacts,
  AuthorizationFact,
  Persona,
} from '../../server/gate/gate-types.js';

export const NOW = '2026-11-25T02:00:00.000Z';
const DAY = 86_400_000;
export const inDays = (days: number): string => new Date(Date.parse(NOW) + days * DAY).toISOString();

export const persona: Persona = { handle: 'jaydoe88', displayName: 'Jay Doe', avatarSha256: 'ab'.repeat(32) };

/** A lawful public collection for an online-crime case by its assigned detective. */
export function baseRequest(patch: Partial<CollectionRequest> = {}): CollectionRequest {
  return {
    requestId: 'req-1',
    caseId: 'case-1',
    requesterId: 'u-det',
    purpose: 'ONLINE_CRIME',
    target: { platform: 'mastodon', kind: 'handle', value: '@x@social.example', scope: 'POSTS' },
    method: 'PUBLIC_API',
    content: 'PUBLIC',
    device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
    persona: null,
    predicate: {
      reportNumber: '24-1234',
      facts: 'Rpt 24-1234: @x posted video of the 3/2 shooting on Main Street',
      bulkFacts: null,
    },
    steps: [],
    consentReference: null,
    ...patch,
  };
}

/** An approved, unexpired authorization by supervisor u-sup for the covert base request. */
export function authorization(patch: Partial<AuthorizationFact> = {}): AuthorizationFact {
  return {
    id: 'auth-1',
    caseId: 'case-1',
    platform: 'web',
    method: 'UNDERCOVER_ACCOUNT',
    personaHandle: persona.handle,
    requesterId: 'u-det',
    status: 'APPROVED',
    approvedBy: 'u-sup',
    writtenPermissionReference: 'SUP-2026-31',
    legalReviewReference: null,
    expiresAt: inDays(7),
    ...patch,
  };
}

/**
 * An approved, unexpired authorization by supervisor u-sup for a bulk scope of one target, with
 * the base request's public method and no persona.
 */
export function bulkAuthorization(
  target: CollectionTarget,
  patch: Partial<AuthorizationFact> = {},
): AuthorizationFact {
  return authorization({
    id: 'auth-bulk',
    platform: target.platform,
    method: 'PUBLIC_API',
    personaHandle: '',
    bulk: { scope: effectiveScope(target), targetKind: target.kind, targetValue: target.value },
    ...patch,
  });
}

/** A covert request on a platform without a fake-account ban in the policy. */
export function covertRequest(patch: Partial<CollectionRequest> = {}): CollectionRequest {
  return baseRequest({
    method: 'UNDERCOVER_ACCOUNT',
    persona,
    target: { platform: 'web', kind: 'url', value: 'https://forum.example/u/x', scope: 'POSTS' },
    ...patch,
  });
}

export function baseFacts(patch: Partial<GateFacts> = {}): GateFacts {
  return {
    now: NOW,
    case: { id: 'case-1', purpose: 'ONLINE_CRIME', status: 'OPEN' },
    requester: { id: 'u-det', role: 'DETECTIVE', assignedToCase: true },
    authorizations: [],
    officerRoster: { names: ['Dana Officer', 'Sam Sergeant'], avatarSha256s: ['cd'.repeat(32)] },
    ...patch,
  };
}

/** One request, its facts, and the decision and reason the gate must give. */
export interface GateCase {
  readonly name: string;
  readonly request: CollectionRequest;
  readonly facts: GateFacts;
  readonly decision: Decision;
  /** The rule that must be among the reasons, and the clause it must cite. */
  readonly ruleId: string;
  readonly clause: string;
}

/** Decides the case and checks the decision, the rule's clause, its finding and (if refused) remedy. */
export function expectGateCase(policy: Policy, c: GateCase): void {
  const result = evaluateCollection(policy, c.request, c.facts);
  expect(result.decision).toBe(c.decision);
  const reason = result.reasons.find((r) => r.ruleId === c.ruleId);
  expect(reason).toBeDefined();
  expect(reason!.clause).toBe(c.clause);
  expect(reason!.finding.length).toBeGreaterThan(0);
  if (c.decision !== 'ALLOW') expect(reason!.remedy.length).toBeGreaterThan(10);
}
