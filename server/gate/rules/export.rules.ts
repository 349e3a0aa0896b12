/** Dissemination (G15): who may export a case's evidence and to whom. */
import { caseName, fail, pass, personName, tokens } from './rule-context.js';
import type { ExportFacts, ExportRequest, RuleOutcome } from '../gate-types.js';

/** The exporter is assigned to the case in one of the policy's exporting roles. */
export function exportRequester(
  request: ExportRequest,
  facts: ExportFacts,
  roles: readonly string[],
): RuleOutcome {
  if (!facts.case) return fail(`case ${request.caseId} does not exist`);
  const requester = facts.requester;
  if (!requester) return fail(`requester ${request.requesterId} is not a casegraph user`);
  const role = requester.role.toUpperCase();
  if (!roles.includes(role)) {
    return fail(`role ${role} may not export; exporting roles are ${roles.join(', ')}`);
  }
  if (!requester.assignedToCase)
    return fail(`${personName(requester)} is not assigned to ${caseName(facts.case, request.caseId)}`);
  return pass(`${personName(requester)} is assigned to the case as ${role}`);
}

/** The recipient is law enforcement with need to know, or the release prevents imminent danger. */
export function exportRecipient(
  request: ExportRequest,
  facts: ExportFacts,
  minReasonWords: number,
): RuleOutcome {
  const { recipient, reason, imminentDanger } = request;
  if (tokens(reason).length < minReasonWords) return fail('the release gives no reason');
  if (imminentDanger)
    return pass(`release to ${recipient.name} to prevent imminent danger: ${reason.trim()}`);
  if (!recipient.lawEnforcement) return fail(`${recipient.name} is not a law-enforcement recipient`);
  if (recipient.userId !== null && !facts.recipientAssignedToCase) {
    return fail(`${recipient.name} is not assigned to ${caseName(facts.case, request.caseId)}`);
  }
  return pass(`release to law-enforcement recipient ${recipient.name}: ${reason.trim()}`);
}
