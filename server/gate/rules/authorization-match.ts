/**
 * When a supervisor's written authorization counts, whatever it covers: a covert method (G8) or a
 * bulk scope (G13). One definition, so both are approved, signed, dated and revoked alike.
 */
import { isBlank, type RuleInput } from './rule-context.js';
import type { AuthorizationFact } from '../gate-types.js';

/** Why an authorization naming this request does not count, or null when it does. */
export function authorizationDefect(auth: AuthorizationFact, input: RuleInput): string | null {
  const { request, facts } = input;
  if (auth.status !== 'APPROVED') return `authorization ${auth.id} is ${auth.status}`;
  if (!auth.approvedBy) return `authorization ${auth.id} has no approver`;
  if (auth.approvedBy === request.requesterId || auth.approvedBy === auth.requesterId) {
    return `authorization ${auth.id} was approved by its own requester`;
  }
  if (isBlank(auth.writtenPermissionReference))
    return `authorization ${auth.id} has no written-permission reference`;
  if (!auth.expiresAt || Date.parse(auth.expiresAt) <= Date.parse(facts.now)) {
    return `authorization ${auth.id} expired at ${auth.expiresAt ?? 'an unknown time'}`;
  }
  return null;
}

/** The first candidate that counts, or why none does (`none` when there is no candidate at all). */
export function firstValid(
  candidates: readonly AuthorizationFact[],
  input: RuleInput,
  none: string,
): { auth: AuthorizationFact } | { why: string } {
  if (candidates.length === 0) return { why: none };
  const valid = candidates.find((a) => authorizationDefect(a, input) === null);
  return valid ? { auth: valid } : { why: candidates.map((a) => authorizationDefect(a, input)).join('; ') };
}

/** How a decision names the authorization it relied on: its approver by name, its written permission. */
export function describeAuthorization(auth: AuthorizationFact): string {
  return `authorization ${auth.id} approved by ${auth.approverName ?? auth.approvedBy} (${auth.writtenPermissionReference}) until ${auth.expiresAt}`;
}
