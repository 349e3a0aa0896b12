/**
 * The legality gate's decision: a pure, deterministic function of the policy, the request and
 * the facts. It reads no clock, no graph and no network; callers load facts and store results.
 */
import { unreachable } from '../../common/errors.js';
import type { Decision } from '../../common/collection-types.js';
import type { CollectionRule, ExportRule, Policy } from './policy-schema.js';
import type {
  CollectionRequest,
  ExportFacts,
  ExportRequest,
  GateFacts,
  GateResult,
  Reason,
  RuleOutcome,
} from './gate-types.js';
import { caseStatus, purposeMatchesCase, requesterRole } from './rules/access.rules.js';
import { covertAuthorization, covertLegalReview, personaClean } from './rules/covert.rules.js';
import { exportRecipient, exportRequester } from './rules/export.rules.js';
import {
  consentOnFile,
  forbiddenMethod,
  legalProcess,
  passiveNoInteraction,
  personalDevice,
} from './rules/method.rules.js';
import { predicate, protectedActivity } from './rules/predicate.rules.js';
import { bulkAuthorization } from './rules/scope.rules.js';
import type { RuleInput } from './rules/rule-context.js';

/** Runs one collection rule's condition. */
function runCollectionRule(rule: CollectionRule, input: RuleInput): RuleOutcome {
  const c = rule.condition;
  switch (c.kind) {
    case 'purpose-matches-case':
      return purposeMatchesCase(input, c.purposes);
    case 'case-status':
      return caseStatus(input, c.allowedStatuses);
    case 'requester-role':
      return requesterRole(input);
    case 'predicate':
      return predicate(input, c);
    case 'protected-activity':
      return protectedActivity(input, c);
    case 'forbidden-method':
      return forbiddenMethod(input, c);
    case 'legal-process':
      return legalProcess(input, c);
    case 'consent-on-file':
      return consentOnFile(input, c);
    case 'covert-authorization':
      return covertAuthorization(input, c);
    case 'covert-legal-review':
      return covertLegalReview(input, c);
    case 'persona-clean':
      return personaClean(input, c);
    case 'passive-no-interaction':
      return passiveNoInteraction(input, c);
    case 'personal-device':
      return personalDevice(input);
    case 'bulk-authorization':
      return bulkAuthorization(input, c);
    default:
      return unreachable(c);
  }
}

function runExportRule(
  rule: ExportRule,
  policy: Policy,
  request: ExportRequest,
  facts: ExportFacts,
): RuleOutcome {
  const c = rule.condition;
  switch (c.kind) {
    case 'export-requester':
      return exportRequester(request, facts, policy.document.roles.exporting);
    case 'export-recipient':
      return exportRecipient(request, facts, c.minReasonWords);
    default:
      return unreachable(c);
  }
}

interface Evaluated {
  readonly rule: CollectionRule | ExportRule;
  readonly outcome: RuleOutcome;
}

function reasonOf({ rule, outcome }: Evaluated): Reason {
  return {
    ruleId: rule.id,
    clause: rule.clause,
    text: rule.text,
    remedy: rule.remedy,
    finding: outcome.status === 'NOT_APPLICABLE' ? '' : outcome.finding,
  };
}

/** DENY if any failed rule denies, NEEDS_AUTHORIZATION if others failed, ALLOW otherwise. */
function combine(evaluated: readonly Evaluated[]): { decision: Decision; reasons: Reason[] } {
  const failed = evaluated.filter((e) => e.outcome.status === 'FAIL');
  if (failed.length === 0) {
    return { decision: 'ALLOW', reasons: evaluated.filter((e) => e.outcome.status === 'PASS').map(reasonOf) };
  }
  const denies = failed.some((e) => e.rule.onFail === 'DENY');
  return { decision: denies ? 'DENY' : 'NEEDS_AUTHORIZATION', reasons: failed.map(reasonOf) };
}

/** Decides one collection request under `policy` with the given facts. */
export function evaluateCollection(policy: Policy, request: CollectionRequest, facts: GateFacts): GateResult {
  const input: RuleInput = { request, facts, policy: policy.document };
  const evaluated = policy.document.collectionRules.map((rule) => ({
    rule,
    outcome: runCollectionRule(rule, input),
  }));
  const { decision, reasons } = combine(evaluated);
  // Every authorization relied on (covert and bulk may be two) bounds the decision's life.
  const relied = evaluated.flatMap((e) =>
    e.outcome.status === 'PASS' && e.outcome.authorizationId ? [e.outcome.authorizationId] : [],
  );
  const authorizationId = relied[0] ?? null;
  let expires = Date.parse(facts.now) + policy.document.decisionTtlSeconds * 1000;
  for (const auth of facts.authorizations.filter((a) => relied.includes(a.id))) {
    if (decision === 'ALLOW' && auth.expiresAt) expires = Math.min(expires, Date.parse(auth.expiresAt));
  }
  return {
    decision,
    reasons,
    policyVersion: policy.version,
    expiresAt: new Date(expires).toISOString(),
    authorizationId: decision === 'ALLOW' ? authorizationId : null,
  };
}

/** Decides one export or share of a case's evidence (G15). */
export function evaluateExport(policy: Policy, request: ExportRequest, facts: ExportFacts): GateResult {
  const evaluated = policy.document.exportRules.map((rule) => ({
    rule,
    outcome: runExportRule(rule, policy, request, facts),
  }));
  const { decision, reasons } = combine(evaluated);
  return {
    decision,
    reasons,
    policyVersion: policy.version,
    expiresAt: new Date(Date.parse(facts.now) + policy.document.decisionTtlSeconds * 1000).toISOString(),
    authorizationId: null,
  };
}

/** The gate under one loaded policy. */
export class GateService {
  constructor(readonly policy: Policy) {}

  /** Pure and deterministic: the same request and facts always give the same result. */
  evaluate(request: CollectionRequest, facts: GateFacts): GateResult {
    return evaluateCollection(this.policy, request, facts);
  }

  evaluateExport(request: ExportRequest, facts: ExportFacts): GateResult {
    return evaluateExport(this.policy, request, facts);
  }
}
