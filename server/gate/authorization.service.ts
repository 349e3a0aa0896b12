/**
 * The covert-method authorization workflow: a requester asks; a supervisor other than the
 * requester approves (with the written-permission reference) or rejects; it expires; anyone
 * responsible can revoke it. Every act, refused ones included, leaves an AuditEvent.
 */
import crypto from 'node:crypto';
import { AppError } from '../../common/errors.js';
import {
  METHODS,
  PLATFORMS,
  SCOPES,
  TARGET_KINDS,
  type CollectionMethod,
} from '../../common/collection-types.js';
import type {
  AuditEntry,
  AuthorizationRecord,
  AuthorizationRepository,
  AuthorizationStatus,
} from '../../graph/repositories/authorization.repository.js';
import type { GateService } from './gate.service.js';
import { EFFECTIVE_SCOPES } from './gate-types.js';
import { effectiveScope } from './rules/scope.rules.js';
import { needsLegalReview } from './authorization-requirements.js';

/** As it arrives from the API: platform and method are checked against the policy here. */
export interface AuthorizationRequestInput {
  readonly caseId: string;
  readonly platform: string;
  readonly method: string;
  readonly personaHandle: string;
  readonly justification: string;
  /** A bulk reach (all followers, a whole tag, a search) of exactly one target. */
  readonly bulk?: {
    readonly scope: string;
    readonly targetKind: string;
    readonly targetValue: string;
  } | null;
}

export interface ApprovalInput {
  readonly writtenPermissionReference: string;
  readonly legalReviewReference?: string | null;
  /** ISO-8601; at most the policy's authorizationMaxDays ahead. */
  readonly expiresAt: string;
}

const DAY_MS = 86_400_000;

/**
 * Audit events say what happened, never the case content behind it (the audit trail is read by
 * administrators, who have no need to know a covert request's justification or a supervisor's
 * reasons): those stay on the authorization, which only people who reach the case can read.
 */
const REASON_KEPT = 'reason recorded on the authorization';
const requestSummary = (a: AuthorizationRecord) =>
  `${a.method} on ${a.platform}${a.bulkScope ? `, bulk ${a.bulkScope}` : ''}`;

