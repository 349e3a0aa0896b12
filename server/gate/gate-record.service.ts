/**
 * The gate with a memory: loads the facts from the graph, evaluates, stores every decision
 * (allow or deny) immutably with its inputs, reasons and policy version, and signs a token for
 * an ALLOW. Nothing may reach the queue or the network without passing through here.
 */
import crypto from 'node:crypto';
import type { DecisionClaims, TargetKind } from '../../common/collection-types.js';
import type { AuthorizationRepository } from '../../graph/repositories/authorization.repository.js';
import type {
  GateDecisionRepository,
  StoredDecision,
} from '../../graph/repositories/gate-decision.repository.js';
import type { DecisionSigner } from './decision-token.js';
import type { GateService } from './gate.service.js';
import type {
  AuthorizationFact,
  EffectiveScope,
  CollectionRequest,
  ExportFacts,
  ExportRequest,
  GateFacts,
  GateResult,
  Reason,
} from './gate-types.js';

/** Where in the flow a decision was taken. */
/** EXPORT: the release of evidence, decided on the same record path as collections. */
export type GateStage = 'PREVIEW' | 'ENQUEUE' | 'EXECUTION' | 'EXPORT';

export interface RecordedDecision {
  readonly decisionId: string;
  readonly requestId: string;
  readonly result: GateResult;
  /** Present only for ALLOW. */
  readonly token: string | null;
}

export interface GateRecordDeps {
  readonly gate: () => GateService;
  readonly decisions: GateDecisionRepository;
  readonly authorizations: AuthorizationRepository;
  readonly signer: DecisionSigner;
  readonly clock?: () => Date;
}

export class GateRecordService {
  private readonly clock: () => Date;

