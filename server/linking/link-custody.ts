import type { CustodyRecorder } from '../../common/custody-types.js';
import type { LinkDecisionRecord, LinkDecisionRecorder } from './link.service.js';

/**
 * Puts linking decisions on the custody ledger. A confirmation is LINKED; a rejection is UNLINKED
 * (the analyst's finding that the accounts are not shown to share an operator), so the ledger
 * holds both sides of every decision with the artifacts and evidence the analyst had before them.
 */
export function custodyDecisionRecorder(custody: CustodyRecorder): LinkDecisionRecorder {
  return async (record: LinkDecisionRecord) => {
    const c = record.candidate;
    await custody.append({
      caseId: record.caseId,
      type: record.kind === 'CONFIRMED' ? 'LINKED' : 'UNLINKED',
      actorId: record.actor,
      artifactHashes: c.artifacts,
      details: {
        decision: record.kind === 'CONFIRMED' ? 'SAME_OPERATOR' : 'REJECTED_LINK',
        accounts: [c.a, c.b],
        score: c.score,
        fingerprint: c.fingerprint,
        features: c.features.map((f) => ({
          name: f.name,
          strength: f.strength,
          weight: f.weight,
          detail: f.detail,
          evidence: f.evidence,
        })),
        reason: record.reason,
        decidedAt: record.at,
      },
    });
  };
}
