/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A supervisor's approval. */
export type AuthorizationApprovalInput = {
  /** When the approval ends (ISO-8601). */
  readonly expiresAt: string;
  /** Reference of the legal review, where needed. */
  readonly legalReviewReference?: string | null | undefined;
  /** Reference of the written permission. */
  readonly writtenPermissionReference: string;
};

/** A request for a supervisor's written authorization of a covert method. */
export type AuthorizationRequestInput = {
  /** For a bulk reach (all followers, a whole tag, a search): exactly which one. */
  readonly bulk?: BulkReachInput | null | undefined;
  /** The case. */
  readonly caseId: string | number;
  /** Why it is needed. */
  readonly justification: string;
  /** The covert method, or for a bulk reach the method the collection will use. */
  readonly method: string;
  /** The persona to use (empty for a bulk reach by a method that uses none). */
  readonly personaHandle: string;
  /** The platform. */
  readonly platform: string;
};

/** The one bulk reach an authorization asks for: its scope and the target it applies to. */
export type BulkReachInput = {
  /** FOLLOWERS, TAG or SEARCH, as the gate derives it from the target. */
  readonly scope: string;
  /** handle, url, hashtag or search. */
  readonly targetKind: string;
  /** The handle, URL, tag or search. */
  readonly targetValue: string;
};

/** Whether a case still takes collections. */
export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

/** What changed between two readings of one account or post by a case's own captures. */
export type ChangeKind =
  /** A re-capture of the same listing, whose time window covers the post, no longer holds it. */
  | 'DELETED_POST'
  /** The post's text, title, media or edited time differ, or the platform's edit history shows an earlier version. */
  | 'EDITED_POST'
  /** A re-capture of an account's listing holds a post the case never saw. */
  | 'NEW_POST'
  /** The account's handle, display name, bio or avatar differ. */
  | 'PROFILE_CHANGED';

/** A request to collect, decided by the gate. */
export type CollectionRequestInput = {
  /** The case. */
  readonly caseId: string | number;
  /** Reference of the participant's written consent (WITNESS_CONSENT). */
  readonly consentReference?: string | null | undefined;
  /** PUBLIC, NON_PUBLIC or PROVIDER_RECORDS */
  readonly content?: string;
  /** The device used. */
  readonly device: DeviceInput;
  /** How (PUBLIC_API, PUBLIC_WEB, …, or a forbidden method, which is always denied). */
  readonly method: string;
  /** The persona, for covert methods. */
  readonly persona?: PersonaInput | null | undefined;
  /** The report and facts behind the request. */
  readonly predicate: PredicateInput;
  /** One of the five SO1301 III.A.2.a purposes; must match the case. */
  readonly purpose: string;
  /** Steps beyond looking (FOLLOW, LIKE, JOIN, MESSAGE ...). */
  readonly steps?: ReadonlyArray<string>;
  /** What to collect. */
  readonly target: CollectionTargetInput;
};

/** What to collect. */
export type CollectionTargetInput = {
  /** handle, url, hashtag or search */
  readonly kind: string;
  /** mastodon, bluesky, reddit, rss, telegram or web. */
  readonly platform: string;
  /** ACCOUNT, POSTS, FOLLOWERS or TAG */
  readonly scope: string;
  /** The handle, URL, hashtag (without #) or search text. */
  readonly value: string;
};

/** The device the collection is made from. */
export type DeviceInput = {
  /** The device's inventory id. */
  readonly id: string;
  /** DEPARTMENT or PERSONAL */
  readonly kind: string;
  /** Written permission for a personally owned device (SO1301 III.A.1.c.2). */
  readonly permissionReference?: string | null | undefined;
};

/** ALLOW, DENY or NEEDS_AUTHORIZATION. */
export type GateOutcome =
  | 'ALLOW'
  | 'DENY'
  | 'NEEDS_AUTHORIZATION';

/** An account to add, by handle or by URL. */
export type NewAccountInput = {
  /** Handle (e.g. alice@kc.social). */
  readonly handle?: string | null | undefined;
  /** Platform name. */
  readonly platform: string;
  /** Profile URL. */
  readonly url?: string | null | undefined;
};

/** A new case. */
export type NewCaseInput = {
  /** Free text. */
  readonly description?: string | null | undefined;
  /** The department's case or report number. */
  readonly number: string;
  /** The SO1301 III.A.2.a purpose. */
  readonly purpose: Purpose;
  /** Short title. */
  readonly title: string;
};

/** A person of interest to add. */
export type NewPersonInput = {
  /** Name as known. */
  readonly name: string;
  /** Free text. */
  readonly notes?: string | null | undefined;
  /** How the person figures in the case. */
  readonly role: PersonRole;
};

/** Changes to a person; fields left out stay as they are. */
export type PersonChangesInput = {
  /** Name as known. */
  readonly name?: string | null | undefined;
  /** Free text. */
  readonly notes?: string | null | undefined;
  /** How the person figures in the case. */
  readonly role?: PersonRole | null | undefined;
};

/** How a person figures in a case. */
export type PersonRole =
  | 'MISSING'
  | 'SUSPECT'
  | 'VICTIM'
  | 'WANTED'
  | 'WITNESS';

/** The persona a covert method uses. */
export type PersonaInput = {
  /** SHA-256 of the persona's picture. */
  readonly avatarSha256?: string | null | undefined;
  /** The persona's display name. */
  readonly displayName: string;
  /** The persona's handle. */
  readonly handle: string;
};

