/**
 * What the gate decides on and what it answers. The evaluator is a pure function of these
 * values, so the same request, facts and policy always give the same decision.
 */
import { REACHES, type Reach } from '../../common/collection-types.js';
import type {
  CollectionMethod,
  CollectionTarget,
  Decision,
  Device,
  Platform,
  TargetKind,
} from '../../common/collection-types.js';

/**
 * How far a collection reaches once the gate has derived it from the target: the declared scopes,
 * and SEARCH for a search, which reaches every post that matches whatever scope was declared.
 */
export const EFFECTIVE_SCOPES = REACHES;
export type EffectiveScope = Reach;

/** What the requested content is: public, or something only legal process may reach. */
export const CONTENT_KINDS = ['PUBLIC', 'NON_PUBLIC', 'PROVIDER_RECORDS'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export interface Persona {
  /** The persona's handle on the platform; authorizations name it. */
  readonly handle: string;
  readonly displayName: string;
  readonly avatarSha256: string | null;
}

export interface Predicate {
  /** Report or incident number; for a missing person, the missing-person report number. */
  readonly reportNumber: string;
  /** Specific, articulable facts that tie the target to criminal conduct. */
  readonly facts: string;
  /**
   * For bulk scopes (followers, a whole tag): the requester's account of why the whole set is
   * relevant. Recorded and read for protected activity, but it never grants bulk scope: only a
   * supervisor's authorization does (text can be boilerplate or copied).
   */
  readonly bulkFacts: string | null;
}

/** One collection as a requester asks for it. Purpose and method stay strings until checked. */
export interface CollectionRequest {
  readonly requestId: string;
  readonly caseId: string;
  readonly requesterId: string;
  readonly purpose: string;
  readonly target: CollectionTarget;
  readonly method: CollectionMethod;
  readonly content: ContentKind;
  readonly device: Device;
  readonly persona: Persona | null;
  readonly predicate: Predicate;
  /** Steps the collector will perform beyond looking (FOLLOW, LIKE, JOIN, MESSAGE...). */
  readonly steps: readonly string[];
  /** Reference of the participant's written consent (WITNESS_CONSENT). */
  readonly consentReference: string | null;
}

/** The bulk expansion a supervisor authorized: one (effective) scope of one target. */
export interface BulkGrant {
  readonly scope: EffectiveScope;
  readonly targetKind: TargetKind;
  readonly targetValue: string;
}

/** An authorization as the gate sees it at evaluation time. */
export interface AuthorizationFact {
  readonly id: string;
  readonly caseId: string;
  readonly platform: Platform;
  readonly method: CollectionMethod;
  /** The persona it names; empty for a method that uses none (a bulk grant for PUBLIC_API). */
  readonly personaHandle: string;
  /**
   * The bulk expansion it covers. Absent or null, it covers none: an authorization for a covert
   * method does not also grant all followers or a whole tag.
   */
  readonly bulk?: BulkGrant | null;
  readonly requesterId: string;
  readonly status: 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'REVOKED' | 'SUPERSEDED';
  readonly approvedBy: string | null;
  /** The approver's name, for findings. */
  readonly approverName?: string | null;
  readonly writtenPermissionReference: string | null;
  readonly legalReviewReference: string | null;
  /** ISO-8601. */
  readonly expiresAt: string | null;
}

/** The user a request is made by, as the gate sees them. */
export interface RequesterFact {
  readonly id: string;
  /** The requester's name; findings name people, not user ids. */
  readonly name?: string | null;
  readonly role: string;
  readonly assignedToCase: boolean;
}

/** Everything outside the request that the rules need, loaded from the graph by the caller. */
export interface GateFacts {
  /** ISO-8601 instant the decision is made at. */
  readonly now: string;
  readonly case: {
    readonly id: string;
    /** The case number people know it by; findings name the case by it. */
    readonly number?: string | null;
    readonly purpose: string;
    readonly status: string;
  } | null;
  readonly requester: RequesterFact | null;
  readonly authorizations: readonly AuthorizationFact[];
  /** Names and avatar hashes of department members, which a persona may not carry. */
  readonly officerRoster: { readonly names: readonly string[]; readonly avatarSha256s: readonly string[] };
}

export interface Reason {
  readonly ruleId: string;
  readonly clause: string;
  readonly text: string;
  readonly remedy: string;
  /** What the rule found in this request, in plain words. */
  readonly finding: string;
}

export interface GateResult {
  readonly decision: Decision;
  /** On ALLOW the rules that grounded it; otherwise the rules not met. */
  readonly reasons: readonly Reason[];
  readonly policyVersion: string;
  /** ISO-8601; a token issued for this decision expires then. */
  readonly expiresAt: string;
  /** The authorization the decision relied on, for covert methods. */
  readonly authorizationId: string | null;
}

/** The outcome of one rule on one request. */
export type RuleOutcome =
  | { readonly status: 'PASS'; readonly finding: string; readonly authorizationId?: string | null }
  | { readonly status: 'FAIL'; readonly finding: string }
  | { readonly status: 'NOT_APPLICABLE' };

export interface ExportRequest {
  readonly caseId: string;
  readonly requesterId: string;
  readonly recipient: {
    readonly name: string;
    /** The recipient's casegraph user, when they have one. */
    readonly userId: string | null;
    readonly lawEnforcement: boolean;
  };
  readonly reason: string;
  readonly imminentDanger: boolean;
}

export interface ExportFacts {
  readonly now: string;
  readonly case: { readonly id: string; readonly number?: string | null; readonly status: string } | null;
  readonly requester: RequesterFact | null;
  readonly recipientAssignedToCase: boolean;
}