export class AuthorizationService {
  constructor(
    private readonly repo: AuthorizationRepository,
    private readonly gate: () => GateService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * A requester assigned to the case in a collecting role asks for a covert method, or for one bulk
   * reach (all followers, a whole tag, a search of one target) by any method that is not forbidden.
   */
  async request(actorId: string, input: AuthorizationRequestInput): Promise<AuthorizationRecord> {
    const policy = this.gate().policy.document;
    const { method, covert } = this.requestableMethod(input);
    const bulk = input.bulk ? this.bulkReach(input.bulk) : null;
    const platform = PLATFORMS.find((p) => p === input.platform);
    if (!platform) {
      throw new AppError('BAD_USER_INPUT', `unknown platform ${input.platform}`, { field: 'platform' });
    }
    if (covert && input.personaHandle.trim() === '') {
      throw new AppError('BAD_USER_INPUT', `personaHandle: ${method} needs the persona it will use`, {
        field: 'personaHandle',
      });
    }
    if (input.justification.trim().split(/\s+/).length < 5) {
      throw new AppError('BAD_USER_INPUT', 'justification: give at least five words', {
        field: 'justification',
      });
    }
    const user = await this.repo.userOnCase(actorId, input.caseId);
    if (!user || !user.assigned || !policy.roles.collecting.includes(user.role.toUpperCase())) {
      await this.repo.recordRefusal(
        this.audit(
          actorId,
          'AUTHORIZATION_REQUESTED',
          'REFUSED',
          input.caseId,
          '',
          'not assigned in a collecting role',
        ),
      );
      throw new AppError(
        'FORBIDDEN',
        'only a user assigned to the case in a collecting role may request an authorization',
      );
    }
    const record: AuthorizationRecord = {
      id: crypto.randomUUID(),
      caseId: input.caseId,
      platform,
      method,
      personaHandle: input.personaHandle.trim(),
      justification: input.justification.trim(),
      bulkScope: bulk?.scope ?? null,
      bulkTargetKind: bulk?.targetKind ?? null,
      bulkTargetValue: bulk?.targetValue ?? null,
      requesterId: actorId,
      requestedAt: this.clock().toISOString(),
      status: 'REQUESTED',
      approvedBy: null,
      decidedAt: null,
      decisionNote: null,
      writtenPermissionReference: null,
      legalReviewReference: null,
      expiresAt: null,
      revokedBy: null,
      revokedAt: null,
    };
    await this.repo.create(
      record,
      this.audit(
        actorId,
        'AUTHORIZATION_REQUESTED',
        'DONE',
        record.caseId,
        record.id,
        requestSummary(record),
      ),
    );
    return (await this.repo.find(record.id)) ?? record;
  }

  /** The method asked for: a covert one, or, for a bulk reach, any method that is not forbidden. */
  private requestableMethod(input: AuthorizationRequestInput): { method: CollectionMethod; covert: boolean } {
    const rules = this.gate().policy.document.collectionRules;
    const covert = rules.flatMap((r) =>
      r.condition.kind === 'covert-authorization' ? r.condition.methods : [],
    );
    const forbidden = rules.flatMap((r) =>
      r.condition.kind === 'forbidden-method' ? r.condition.methods : [],
    );
    const method = METHODS.find((m) => m === input.method);
    const isCovert = covert.some((m) => m === input.method);
    if (method && (isCovert || (input.bulk && !forbidden.some((m) => m === method)))) {
      return { method, covert: isCovert };
    }
    throw new AppError(
      'BAD_USER_INPUT',
      `method: ${input.method} is not a method that takes an authorization${input.bulk ? '' : ' (a public method needs one only for a bulk reach)'}`,
      { field: 'method' },
    );
  }

  /** A bulk reach as the gate will judge it: a bulk scope, and the one the target's kind implies. */
  private bulkReach(bulk: NonNullable<AuthorizationRequestInput['bulk']>) {
    const rule = this.gate()
      .policy.document.collectionRules.map((r) => r.condition)
      .find((c) => c.kind === 'bulk-authorization');
    const bulkScopes: readonly string[] = rule?.kind === 'bulk-authorization' ? rule.bulkScopes : [];
    const targetKind = TARGET_KINDS.find((k) => k === bulk.targetKind);
    const scope = EFFECTIVE_SCOPES.find((s) => s === bulk.scope);
    const targetValue = bulk.targetValue.trim();
    if (!targetKind || !scope || !targetValue || !bulkScopes.includes(scope)) {
      throw new AppError(
        'BAD_USER_INPUT',
        `bulk: name a scope among ${bulkScopes.join(', ')}, a target kind among ${TARGET_KINDS.join(', ')} and the target`,
        { field: 'bulk' },
      );
    }
    const declared = SCOPES.find((s) => s === scope) ?? 'POSTS';
    const derived = effectiveScope({
      platform: 'web',
      kind: targetKind,
      value: targetValue,
      scope: declared,
    });
    if (derived !== scope) {
      throw new AppError('BAD_USER_INPUT', `bulk: a ${targetKind} reaches scope ${derived}, not ${scope}`, {
        field: 'bulk',
      });
    }
    return { scope, targetKind, targetValue };
  }

  /** A supervisor other than the requester approves, recording the written permission. */
  async approve(actorId: string, id: string, input: ApprovalInput): Promise<AuthorizationRecord> {
    const auth = await this.decidable(actorId, id, 'AUTHORIZATION_APPROVED');
    const now = this.clock();
    const expires = Date.parse(input.expiresAt);
    const maxDays = this.gate().policy.document.authorizationMaxDays;
    if (input.writtenPermissionReference.trim() === '') {
      throw new AppError('BAD_USER_INPUT', 'an approval records the written-permission reference');
    }
    if (!Number.isFinite(expires) || expires <= now.getTime() || expires > now.getTime() + maxDays * DAY_MS) {
      throw new AppError(
        'BAD_USER_INPUT',
        `the expiry must be in the future and at most ${maxDays} days ahead`,
      );
    }
    const legalReview = input.legalReviewReference?.trim() || null;
    if (!legalReview && needsLegalReview(this.gate().policy.document, auth)) {
      throw new AppError(
        'BAD_USER_INPUT',
        `legalReviewReference: the policy requires a recorded legal review, since ${auth.platform}'s terms forbid fake or undisclosed accounts`,
        { field: 'legalReviewReference' },
      );
    }
    const changes: Partial<AuthorizationRecord> = {
      status: 'APPROVED',
      approvedBy: actorId,
      decidedAt: now.toISOString(),
      writtenPermissionReference: input.writtenPermissionReference.trim(),
      legalReviewReference: legalReview,
      expiresAt: new Date(expires).toISOString(),
    };
    const audit = this.audit(
      actorId,
      'AUTHORIZATION_APPROVED',
      'DONE',
      auth.caseId,
      auth.id,
      `approved until ${changes.expiresAt}`,
    );
    // Each supersession is audited at the instant of the approval that caused it.
    const superseded = (replaced: string): AuditEntry => ({
      ...this.audit(
        actorId,
        'AUTHORIZATION_SUPERSEDED',
        'DONE',
        auth.caseId,
        replaced,
        `superseded by ${auth.id}`,
      ),
      at: audit.at,
    });
    const done = await this.repo.approveSuperseding(auth.id, changes, audit, superseded);
    if (!done) {
      await this.refuse(
        actorId,
        auth,
        'AUTHORIZATION_APPROVED',
        `authorization is ${auth.status}`,
        'CONFLICT',
      );
    }
    return done!.approved;
  }

  /** A supervisor other than the requester rejects, saying why. */
  async reject(actorId: string, id: string, reason: string): Promise<AuthorizationRecord> {
    const auth = await this.decidable(actorId, id, 'AUTHORIZATION_REJECTED');
    const changes = {
      status: 'REJECTED' as const,
      decidedAt: this.clock().toISOString(),
      decisionNote: reason.trim(),
    };
    return this.apply(auth, ['REQUESTED'], changes, actorId, 'AUTHORIZATION_REJECTED', REASON_KEPT);
  }

  /** The requester or a supervisor withdraws a requested or approved authorization. */
  async revoke(actorId: string, id: string, reason: string): Promise<AuthorizationRecord> {
    const auth = await this.mustFind(id);
    const user = await this.repo.userOnCase(actorId, auth.caseId);
    const approving = this.gate().policy.document.roles.approving;
    const oversees = user !== null && user.reaches && approving.includes(user.role.toUpperCase());
    if (actorId !== auth.requesterId && !oversees) {
      await this.refuse(actorId, auth, 'AUTHORIZATION_REVOKED', 'neither the requester nor a supervisor');
    }
    const changes = {
      status: 'REVOKED' as const,
      revokedBy: actorId,
      revokedAt: this.clock().toISOString(),
      decisionNote: reason.trim(),
    };
    return this.apply(
      auth,
      ['REQUESTED', 'APPROVED'],
      changes,
      actorId,
      'AUTHORIZATION_REVOKED',
      REASON_KEPT,
    );
  }

  /** Loads an authorization the actor may decide: a supervisor who is not its requester. */
  private async decidable(actorId: string, id: string, action: string): Promise<AuthorizationRecord> {
    const auth = await this.mustFind(id);
    if (auth.requesterId === actorId)
      await this.refuse(actorId, auth, action, 'requester may not decide their own authorization');
    const user = await this.repo.userOnCase(actorId, auth.caseId);
    const approving = this.gate().policy.document.roles.approving;
    if (!user || !approving.includes(user.role.toUpperCase())) {
      await this.refuse(actorId, auth, action, `role ${user?.role ?? 'none'} may not decide authorizations`);
    }
    // Only a supervisor who oversees the case (assigned, or of its unit) decides for it.
    if (!user!.reaches)
      await this.refuse(actorId, auth, action, 'the case is not one the supervisor oversees');
    return auth;
  }

  private async apply(
    auth: AuthorizationRecord,
    from: AuthorizationStatus[],
    changes: Partial<AuthorizationRecord>,
    actorId: string,
    action: string,
    detail: string,
  ): Promise<AuthorizationRecord> {
    const updated = await this.repo.transition(
      auth.id,
      from,
      changes,
      this.audit(actorId, action, 'DONE', auth.caseId, auth.id, detail),
    );
    if (!updated) await this.refuse(actorId, auth, action, `authorization is ${auth.status}`, 'CONFLICT');
    return updated!;
  }

  private async mustFind(id: string): Promise<AuthorizationRecord> {
    const auth = await this.repo.find(id);
    if (!auth) throw new AppError('NOT_FOUND', `no authorization ${id}`);
    return auth;
  }

  private async refuse(
    actorId: string,
    auth: AuthorizationRecord,
    action: string,
    why: string,
    code: 'FORBIDDEN' | 'CONFLICT' = 'FORBIDDEN',
  ): Promise<never> {
    await this.repo.recordRefusal(this.audit(actorId, action, 'REFUSED', auth.caseId, auth.id, why));
    throw new AppError(code, `${action.toLowerCase().replace(/_/g, ' ')} refused: ${why}`);
  }

  private audit(
    actorId: string,
    action: string,
    outcome: AuditEntry['outcome'],
    caseId: string,
    subjectId: string,
    detail: string,
  ): AuditEntry {
    return {
      id: crypto.randomUUID(),
      at: this.clock().toISOString(),
      actorId,
      action,
      outcome,
      caseId,
      subjectId,
      detail,
    };
  }
}