/** Why the target is lawful to collect: the report and the facts. */
export type PredicateInput = {
  /** Why a bulk scope (all followers, a whole tag) is relevant. */
  readonly bulkFacts?: string | null | undefined;
  /** The specific facts that tie the target to the case. */
  readonly facts: string;
  /** The report or missing-person report number. */
  readonly reportNumber: string;
};

/** The five investigative purposes of SO1301 III.A.2.a. */
export type Purpose =
  | 'CRIME_FOOTAGE'
  | 'GANG_ACTIVITY'
  | 'MISSING_PERSON'
  | 'ONLINE_CRIME'
  | 'WANTED_PERSON';

/** What a user may do across casegraph; per-case powers follow from it and from case assignment. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'DETECTIVE'
  | 'PROSECUTOR'
  | 'SUPERVISOR';

/** ACTIVE (runs at its interval), PAUSED, STOPPED (casegraph stopped it: see stopReason) or ENDED. */
export type WatchStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED'
  | 'STOPPED';

export type SignedInUserFragment = { readonly id: string, readonly username: string, readonly displayName: string, readonly role: Role, readonly unit: string | null };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { readonly me: { readonly id: string, readonly username: string, readonly displayName: string, readonly role: Role, readonly unit: string | null } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { readonly logout: boolean };

export type DrawnNodeFragment = { readonly ref: string, readonly kind: string, readonly label: string | null };

export type DrawnEdgeFragment = { readonly from: string, readonly to: string, readonly type: string };

export type LinkCandidatesQueryVariables = Exact<{
  c: string | number;
}>;


export type LinkCandidatesQuery = { readonly linkCandidates: ReadonlyArray<{ readonly a: string, readonly b: string, readonly score: number, readonly blockedBy: ReadonlyArray<string>, readonly artifacts: ReadonlyArray<string>, readonly fingerprint: string, readonly features: ReadonlyArray<{ readonly name: string, readonly strength: number, readonly weight: number, readonly detail: string, readonly evidence: ReadonlyArray<string>, readonly artifacts: ReadonlyArray<string> }> }> };

export type ConfirmLinkMutationVariables = Exact<{
  c: string | number;
  a: string;
  b: string;
  r?: string | null | undefined;
}>;


export type ConfirmLinkMutation = { readonly confirmLink: { readonly kind: string } };

export type RejectLinkMutationVariables = Exact<{
  c: string | number;
  a: string;
  b: string;
  r?: string | null | undefined;
}>;


export type RejectLinkMutation = { readonly rejectLink: { readonly kind: string } };

export type CommunitiesQueryVariables = Exact<{
  c: string | number;
}>;


export type CommunitiesQuery = { readonly communities: { readonly modularity: number, readonly accounts: number, readonly edges: number, readonly communities: ReadonlyArray<{ readonly id: number, readonly members: ReadonlyArray<{ readonly ref: string, readonly label: string | null }> }> }, readonly centralAccounts: ReadonlyArray<{ readonly ref: string, readonly label: string | null, readonly degree: number, readonly betweenness: number }> };

export type ArtifactCapturesQueryVariables = Exact<{
  c: string | number;
  s: ReadonlyArray<string> | string;
}>;


export type ArtifactCapturesQuery = { readonly artifactCaptures: ReadonlyArray<{ readonly sha256: string, readonly captureId: string, readonly name: string | null, readonly kind: string | null, readonly platform: string | null, readonly targetValue: string | null, readonly startedAt: string | null }> };

export type MediaSpreadQueryVariables = Exact<{
  c: string | number;
  sha: string;
}>;


export type MediaSpreadQuery = { readonly mediaSpread: ReadonlyArray<{ readonly post: string, readonly account: string, readonly handle: string | null, readonly postedAt: string | null, readonly kind: string, readonly via: string | null, readonly artifacts: ReadonlyArray<string> }> };

export type SearchPostsQueryVariables = Exact<{
  c: string | number;
  q: string;
}>;


export type SearchPostsQuery = { readonly searchPosts: { readonly words: ReadonlyArray<string>, readonly hits: ReadonlyArray<{ readonly ref: string, readonly platform: string, readonly url: string | null, readonly text: string | null, readonly postedAt: string | null, readonly authorRef: string | null, readonly authorHandle: string | null, readonly authorName: string | null, readonly captureIds: ReadonlyArray<string> }> } };

export type ColleaguesQueryVariables = Exact<{
  s: string;
}>;


export type ColleaguesQuery = { readonly colleagues: ReadonlyArray<{ readonly id: string, readonly username: string, readonly displayName: string, readonly role: Role }> };

export type AssignUserMutationVariables = Exact<{
  c: string | number;
  u: string | number;
}>;


export type AssignUserMutation = { readonly assignUser: { readonly id: string } };

export type AuditEventsQueryVariables = Exact<{
  c?: string | number | null | undefined;
  a?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { readonly auditEvents: { readonly endCursor: string | null, readonly nodes: ReadonlyArray<{ readonly id: string, readonly at: string, readonly actorId: string | null, readonly actorName: string | null, readonly action: string, readonly outcome: string, readonly caseId: string | null, readonly subjectType: string, readonly subjectId: string | null, readonly detail: string | null, readonly ip: string | null }> } };

export type AuditPeopleOfCaseQueryVariables = Exact<{
  c: string | number;
}>;


export type AuditPeopleOfCaseQuery = { readonly case: { readonly assignees: ReadonlyArray<{ readonly id: string, readonly username: string, readonly displayName: string, readonly role: Role }> } };

export type AuditAllUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditAllUsersQuery = { readonly users: ReadonlyArray<{ readonly id: string, readonly username: string, readonly displayName: string, readonly role: Role }> };

export type AuditCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditCasesQuery = { readonly cases: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly number: string, readonly title: string }> } };

