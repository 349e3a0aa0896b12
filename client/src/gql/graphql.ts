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

export type SignedInUserFragment = { readonly id: string, readonly username: string, readonly displayName: string, readonly role: Role, readonly unit: string | null };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { readonly me: { readonly id: string, readonly username: string, readonly displayName: string, readonly role: Role, readonly unit: string | null } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { readonly logout: boolean };

export type DrawnNodeFragment = { readonly ref: string, readonly kind: string, readonly label: string | null };

export type DrawnEdgeFragment = { readonly from: string, readonly to: string, readonly type: string };

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

export type AuditCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditCasesQuery = { readonly cases: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly number: string, readonly title: string }> } };

export type AuthorizationsQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type AuthorizationsQuery = { readonly authorizations: ReadonlyArray<{ readonly id: string, readonly caseId: string, readonly platform: string, readonly method: string, readonly personaHandle: string, readonly justification: string, readonly requesterId: string, readonly requesterName: string | null, readonly requestedAt: string, readonly status: string, readonly expired: boolean, readonly decidedAt: string | null, readonly decisionNote: string | null, readonly writtenPermissionReference: string | null, readonly expiresAt: string | null }> };

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


export type CaptureQuery = { readonly capture: { readonly id: string, readonly recordJson: string, readonly artifacts: ReadonlyArray<{ readonly sha256: string, readonly size: number, readonly mediaType: string | null, readonly name: string, readonly kind: string, readonly downloadPath: string }>, readonly decision: { readonly decision: GateOutcome, readonly stage: string, readonly clauses: ReadonlyArray<string>, readonly policyVersion: string, readonly decidedAt: string, readonly reasons: ReadonlyArray<{ readonly clause: string, readonly finding: string }> } | null, readonly custody: ReadonlyArray<{ readonly seq: number, readonly at: string, readonly type: string, readonly actorId: string, readonly hash: string }> } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { readonly case: { readonly id: string, readonly number: string, readonly title: string, readonly purpose: Purpose, readonly purposeClause: string, readonly status: CaseStatus, readonly createdAt: string, readonly assignees: ReadonlyArray<{ readonly username: string, readonly role: Role }>, readonly persons: ReadonlyArray<{ readonly ref: string, readonly name: string, readonly role: PersonRole }>, readonly accounts: ReadonlyArray<{ readonly ref: string, readonly platform: string, readonly handle: string | null, readonly displayName: string | null }>, readonly captures: ReadonlyArray<{ readonly id: string, readonly platform: string | null, readonly targetValue: string | null, readonly status: string | null, readonly startedAt: string | null }>, readonly graph: { readonly nodes: ReadonlyArray<{ readonly ref: string, readonly kind: string, readonly label: string | null }>, readonly edges: ReadonlyArray<{ readonly from: string, readonly to: string, readonly type: string }> } } };

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


export type CollectionJobQuery = { readonly collectionJob: { readonly state: string, readonly stage: string | null, readonly captureId: string | null, readonly error: string | null } };

export type EvaluateCollectionMutationVariables = Exact<{
  input: CollectionRequestInput;
}>;


export type EvaluateCollectionMutation = { readonly evaluateCollection: { readonly decision: GateOutcome, readonly clauses: ReadonlyArray<string>, readonly policyVersion: string, readonly reasons: ReadonlyArray<{ readonly ruleId: string, readonly clause: string, readonly text: string, readonly remedy: string, readonly finding: string }> } };

export type ExportableCaptureFragment = { readonly id: string, readonly platform: string | null, readonly targetValue: string | null, readonly status: string | null, readonly startedAt: string | null };

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

export type RequestAuthorizationMutationVariables = Exact<{
  input: AuthorizationRequestInput;
}>;


export type RequestAuthorizationMutation = { readonly requestAuthorization: { readonly id: string, readonly status: string } };

export type TimelineQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineQuery = { readonly case: { readonly timeline: ReadonlyArray<{ readonly kind: string, readonly at: string, readonly ref: string, readonly summary: string | null }> } };

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
    expiresAt
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
      actorId
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
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;