/**
 * The worker's gate: just before a collection runs, the token must verify for exactly the stored
 * request, and the request must still be allowed under the current policy and authorizations
 * (an authorization can expire or be revoked while the job waits in the queue).
 */
import type { DecisionClaims, DecisionVerifier } from '../../common/collection-types.js';
import { AppError, isAppError } from '../../common/errors.js';
import type { GateRecordService } from './gate-record.service.js';
import type { CollectionRequest, Reason } from './gate-types.js';
import type { TokenUses } from './token-use.js';

const TOKEN_REASON: Omit<Reason, 'finding'> = {
  ruleId: 'decision-token',
  clause: '28 CFR 23.20(d)',
  text: 'Collection runs only on a token the gate signed for this request, target and method, before it expires.',
  remedy: 'Submit the request through casegraph so the gate decides it again.',
};

const REUSE_REASON: Omit<Reason, 'finding'> = {
  ruleId: 'decision-token-once',
  clause: '28 CFR 23.20(d)',
  text: 'A decision token allows the one collection it was issued for; a copy of its job does not collect again.',
  remedy: 'Submit the request through casegraph again so the gate decides it anew.',
};

/** The job that presents the token, and where the token's first use is kept. */
export interface TokenHolder {
  readonly jobId: string;
  readonly uses: TokenUses;
}

/** The stored request (read once) and the job's verified claims. */
export interface ExecutionClearance {
  readonly request: CollectionRequest;
  readonly claims: DecisionClaims;
}

/**
 * Claims the token for the holder's job; a token another job already used is refused and the
 * refusal stored. Retries of the first job (same id) pass.
 */
async function claimToken(
  records: GateRecordService,
  request: CollectionRequest,
  claims: DecisionClaims,
  holder: TokenHolder,
): Promise<void> {
  const usedBy = await holder.uses.claim(claims.decisionId, holder.jobId, claims.exp * 1000);
  if (usedBy === holder.jobId) return;
  const finding = `this decision token was already used by job ${usedBy}`;
  const stored = await records.recordDenial(request, 'EXECUTION', { ...REUSE_REASON, finding });
  throw new AppError('GATE_DENIED', finding, {
    decisionId: stored.decisionId,
    requestId: request.requestId,
    usedByJob: usedBy,
  });
}

/**
 * The request and verified claims for the job, or AppError('GATE_DENIED'); either way the decision
 * is stored.
 */
export async function recheckAtExecution(
  records: GateRecordService,
  verifier: DecisionVerifier,
  requestId: string,
  token: string,
  holder?: TokenHolder,
): Promise<ExecutionClearance> {
  const request = await records.storedRequest(requestId);
  if (!request)
    throw new AppError('GATE_DENIED', `no collection request ${requestId} was ever decided by the gate`);
  let claims: DecisionClaims;
  try {
    claims = verifier.verify(token, {
      requestId: request.requestId,
      caseId: request.caseId,
      platform: request.target.platform,
      targetKind: request.target.kind,
      targetValue: request.target.value,
      method: request.method,
    });
  } catch (error) {
    const finding = isAppError(error) ? error.message : 'the token could not be read';
    const stored = await records.recordDenial(request, 'EXECUTION', { ...TOKEN_REASON, finding });
    throw new AppError('GATE_DENIED', finding, { decisionId: stored.decisionId, requestId });
  }
  // Before the gate decides again: a replayed copy must not leave an ALLOW behind it.
  if (holder) await claimToken(records, request, claims, holder);
  const again = await records.decide(request, 'EXECUTION');
  if (again.result.decision !== 'ALLOW') {
    throw new AppError('GATE_DENIED', `the gate no longer allows request ${requestId}`, {
      decisionId: again.decisionId,
      requestId,
      decision: again.result.decision,
      reasons: again.result.reasons.map((r) => ({ ruleId: r.ruleId, clause: r.clause, finding: r.finding })),
    });
  }
  return { request, claims };
}