export type AuthorizationsQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type AuthorizationsQuery = { readonly authorizations: ReadonlyArray<{ readonly id: string, readonly caseId: string, readonly platform: string, readonly method: string, readonly personaHandle: string, readonly justification: string, readonly requesterId: string, readonly requesterName: string | null, readonly requestedAt: string, readonly status: string, readonly expired: boolean, readonly decidedAt: string | null, readonly decisionNote: string | null, readonly writtenPermissionReference: string | null, readonly legalReviewReference: string | null, readonly expiresAt: string | null, readonly caseNumber: string | null, readonly approverName: string | null, readonly requirements: ReadonlyArray<string>, readonly legalReviewRequired: boolean, readonly supersededBy: string | null }> };

export type ApproveAuthorizationMutationVariables = Exact<{
  id: string | number;
  input: AuthorizationApprovalInput;
}>;


export type ApproveAuthorizationMutation = { readonly approveAuthorization: { readonly id: string } };

export type RejectAuthorizationMutationVariables = Exact<{
  id: string | number;
  r: string;
}>;


export type RejectAuthorizationMutation = { readonly rejectAuthorization: { readonly id: string } };

export type RevokeAuthorizationMutationVariables = Exact<{
  id: string | number;
  r: string;
}>;


export type RevokeAuthorizationMutation = { readonly revokeAuthorization: { readonly id: string } };

export type CaptureQueryVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type CaptureQuery = { readonly capture: { readonly id: string, readonly recordJson: string, readonly artifacts: ReadonlyArray<{ readonly sha256: string, readonly size: number, readonly mediaType: string | null, readonly name: string, readonly kind: string, readonly downloadPath: string }>, readonly decision: { readonly decision: GateOutcome, readonly stage: string, readonly clauses: ReadonlyArray<string>, readonly policyVersion: string, readonly decidedAt: string, readonly reasons: ReadonlyArray<{ readonly clause: string, readonly finding: string }> } | null, readonly custody: ReadonlyArray<{ readonly seq: number, readonly at: string, readonly type: string, readonly actorName: string, readonly hash: string }> } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { readonly case: { readonly id: string, readonly number: string, readonly title: string, readonly purpose: Purpose, readonly purposeClause: string, readonly status: CaseStatus, readonly createdAt: string, readonly assignees: ReadonlyArray<{ readonly username: string, readonly displayName: string, readonly role: Role }>, readonly persons: ReadonlyArray<{ readonly ref: string, readonly name: string, readonly role: PersonRole }>, readonly accounts: ReadonlyArray<{ readonly ref: string, readonly platform: string, readonly handle: string | null, readonly displayName: string | null }>, readonly captures: ReadonlyArray<{ readonly id: string, readonly platform: string | null, readonly targetValue: string | null, readonly status: string | null, readonly startedAt: string | null, readonly requestId: string | null, readonly errorWords: string | null }>, readonly graph: { readonly nodes: ReadonlyArray<{ readonly ref: string, readonly kind: string, readonly label: string | null }>, readonly edges: ReadonlyArray<{ readonly from: string, readonly to: string, readonly type: string }> } } };

export type CaseListQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: CaseStatus | null | undefined;
}>;


export type CaseListQuery = { readonly cases: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly number: string, readonly title: string, readonly purpose: Purpose, readonly status: CaseStatus, readonly counts: { readonly persons: number, readonly accounts: number, readonly posts: number, readonly captures: number } }> } };

export type CreateCaseMutationVariables = Exact<{
  input: NewCaseInput;
}>;


export type CreateCaseMutation = { readonly createCase: { readonly id: string } };

export type StartCollectionMutationVariables = Exact<{
  input: CollectionRequestInput;
}>;


export type StartCollectionMutation = { readonly startCollection: { readonly jobId: string | null, readonly decision: { readonly decision: GateOutcome, readonly clauses: ReadonlyArray<string> } } };

export type CollectionJobQueryVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type CollectionJobQuery = { readonly collectionJob: { readonly state: string, readonly stage: string | null, readonly captureId: string | null, readonly error: string | null, readonly failure: string | null, readonly attempts: number, readonly maxAttempts: number, readonly retryAt: string | null } };

export type EvaluateCollectionMutationVariables = Exact<{
  input: CollectionRequestInput;
}>;


export type EvaluateCollectionMutation = { readonly evaluateCollection: { readonly decision: GateOutcome, readonly clauses: ReadonlyArray<string>, readonly policyVersion: string, readonly reasons: ReadonlyArray<{ readonly ruleId: string, readonly clause: string, readonly text: string, readonly remedy: string, readonly finding: string }> } };

export type ExportableCaptureFragment = { readonly id: string, readonly platform: string | null, readonly targetValue: string | null, readonly status: string | null, readonly startedAt: string | null, readonly requestId: string | null, readonly errorWords: string | null };

export type ExportsQueryVariables = Exact<{
  c: string | number;
}>;


export type ExportsQuery = { readonly exports: ReadonlyArray<{ readonly id: string, readonly status: string, readonly captureIds: ReadonlyArray<string> | null, readonly createdAt: string, readonly finishedAt: string | null, readonly sha256: string | null, readonly size: number | null, readonly error: string | null, readonly reason: string, readonly downloadPath: string | null }> };

export type StartExportMutationVariables = Exact<{
  c: string | number;
  ids?: ReadonlyArray<string | number> | string | number | null | undefined;
  r: string;
}>;


export type StartExportMutation = { readonly startExport: { readonly id: string } };

