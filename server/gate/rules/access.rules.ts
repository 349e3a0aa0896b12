/** Who may collect for which case: purpose (G1), case status and collecting role (G2). */
import { caseName, fail, pass, personName, type RuleInput } from './rule-context.js';
import type { RuleOutcome } from '../gate-types.js';

/** G1: the purpose is one of the policy's purposes and the case's own purpose. */
export function purposeMatchesCase(input: RuleInput, purposes: readonly string[]): RuleOutcome {
  const { request, facts } = input;
  if (!purposes.includes(request.purpose)) {
    return fail(`purpose ${request.purpose} is not one of ${purposes.join(', ')}`);
  }
  if (!facts.case) return fail(`case ${request.caseId} does not exist, so its purpose cannot match`);
  if (facts.case.purpose !== request.purpose) {
    return fail(`purpose ${request.purpose} does not match the case's purpose ${facts.case.purpose}`);
  }
  return pass(`purpose ${request.purpose} is the case's purpose`);
}

/** G2: the case exists and is in an allowed status. */
export function caseStatus(input: RuleInput, allowedStatuses: readonly string[]): RuleOutcome {
  const found = input.facts.case;
  if (!found) return fail(`case ${input.request.caseId} does not exist`);
  if (!allowedStatuses.includes(found.status.toUpperCase())) {
    return fail(`${caseName(found, found.id)} is ${found.status}`);
  }
  return pass(`${caseName(found, found.id)} is ${found.status}`);
}

/** G2: the requester is assigned to the case and holds a collecting role. */
export function requesterRole(input: RuleInput): RuleOutcome {
  const requester = input.facts.requester;
  const collecting = input.policy.roles.collecting;
  if (!requester) return fail(`requester ${input.request.requesterId} is not a casegraph user`);
  const role = requester.role.toUpperCase();
  if (!collecting.includes(role)) {
    return fail(`role ${role} never collects; collecting roles are ${collecting.join(', ')}`);
  }
  if (!requester.assignedToCase)
    return fail(
      `${personName(requester)} is not assigned to ${caseName(input.facts.case, input.request.caseId)}`,
    );
  return pass(`${personName(requester)} is assigned to the case as ${role}`);
}
