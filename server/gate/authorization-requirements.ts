/**
 * What the policy requires before an authorization counts, read from the policy file so the
 * supervisor's approval form and the approval itself say the same as the gate will decide.
 */
import type { AuthorizationRecord } from '../../graph/repositories/authorization.repository.js';
import type { PolicyDocument } from './policy-schema.js';

type Covers = Pick<AuthorizationRecord, 'platform' | 'method'>;

function legalReviewRule(policy: PolicyDocument) {
  return policy.collectionRules.find((r) => r.condition.kind === 'covert-legal-review');
}

/** Whether the policy's legal-review rule (G9) covers this platform and method. */
export function needsLegalReview(policy: PolicyDocument, auth: Covers): boolean {
  const c = legalReviewRule(policy)?.condition;
  return (
    c?.kind === 'covert-legal-review' &&
    c.methods.some((m) => m === auth.method) &&
    c.platforms.some((p) => p === auth.platform)
  );
}

/**
 * The requirements in words: who approves with what, the expiry limit, and a legal review where
 * the platform's terms forbid fake accounts.
 */
export function authorizationRequirements(policy: PolicyDocument, auth: Covers): string[] {
  const needs = [
    'approval by a supervisor other than the requester, with the written-permission reference',
    `an expiry at most ${policy.authorizationMaxDays} days ahead`,
  ];
  if (needsLegalReview(policy, auth)) {
    const clause = legalReviewRule(policy)?.clause ?? 'department policy';
    needs.push(
      `a recorded legal review, since ${auth.platform}'s terms forbid fake or undisclosed accounts (${clause})`,
    );
  }
  return needs;
}