  constructor(private readonly deps: GateRecordDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** The facts for a request as the graph holds them now. */
  async loadFacts(caseId: string, requesterId: string): Promise<GateFacts> {
    const [row, auths] = await Promise.all([
      this.deps.decisions.caseFacts(caseId, requesterId),
      this.deps.authorizations.forCase(caseId),
    ]);
    return {
      now: this.clock().toISOString(),
      case: row.case,
      requester: row.user,
      // An approval counts only while its approver still oversees the case (SO1301's chain of
      // command; a supervisor moved to another unit no longer vouches for it).
      authorizations: auths.map((a): AuthorizationFact => ({
        id: a.id,
        caseId: a.caseId,
        platform: a.platform as AuthorizationFact['platform'],
        method: a.method as AuthorizationFact['method'],
        personaHandle: a.personaHandle,
        requesterId: a.requesterId,
        status: a.status,
        approvedBy: a.approverOversees ? (a.approvedBy ?? null) : null,
        approverName: a.approverName,
        bulk:
          a.bulkScope && a.bulkTargetKind && a.bulkTargetValue
            ? {
                scope: a.bulkScope as EffectiveScope,
                targetKind: a.bulkTargetKind as TargetKind,
                targetValue: a.bulkTargetValue,
              }
            : null,
        writtenPermissionReference: a.writtenPermissionReference ?? null,
        legalReviewReference: a.legalReviewReference ?? null,
        expiresAt: a.expiresAt ?? null,
      })),
      officerRoster: {
        names: row.rosterNames.filter((n): n is string => typeof n === 'string'),
        avatarSha256s: row.rosterAvatars.filter((n): n is string => typeof n === 'string'),
      },
    };
  }

  /** A new collection request: stored, decided, and the decision stored. */
  async submit(input: Omit<CollectionRequest, 'requestId'>, stage: GateStage): Promise<RecordedDecision> {
    const request: CollectionRequest = { ...input, requestId: crypto.randomUUID() };
    await this.deps.decisions.createRequest({
      id: request.requestId,
      caseId: request.caseId,
      requesterId: request.requesterId,
      platform: request.target.platform,
      targetKind: request.target.kind,
      targetValue: request.target.value,
      scope: request.target.scope,
      method: request.method,
      purpose: request.purpose,
      inputsJson: JSON.stringify(request),
      createdAt: this.clock().toISOString(),
    });
    return this.decide(request, stage);
  }

  /** The stored request, as it was submitted; null when no such request exists. */
  async storedRequest(requestId: string): Promise<CollectionRequest | null> {
    const record = await this.deps.decisions.findRequest(requestId);
    return record ? (JSON.parse(record.inputsJson) as CollectionRequest) : null;
  }

  /** Decides a request with current facts and policy and stores the decision. */
  async decide(request: CollectionRequest, stage: GateStage): Promise<RecordedDecision> {
    const facts = await this.loadFacts(request.caseId, request.requesterId);
    const result = this.deps.gate().evaluate(request, facts);
    const decisionId = crypto.randomUUID();
    const token =
      result.decision === 'ALLOW' ? this.deps.signer.sign(claimsOf(decisionId, request, result)) : null;
    await this.store(decisionId, request, stage, result, facts, token !== null);
    return { decisionId, requestId: request.requestId, result, token };
  }

  /** Stores a denial the evaluator did not produce (a bad token at execution), then returns it. */
  async recordDenial(
    request: CollectionRequest,
    stage: GateStage,
    reason: Reason,
  ): Promise<RecordedDecision> {
    const policyVersion = this.deps.gate().policy.version;
    const now = this.clock().toISOString();
    const result: GateResult = {
      decision: 'DENY',
      reasons: [reason],
      policyVersion,
      expiresAt: now,
      authorizationId: null,
    };
    const decisionId = crypto.randomUUID();
    await this.store(decisionId, request, stage, result, null, false);
    return { decisionId, requestId: request.requestId, result, token: null };
  }

  /**
   * Decides the release of evidence to the requester (need and right to know, 28 CFR 23.20(e)-(f))
   * and stores the decision like a collection's, under the export's id.
   */
  async decideExport(exportId: string, request: ExportRequest): Promise<RecordedDecision> {
    const row = await this.deps.decisions.caseFacts(request.caseId, request.requesterId);
    const facts: ExportFacts = {
      now: this.clock().toISOString(),
      case: row.case,
      requester: row.user,
      recipientAssignedToCase: row.user?.assignedToCase ?? false,
    };
    const result = this.deps.gate().evaluateExport(request, facts);
    const decisionId = crypto.randomUUID();
    await this.store(decisionId, { ...request, requestId: exportId }, 'EXPORT', result, facts, false);
    return { decisionId, requestId: exportId, result, token: null };
  }

  private async store(
    id: string,
    request: { readonly requestId: string; readonly caseId: string; readonly requesterId: string },
    stage: GateStage,
    result: GateResult,
    facts: GateFacts | ExportFacts | null,
    tokenIssued: boolean,
  ): Promise<void> {
    const decision: StoredDecision = {
      id,
      requestId: request.requestId,
      caseId: request.caseId,
      requesterId: request.requesterId,
      stage,
      decision: result.decision,
      reasonsJson: JSON.stringify(result.reasons),
      clauses: [...new Set(result.reasons.map((r) => r.clause))],
      ruleIds: result.reasons.map((r) => r.ruleId),
      inputsJson: JSON.stringify(request),
      factsJson: JSON.stringify(facts),
      policyVersion: result.policyVersion,
      decidedAt: facts?.now ?? this.clock().toISOString(),
      expiresAt: result.expiresAt,
      authorizationId: result.authorizationId,
      tokenIssued,
    };
    await this.deps.decisions.createDecision(decision);
  }
}

/** The claims a token carries for an ALLOW decision. */
function claimsOf(decisionId: string, request: CollectionRequest, result: GateResult): DecisionClaims {
  return {
    decisionId,
    requestId: request.requestId,
    caseId: request.caseId,
    platform: request.target.platform,
    targetKind: request.target.kind,
    targetValue: request.target.value,
    method: request.method,
    exp: Math.floor(Date.parse(result.expiresAt) / 1000),
    policyVersion: result.policyVersion,
  };
}