export type NeighbourhoodQueryVariables = Exact<{
  c: string | number;
  ref: string;
}>;


export type NeighbourhoodQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly ref: string, readonly kind: string, readonly label: string | null }>, readonly edges: ReadonlyArray<{ readonly from: string, readonly to: string, readonly type: string }> } };

export type ShortestPathQueryVariables = Exact<{
  c: string | number;
  from: string;
  to: string;
}>;


export type ShortestPathQuery = { readonly shortestPath: { readonly length: number, readonly nodes: ReadonlyArray<{ readonly ref: string, readonly kind: string, readonly label: string | null }>, readonly edges: ReadonlyArray<{ readonly from: string, readonly to: string, readonly type: string }> } | null };

export type NodeHistoryQueryVariables = Exact<{
  c: string | number;
  ref: string;
}>;


export type NodeHistoryQuery = { readonly nodeHistory: { readonly ref: string, readonly versions: ReadonlyArray<{ readonly hash: string, readonly fromEditHistory: boolean, readonly versionAt: string | null, readonly firstSeenAt: string, readonly reading: { readonly text: string | null, readonly handle: string | null, readonly displayName: string | null, readonly bio: string | null }, readonly captures: ReadonlyArray<{ readonly id: string, readonly startedAt: string | null, readonly targetValue: string | null }>, readonly diff: ReadonlyArray<{ readonly text: string, readonly added: boolean, readonly removed: boolean }> }> } };

