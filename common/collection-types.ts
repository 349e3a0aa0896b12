/**
 * Shared vocabulary of collection: purposes, methods, targets, and what the gate hands the
 * collectors. The server (gate, pipeline), collectors/ and evidence/ all speak these types.
 */
import { PLATFORMS, type Platform } from '../collectors/platforms.js';

/** The five investigative purposes of SO1301 III.A.2.a. */
export const PURPOSES = [
  'MISSING_PERSON',
  'WANTED_PERSON',
  'GANG_ACTIVITY',
  'ONLINE_CRIME',
  'CRIME_FOOTAGE',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Methods a collector may declare (DESIGN.md §3). */
export const ALLOWED_METHODS = [
  'PUBLIC_API',
  'PUBLIC_WEB',
  'API_WITH_KEY',
  'PRESERVATION_REQUEST',
  'WITNESS_CONSENT',
  'AUTHENTICATED_SESSION',
  'UNDERCOVER_ACCOUNT',
] as const;

/** Methods no authorization unlocks. */
export const FORBIDDEN_METHODS = [
  'BYPASS_ACCESS_CONTROL',
  'OTHERS_CREDENTIALS',
  'EXPLOIT_VULNERABILITY',
  'PURCHASED_BREACH_DATA',
  'PRIVATE_CONTENT_WITHOUT_PROCESS',
] as const;

export const METHODS = [...ALLOWED_METHODS, ...FORBIDDEN_METHODS] as const;
export type CollectionMethod = (typeof METHODS)[number];

// The platform list comes from the collectors' manifests (collectors/platforms.ts).
export { PLATFORMS, type Platform };

export const TARGET_KINDS = ['handle', 'url', 'hashtag', 'search'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** How far a collection reaches from its target; anything beyond one account is bulk. */
export const SCOPES = ['ACCOUNT', 'POSTS', 'FOLLOWERS', 'TAG'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * How far a collection reaches: the declared scopes, and SEARCH for a search. Where the kind of
 * target settles it, the kind wins over the declared scope (a hashtag always reaches a whole tag, a
 * search every match); a handle or URL reaches what its scope says. The gate decides on this reach
 * and every collector collects no more than it, so both read it from here.
 */
export const REACHES = [...SCOPES, 'SEARCH'] as const;
export type Reach = (typeof REACHES)[number];

/** The reach of a target. */
export function reachOf(target: { readonly kind: TargetKind; readonly scope: Scope }): Reach {
  if (target.kind === 'hashtag') return 'TAG';
  if (target.kind === 'search') return 'SEARCH';
  return target.scope;
}

export interface CollectionTarget {
  readonly platform: Platform;
  readonly kind: TargetKind;
  /** A handle (`@user@instance`, `user.bsky.social`), URL, hashtag without `#`, or search text. */
  readonly value: string;
  readonly scope: Scope;
}

export type Device =
  | { readonly kind: 'DEPARTMENT'; readonly id: string }
  | {
      readonly kind: 'PERSONAL';
      readonly id: string;
      /** The written permission for a personally owned device (SO1301 III.A.1.c.2). */
      readonly permissionReference: string | null;
    };

export const DECISIONS = ['ALLOW', 'DENY', 'NEEDS_AUTHORIZATION'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * What a gate decision token proves, bound to one job: the collectors' network layer makes no
 * request without verified claims that match the job's target and method and have not expired.
 */
export interface DecisionClaims {
  readonly decisionId: string;
  readonly requestId: string;
  readonly caseId: string;
  readonly platform: Platform;
  readonly targetKind: TargetKind;
  readonly targetValue: string;
  readonly method: CollectionMethod;
  /** Seconds since the epoch. */
  readonly exp: number;
  readonly policyVersion: string;
}

/** Roles an artifact plays in a capture. */
export const ARTIFACT_ROLES = ['warc', 'api-response', 'screenshot', 'dom', 'media', 'metadata'] as const;
export type ArtifactRole = (typeof ARTIFACT_ROLES)[number];

export interface ArtifactRef {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  readonly role: ArtifactRole;
  /** File name to use in an export (e.g. `capture.warc.gz`, `screenshot.png`). */
  readonly name: string;
}

/** What the job at hand is: a decision token must name exactly this request, target and method. */
export interface DecisionBinding {
  readonly requestId: string;
  readonly caseId?: string;
  readonly platform: DecisionClaims['platform'];
  readonly targetKind: DecisionClaims['targetKind'];
  readonly targetValue: string;
  readonly method: DecisionClaims['method'];
}

/** Verified claims for a binding, or AppError('GATE_DENIED'). The gate implements it. */
export interface DecisionVerifier {
  verify(token: string, expected: DecisionBinding): DecisionClaims;
}