export type CaseChangesQueryVariables = Exact<{
  c: string | number;
  kinds?: ReadonlyArray<ChangeKind> | ChangeKind | null | undefined;
  account?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseChangesQuery = { readonly changes: { readonly endCursor: string | null, readonly nodes: ReadonlyArray<{ readonly id: string, readonly kind: ChangeKind, readonly at: string, readonly summary: string, readonly subject: string, readonly diff: ReadonlyArray<{ readonly text: string, readonly added: boolean, readonly removed: boolean }> }> } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { readonly reviewQueue: ReadonlyArray<{ readonly id: string, readonly caseId: string, readonly caseNumber: string, readonly target: string | null, readonly enteredAt: string | null, readonly reviewDueAt: string | null, readonly charged: boolean, readonly purgePending: boolean }> };

export type KeepCaptureMutationVariables = Exact<{
  c: string | number;
  k: string | number;
  r: string;
  n: string;
}>;


export type KeepCaptureMutation = { readonly keepCapture: { readonly id: string } };

export type PurgeReviewedMutationVariables = Exact<{
  c: string | number;
  k: string | number;
  r: string;
}>;


export type PurgeReviewedMutation = { readonly purgeCapture: { readonly captureId: string, readonly custodyEvent: number, readonly removedPosts: number } };

export type LoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginMutation = { readonly login: { readonly id: string, readonly username: string, readonly displayName: string, readonly role: Role, readonly unit: string | null } };

export type NodeDetailsQueryVariables = Exact<{
  c: string | number;
  ref: string;
}>;


export type NodeDetailsQuery = { readonly node: { readonly ref: string, readonly propertiesJson: string, readonly sourceSha256s: ReadonlyArray<string>, readonly captures: ReadonlyArray<{ readonly id: string, readonly startedAt: string | null, readonly platform: string | null, readonly targetValue: string | null }> } };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { readonly notifications: ReadonlyArray<{ readonly id: string, readonly at: string, readonly kind: string, readonly message: string, readonly authorizationId: string, readonly caseId: string, readonly caseNumber: string, readonly decidedBy: string | null }> };

export type AddPersonMutationVariables = Exact<{
  c: string | number;
  input: NewPersonInput;
}>;


export type AddPersonMutation = { readonly addPerson: string };

export type AddAccountMutationVariables = Exact<{
  c: string | number;
  input: NewAccountInput;
}>;


export type AddAccountMutation = { readonly addAccount: string };

export type TieAccountMutationVariables = Exact<{
  c: string | number;
  p: string | number;
  a: string;
  confidence: number;
  basis: string;
}>;


export type TieAccountMutation = { readonly tieAccountToPerson: boolean };

export type CasePersonsQueryVariables = Exact<{
  c: string | number;
}>;


export type CasePersonsQuery = { readonly case: { readonly id: string, readonly persons: ReadonlyArray<{ readonly id: string, readonly name: string, readonly role: PersonRole, readonly notes: string | null, readonly ties: ReadonlyArray<{ readonly account: string, readonly platform: string, readonly handle: string | null, readonly displayName: string | null, readonly confidence: number, readonly basis: string, readonly tiedBy: string | null, readonly tiedAt: string | null }> }>, readonly accounts: ReadonlyArray<{ readonly ref: string, readonly platform: string, readonly handle: string | null, readonly displayName: string | null }> } };

export type UpdatePersonMutationVariables = Exact<{
  c: string | number;
  p: string | number;
  input: PersonChangesInput;
}>;


export type UpdatePersonMutation = { readonly updatePerson: boolean };

export type RemovePersonMutationVariables = Exact<{
  c: string | number;
  p: string | number;
  reason: string;
}>;


export type RemovePersonMutation = { readonly removePerson: boolean };

export type UntieAccountMutationVariables = Exact<{
  c: string | number;
  p: string | number;
  a: string;
  reason: string;
}>;


export type UntieAccountMutation = { readonly untieAccountFromPerson: boolean };

export type CaseRecordsQueryVariables = Exact<{
  c: string | number;
}>;


export type CaseRecordsQuery = { readonly me: { readonly role: Role } | null, readonly legalHolds: ReadonlyArray<{ readonly id: string, readonly captureId: string | null, readonly reason: string, readonly matter: string, readonly placedBy: string | null, readonly placedAt: string, readonly active: boolean, readonly releasedAt: string | null, readonly releasedBy: string | null, readonly releaseReason: string | null }>, readonly preservationLetters: ReadonlyArray<{ readonly id: string, readonly providerName: string, readonly targetValue: string, readonly writtenAt: string, readonly sentAt: string | null, readonly providerReference: string | null, readonly preservedUntil: string | null, readonly extensionReminderAt: string | null, readonly extensionDue: boolean, readonly files: ReadonlyArray<{ readonly sha256: string, readonly name: string }> }> };

export type PlaceLegalHoldMutationVariables = Exact<{
  c: string | number;
  reason: string;
  matter: string;
}>;


export type PlaceLegalHoldMutation = { readonly placeLegalHold: { readonly id: string } };

export type ReleaseLegalHoldMutationVariables = Exact<{
  c: string | number;
  id: string | number;
  reason: string;
}>;


export type ReleaseLegalHoldMutation = { readonly releaseLegalHold: { readonly id: string } };

export type RecordPreservationSentMutationVariables = Exact<{
  c: string | number;
  id: string | number;
  sentAt: string;
  ref?: string | null | undefined;
}>;


export type RecordPreservationSentMutation = { readonly recordPreservationSent: { readonly id: string } };

export type RequestAuthorizationMutationVariables = Exact<{
  input: AuthorizationRequestInput;
}>;


export type RequestAuthorizationMutation = { readonly requestAuthorization: { readonly id: string, readonly status: string } };

export type TimelineQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineQuery = { readonly case: { readonly timeline: ReadonlyArray<{ readonly kind: string, readonly at: string, readonly ref: string, readonly summary: string | null }>, readonly posts: ReadonlyArray<{ readonly ref: string, readonly postedAt: string | null, readonly authorHandle: string | null, readonly platform: string }> } };

export type WatchListQueryVariables = Exact<{
  c: string | number;
}>;


export type WatchListQuery = { readonly me: { readonly role: Role } | null, readonly watches: ReadonlyArray<{ readonly id: string, readonly target: string, readonly method: string, readonly requesterName: string, readonly intervalHours: number, readonly endsAt: string, readonly status: WatchStatus, readonly stopReason: string | null, readonly nextRunAt: string | null, readonly runs: number, readonly capturesMade: number, readonly lastRun: { readonly at: string, readonly result: string } | null }> };

export type CreateWatchMutationVariables = Exact<{
  input: CollectionRequestInput;
  hours: number;
  endsAt: string;
}>;


export type CreateWatchMutation = { readonly createWatch: { readonly watch: { readonly id: string, readonly target: string, readonly nextRunAt: string | null } } };

export type PauseWatchMutationVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type PauseWatchMutation = { readonly pauseWatch: { readonly id: string } };

export type ResumeWatchMutationVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type ResumeWatchMutation = { readonly resumeWatch: { readonly id: string } };

export type EndWatchMutationVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type EndWatchMutation = { readonly endWatch: { readonly id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SignedInUserFragmentDoc = new TypedDocumentString(`
    fragment SignedInUser on User {
  id
  username
  displayName
  role
  unit
}
    `, {"fragmentName":"SignedInUser"}) as unknown as TypedDocumentString<SignedInUserFragment, unknown>;
export const DrawnNodeFragmentDoc = new TypedDocumentString(`
    fragment DrawnNode on GraphNode {
  ref
  kind
  label
}
    `, {"fragmentName":"DrawnNode"}) as unknown as TypedDocumentString<DrawnNodeFragment, unknown>;
export const DrawnEdgeFragmentDoc = new TypedDocumentString(`
    fragment DrawnEdge on GraphEdge {
  from
  to
  type
}
    `, {"fragmentName":"DrawnEdge"}) as unknown as TypedDocumentString<DrawnEdgeFragment, unknown>;
export const ExportableCaptureFragmentDoc = new TypedDocumentString(`
    fragment ExportableCapture on CaptureSummary {
  id
  platform
  targetValue
  status
  startedAt
  requestId
  errorWords
}
    `, {"fragmentName":"ExportableCapture"}) as unknown as TypedDocumentString<ExportableCaptureFragment, unknown>;
export const SessionDocument = new TypedDocumentString(`
    query Session {
  me {
    ...SignedInUser
  }
}
    fragment SignedInUser on User {
  id
  username
  displayName
  role
  unit
}`) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LinkCandidatesDocument = new TypedDocumentString(`
    query LinkCandidates($c: ID!) {
  linkCandidates(caseId: $c, limit: 25) {
    a
    b
    score
    blockedBy
    artifacts
    fingerprint
    features {
      name
      strength
      weight
      detail
      evidence
      artifacts
    }
  }
}
    `) as unknown as TypedDocumentString<LinkCandidatesQuery, LinkCandidatesQueryVariables>;
export const ConfirmLinkDocument = new TypedDocumentString(`
    mutation ConfirmLink($c: ID!, $a: String!, $b: String!, $r: String) {
  confirmLink(caseId: $c, a: $a, b: $b, reason: $r) {
    kind
  }
}
    `) as unknown as TypedDocumentString<ConfirmLinkMutation, ConfirmLinkMutationVariables>;
export const RejectLinkDocument = new TypedDocumentString(`
    mutation RejectLink($c: ID!, $a: String!, $b: String!, $r: String) {
  rejectLink(caseId: $c, a: $a, b: $b, reason: $r) {
    kind
  }
}
    `) as unknown as TypedDocumentString<RejectLinkMutation, RejectLinkMutationVariables>;
export const CommunitiesDocument = new TypedDocumentString(`
    query Communities($c: ID!) {
  communities(caseId: $c) {
    modularity
    accounts
    edges
    communities {
      id
      members {
        ref
        label
      }
    }
  }
  centralAccounts(caseId: $c, limit: 15) {
    ref
    label
    degree
    betweenness
  }
}
    `) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const ArtifactCapturesDocument = new TypedDocumentString(`
    query ArtifactCaptures($c: ID!, $s: [String!]!) {
  artifactCaptures(caseId: $c, sha256s: $s) {
    sha256
    captureId
    name
    kind
    platform
    targetValue
    startedAt
  }
}
    `) as unknown as TypedDocumentString<ArtifactCapturesQuery, ArtifactCapturesQueryVariables>;
export const MediaSpreadDocument = new TypedDocumentString(`
    query MediaSpread($c: ID!, $sha: String!) {
  mediaSpread(caseId: $c, sha256: $sha) {
    post
    account
    handle
    postedAt
    kind
    via
    artifacts
  }
}
    `) as unknown as TypedDocumentString<MediaSpreadQuery, MediaSpreadQueryVariables>;
export const SearchPostsDocument = new TypedDocumentString(`
    query SearchPosts($c: ID!, $q: String!) {
  searchPosts(caseId: $c, query: $q, first: 50) {
    words
    hits {
      ref
      platform
      url
      text
      postedAt
      authorRef
      authorHandle
      authorName
      captureIds
    }
  }
}
    `) as unknown as TypedDocumentString<SearchPostsQuery, SearchPostsQueryVariables>;
export const ColleaguesDocument = new TypedDocumentString(`
    query Colleagues($s: String!) {
  colleagues(search: $s) {
    id
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<ColleaguesQuery, ColleaguesQueryVariables>;
export const AssignUserDocument = new TypedDocumentString(`
    mutation AssignUser($c: ID!, $u: ID!) {
  assignUser(caseId: $c, userId: $u) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignUserMutation, AssignUserMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($c: ID, $a: ID, $after: String) {
  auditEvents(caseId: $c, actorId: $a, after: $after, first: 100) {
    nodes {
      id
      at
      actorId
      actorName
      action
      outcome
      caseId
      subjectType
      subjectId
      detail
      ip
    }
    endCursor
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditPeopleOfCaseDocument = new TypedDocumentString(`
    query AuditPeopleOfCase($c: ID!) {
  case(id: $c) {
    assignees {
      id
      username
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AuditPeopleOfCaseQuery, AuditPeopleOfCaseQueryVariables>;
export const AuditAllUsersDocument = new TypedDocumentString(`
    query AuditAllUsers {
  users(first: 200) {
    id
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<AuditAllUsersQuery, AuditAllUsersQueryVariables>;
export const AuditCasesDocument = new TypedDocumentString(`
    query AuditCases {
  cases(first: 100) {
    nodes {
      id
      number
      title
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCasesQuery, AuditCasesQueryVariables>;
export const AuthorizationsDocument = new TypedDocumentString(`
    query Authorizations($s: String) {
  authorizations(status: $s, limit: 100) {
    id
    caseId
    platform
    method
    personaHandle
    justification
    requesterId
    requesterName
    requestedAt
    status
    expired
    decidedAt
    decisionNote
    writtenPermissionReference
    legalReviewReference
    expiresAt
    caseNumber
    approverName
    requirements
    legalReviewRequired
    supersededBy
  }
}
    `) as unknown as TypedDocumentString<AuthorizationsQuery, AuthorizationsQueryVariables>;
export const ApproveAuthorizationDocument = new TypedDocumentString(`
    mutation ApproveAuthorization($id: ID!, $input: AuthorizationApprovalInput!) {
  approveAuthorization(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApproveAuthorizationMutation, ApproveAuthorizationMutationVariables>;
export const RejectAuthorizationDocument = new TypedDocumentString(`
    mutation RejectAuthorization($id: ID!, $r: String!) {
  rejectAuthorization(id: $id, reason: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<RejectAuthorizationMutation, RejectAuthorizationMutationVariables>;
export const RevokeAuthorizationDocument = new TypedDocumentString(`
    mutation RevokeAuthorization($id: ID!, $r: String!) {
  revokeAuthorization(id: $id, reason: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeAuthorizationMutation, RevokeAuthorizationMutationVariables>;
export const CaptureDocument = new TypedDocumentString(`
    query Capture($c: ID!, $id: ID!) {
  capture(caseId: $c, id: $id) {
    id
    recordJson
    artifacts {
      sha256
      size
      mediaType
      name
      kind
      downloadPath
    }
    decision {
      decision
      stage
      clauses
      policyVersion
      decidedAt
      reasons {
        clause
        finding
      }
    }
    custody {
      seq
      at
      type
      actorName
      hash
    }
  }
}
    `) as unknown as TypedDocumentString<CaptureQuery, CaptureQueryVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  case(id: $id) {
    id
    number
    title
    purpose
    purposeClause
    status
    createdAt
    assignees {
      username
      displayName
      role
    }
    persons {
      ref
      name
      role
    }
    accounts(first: 200) {
      ref
      platform
      handle
      displayName
    }
    captures(first: 50) {
      ...ExportableCapture
    }
    graph(maxNodes: 2000) {
      nodes {
        ...DrawnNode
      }
      edges {
        ...DrawnEdge
      }
    }
  }
}
    fragment DrawnNode on GraphNode {
  ref
  kind
  label
}
fragment DrawnEdge on GraphEdge {
  from
  to
  type
}
fragment ExportableCapture on CaptureSummary {
  id
  platform
  targetValue
  status
  startedAt
  requestId
  errorWords
}`) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseListDocument = new TypedDocumentString(`
    query CaseList($search: String, $status: CaseStatus) {
  cases(first: 50, search: $search, status: $status) {
    nodes {
      id
      number
      title
      purpose
      status
      counts {
        persons
        accounts
        posts
        captures
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseListQuery, CaseListQueryVariables>;
export const CreateCaseDocument = new TypedDocumentString(`
    mutation CreateCase($input: NewCaseInput!) {
  createCase(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCaseMutation, CreateCaseMutationVariables>;
export const StartCollectionDocument = new TypedDocumentString(`
    mutation StartCollection($input: CollectionRequestInput!) {
  startCollection(input: $input) {
    jobId
    decision {
      decision
      clauses
    }
  }
}
    `) as unknown as TypedDocumentString<StartCollectionMutation, StartCollectionMutationVariables>;
export const CollectionJobDocument = new TypedDocumentString(`
    query CollectionJob($c: ID!, $id: ID!) {
  collectionJob(caseId: $c, id: $id) {
    state
    stage
    captureId
    error
    failure
    attempts
    maxAttempts
    retryAt
  }
}
    `) as unknown as TypedDocumentString<CollectionJobQuery, CollectionJobQueryVariables>;
export const EvaluateCollectionDocument = new TypedDocumentString(`
    mutation EvaluateCollection($input: CollectionRequestInput!) {
  evaluateCollection(input: $input) {
    decision
    clauses
    policyVersion
    reasons {
      ruleId
      clause
      text
      remedy
      finding
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluateCollectionMutation, EvaluateCollectionMutationVariables>;
export const ExportsDocument = new TypedDocumentString(`
    query Exports($c: ID!) {
  exports(caseId: $c) {
    id
    status
    captureIds
    createdAt
    finishedAt
    sha256
    size
    error
    reason
    downloadPath
  }
}
    `) as unknown as TypedDocumentString<ExportsQuery, ExportsQueryVariables>;
export const StartExportDocument = new TypedDocumentString(`
    mutation StartExport($c: ID!, $ids: [ID!], $r: String!) {
  startExport(caseId: $c, captureIds: $ids, reason: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartExportMutation, StartExportMutationVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($c: ID!, $ref: String!) {
  neighbourhood(caseId: $c, ref: $ref, hops: 1, maxNodes: 500) {
    nodes {
      ...DrawnNode
    }
    edges {
      ...DrawnEdge
    }
  }
}
    fragment DrawnNode on GraphNode {
  ref
  kind
  label
}
fragment DrawnEdge on GraphEdge {
  from
  to
  type
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($c: ID!, $from: String!, $to: String!) {
  shortestPath(caseId: $c, from: $from, to: $to, includeTopics: true) {
    length
    nodes {
      ...DrawnNode
    }
    edges {
      ...DrawnEdge
    }
  }
}
    fragment DrawnNode on GraphNode {
  ref
  kind
  label
}
fragment DrawnEdge on GraphEdge {
  from
  to
  type
}`) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const NodeHistoryDocument = new TypedDocumentString(`
    query NodeHistory($c: ID!, $ref: String!) {
  nodeHistory(caseId: $c, ref: $ref) {
    ref
    versions {
      hash
      fromEditHistory
      versionAt
      firstSeenAt
      reading {
        text
        handle
        displayName
        bio
      }
      captures {
        id
        startedAt
        targetValue
      }
      diff {
        text
        added
        removed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const CaseChangesDocument = new TypedDocumentString(`
    query CaseChanges($c: ID!, $kinds: [ChangeKind!], $account: String, $after: String) {
  changes(caseId: $c, kinds: $kinds, account: $account, first: 50, after: $after) {
    nodes {
      id
      kind
      at
      summary
      subject
      diff {
        text
        added
        removed
      }
    }
    endCursor
  }
}
    `) as unknown as TypedDocumentString<CaseChangesQuery, CaseChangesQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue {
  reviewQueue(first: 200) {
    id
    caseId
    caseNumber
    target
    enteredAt
    reviewDueAt
    charged
    purgePending
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const KeepCaptureDocument = new TypedDocumentString(`
    mutation KeepCapture($c: ID!, $k: ID!, $r: String!, $n: String!) {
  keepCapture(caseId: $c, captureId: $k, reason: $r, nextReviewAt: $n) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeepCaptureMutation, KeepCaptureMutationVariables>;
export const PurgeReviewedDocument = new TypedDocumentString(`
    mutation PurgeReviewed($c: ID!, $k: ID!, $r: String!) {
  purgeCapture(caseId: $c, captureId: $k, reason: $r, onReview: true) {
    captureId
    custodyEvent
    removedPosts
  }
}
    `) as unknown as TypedDocumentString<PurgeReviewedMutation, PurgeReviewedMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    ...SignedInUser
  }
}
    fragment SignedInUser on User {
  id
  username
  displayName
  role
  unit
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($c: ID!, $ref: String!) {
  node(caseId: $c, ref: $ref) {
    ref
    propertiesJson
    sourceSha256s
    captures {
      id
      startedAt
      platform
      targetValue
    }
  }
}
    `) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  notifications(limit: 50) {
    id
    at
    kind
    message
    authorizationId
    caseId
    caseNumber
    decidedBy
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const AddPersonDocument = new TypedDocumentString(`
    mutation AddPerson($c: ID!, $input: NewPersonInput!) {
  addPerson(caseId: $c, input: $input)
}
    `) as unknown as TypedDocumentString<AddPersonMutation, AddPersonMutationVariables>;
export const AddAccountDocument = new TypedDocumentString(`
    mutation AddAccount($c: ID!, $input: NewAccountInput!) {
  addAccount(caseId: $c, input: $input)
}
    `) as unknown as TypedDocumentString<AddAccountMutation, AddAccountMutationVariables>;
export const TieAccountDocument = new TypedDocumentString(`
    mutation TieAccount($c: ID!, $p: ID!, $a: String!, $confidence: Float!, $basis: String!) {
  tieAccountToPerson(
    caseId: $c
    personId: $p
    account: $a
    confidence: $confidence
    basis: $basis
  )
}
    `) as unknown as TypedDocumentString<TieAccountMutation, TieAccountMutationVariables>;
export const CasePersonsDocument = new TypedDocumentString(`
    query CasePersons($c: ID!) {
  case(id: $c) {
    id
    persons {
      id
      name
      role
      notes
      ties {
        account
        platform
        handle
        displayName
        confidence
        basis
        tiedBy
        tiedAt
      }
    }
    accounts(first: 500) {
      ref
      platform
      handle
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<CasePersonsQuery, CasePersonsQueryVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($c: ID!, $p: ID!, $input: PersonChangesInput!) {
  updatePerson(caseId: $c, personId: $p, input: $input)
}
    `) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const RemovePersonDocument = new TypedDocumentString(`
    mutation RemovePerson($c: ID!, $p: ID!, $reason: String!) {
  removePerson(caseId: $c, personId: $p, reason: $reason)
}
    `) as unknown as TypedDocumentString<RemovePersonMutation, RemovePersonMutationVariables>;
export const UntieAccountDocument = new TypedDocumentString(`
    mutation UntieAccount($c: ID!, $p: ID!, $a: String!, $reason: String!) {
  untieAccountFromPerson(caseId: $c, personId: $p, account: $a, reason: $reason)
}
    `) as unknown as TypedDocumentString<UntieAccountMutation, UntieAccountMutationVariables>;
export const CaseRecordsDocument = new TypedDocumentString(`
    query CaseRecords($c: ID!) {
  me {
    role
  }
  legalHolds(caseId: $c) {
    id
    captureId
    reason
    matter
    placedBy
    placedAt
    active
    releasedAt
    releasedBy
    releaseReason
  }
  preservationLetters(caseId: $c) {
    id
    providerName
    targetValue
    writtenAt
    sentAt
    providerReference
    preservedUntil
    extensionReminderAt
    extensionDue
    files {
      sha256
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRecordsQuery, CaseRecordsQueryVariables>;
export const PlaceLegalHoldDocument = new TypedDocumentString(`
    mutation PlaceLegalHold($c: ID!, $reason: String!, $matter: String!) {
  placeLegalHold(caseId: $c, reason: $reason, matter: $matter) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlaceLegalHoldMutation, PlaceLegalHoldMutationVariables>;
export const ReleaseLegalHoldDocument = new TypedDocumentString(`
    mutation ReleaseLegalHold($c: ID!, $id: ID!, $reason: String!) {
  releaseLegalHold(caseId: $c, holdId: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReleaseLegalHoldMutation, ReleaseLegalHoldMutationVariables>;
export const RecordPreservationSentDocument = new TypedDocumentString(`
    mutation RecordPreservationSent($c: ID!, $id: ID!, $sentAt: String!, $ref: String) {
  recordPreservationSent(
    caseId: $c
    letterId: $id
    sentAt: $sentAt
    providerReference: $ref
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordPreservationSentMutation, RecordPreservationSentMutationVariables>;
export const RequestAuthorizationDocument = new TypedDocumentString(`
    mutation RequestAuthorization($input: AuthorizationRequestInput!) {
  requestAuthorization(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestAuthorizationMutation, RequestAuthorizationMutationVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($id: ID!, $from: String, $to: String) {
  case(id: $id) {
    timeline(from: $from, to: $to, first: 500) {
      kind
      at
      ref
      summary
    }
    posts(from: $from, to: $to, first: 500) {
      ref
      postedAt
      authorHandle
      platform
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const WatchListDocument = new TypedDocumentString(`
    query WatchList($c: ID!) {
  me {
    role
  }
  watches(caseId: $c) {
    id
    target
    method
    requesterName
    intervalHours
    endsAt
    status
    stopReason
    nextRunAt
    runs
    capturesMade
    lastRun {
      at
      result
    }
  }
}
    `) as unknown as TypedDocumentString<WatchListQuery, WatchListQueryVariables>;
export const CreateWatchDocument = new TypedDocumentString(`
    mutation CreateWatch($input: CollectionRequestInput!, $hours: Int!, $endsAt: String!) {
  createWatch(input: $input, intervalHours: $hours, endsAt: $endsAt) {
    watch {
      id
      target
      nextRunAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWatchMutation, CreateWatchMutationVariables>;
export const PauseWatchDocument = new TypedDocumentString(`
    mutation PauseWatch($c: ID!, $id: ID!) {
  pauseWatch(caseId: $c, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PauseWatchMutation, PauseWatchMutationVariables>;
export const ResumeWatchDocument = new TypedDocumentString(`
    mutation ResumeWatch($c: ID!, $id: ID!) {
  resumeWatch(caseId: $c, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResumeWatchMutation, ResumeWatchMutationVariables>;
export const EndWatchDocument = new TypedDocumentString(`
    mutation EndWatch($c: ID!, $id: ID!) {
  endWatch(caseId: $c, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndWatchMutation, EndWatchMutationVariables>;