import type { GraphQLResolveInfo } from 'graphql';
import type { CaseRecord as CaseRecordModel } from '../../../graph/repositories/case.repository.js';
import type { LinkFeature as LinkFeatureModel } from '../../linking/linking-types.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A platform account. */
export type Account = {
  readonly __typename?: 'Account';
  /** Profile text as captured. */
  readonly bio: Maybe<Scalars['String']['output']>;
  /** Display name as captured. */
  readonly displayName: Maybe<Scalars['String']['output']>;
  /** Handle as captured. */
  readonly handle: Maybe<Scalars['String']['output']>;
  /** Persons of the case tied to this account. */
  readonly personIds: ReadonlyArray<Scalars['ID']['output']>;
  /** Platform name. */
  readonly platform: Scalars['String']['output'];
  /** The platform's id (or handle:/url: for accounts added by hand). */
  readonly platformId: Scalars['String']['output'];
  /** Node reference: account:<platform>:<platformId>. */
  readonly ref: Scalars['String']['output'];
  /** Profile URL. */
  readonly url: Maybe<Scalars['String']['output']>;
};

/** A stored file of a capture. */
export type ArtifactSummary = {
  readonly __typename?: 'ArtifactSummary';
  /** WARC, SCREENSHOT, DOM, RESPONSE, MEDIA or METADATA. */
  readonly kind: Maybe<Scalars['String']['output']>;
  /** File name inside the capture. */
  readonly name: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the bytes. */
  readonly sha256: Scalars['String']['output'];
  /** Size in bytes. */
  readonly size: Maybe<Scalars['Float']['output']>;
};

/** One audited act: who did what, when, on which case, from where, and how it ended. Audit events are only ever added; no part of the API edits or deletes one. */
export type AuditEvent = {
  readonly __typename?: 'AuditEvent';
  /** What was done: the API operation and field (e.g. query case, mutation addPerson) or a workflow step (e.g. AUTHORIZATION_APPROVED). */
  readonly action: Scalars['String']['output'];
  /** The user who acted; null when nobody was signed in. */
  readonly actorId: Maybe<Scalars['ID']['output']>;
  /** The acting user's sign-in name; null when nobody was signed in. */
  readonly actorName: Maybe<Scalars['String']['output']>;
  /** When, in UTC (ISO 8601). */
  readonly at: Scalars['String']['output'];
  /** The case concerned, when there is one. */
  readonly caseId: Maybe<Scalars['ID']['output']>;
  /** The error code of a refused or failed act, or a workflow note. */
  readonly detail: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** The address the request came from. */
  readonly ip: Maybe<Scalars['String']['output']>;
  /** DONE, REFUSED (not allowed) or FAILED (bad input or an error). */
  readonly outcome: Scalars['String']['output'];
  /** Which one (a case id, a username, an authorization id). */
  readonly subjectId: Maybe<Scalars['String']['output']>;
  /** What the act was about: Case, User, Authorization or API. */
  readonly subjectType: Scalars['String']['output'];
  /** The client's user agent. */
  readonly userAgent: Maybe<Scalars['String']['output']>;
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  readonly __typename?: 'AuditEventConnection';
  /** Pass as `after` for the next (older) page; null on the last page. */
  readonly endCursor: Maybe<Scalars['String']['output']>;
  /** The events of this page. */
  readonly nodes: ReadonlyArray<AuditEvent>;
};

/** A written authorization for a covert method, naming case, platform, method and persona. */
export type Authorization = {
  readonly __typename?: 'Authorization';
  /** The supervisor who approved it. */
  readonly approvedBy: Maybe<Scalars['ID']['output']>;
  /** The bulk scope it grants (FOLLOWERS, TAG, SEARCH), if any. */
  readonly bulkScope: Maybe<Scalars['String']['output']>;
  /** The kind of target the bulk grant applies to. */
  readonly bulkTargetKind: Maybe<Scalars['String']['output']>;
  /** The target the bulk grant applies to. */
  readonly bulkTargetValue: Maybe<Scalars['String']['output']>;
  /** The case it covers. */
  readonly caseId: Scalars['ID']['output'];
  /** When it was approved or rejected. */
  readonly decidedAt: Maybe<Scalars['String']['output']>;
  /** The supervisor's note or reason. */
  readonly decisionNote: Maybe<Scalars['String']['output']>;
  /** True when an approval is past its expiry. */
  readonly expired: Scalars['Boolean']['output'];
  /** When the approval ends. */
  readonly expiresAt: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** Why the requester needs it. */
  readonly justification: Scalars['String']['output'];
  /** Reference of the legal review, where the platform's terms need one. */
  readonly legalReviewReference: Maybe<Scalars['String']['output']>;
  /** The covert method it covers. */
  readonly method: Scalars['String']['output'];
  /** The persona it covers. */
  readonly personaHandle: Scalars['String']['output'];
  /** The platform it covers. */
  readonly platform: Scalars['String']['output'];
  /** When it was asked for. */
  readonly requestedAt: Scalars['String']['output'];
  /** Who asked (user id). */
  readonly requesterId: Scalars['ID']['output'];
  /** The requester's sign-in name. */
  readonly requesterName: Maybe<Scalars['String']['output']>;
  /** When it was revoked. */
  readonly revokedAt: Maybe<Scalars['String']['output']>;
  /** Who revoked it. */
  readonly revokedBy: Maybe<Scalars['ID']['output']>;
  /** REQUESTED, APPROVED, REJECTED or REVOKED; see `expired` for approvals past their expiry. */
  readonly status: Scalars['String']['output'];
  /** Reference of the written permission. */
  readonly writtenPermissionReference: Maybe<Scalars['String']['output']>;
};

/** A supervisor's approval. */
export type AuthorizationApprovalInput = {
  /** When the approval ends (ISO-8601). */
  readonly expiresAt: Scalars['String']['input'];
  /** Reference of the legal review, where needed. */
  readonly legalReviewReference?: InputMaybe<Scalars['String']['input']>;
  /** Reference of the written permission. */
  readonly writtenPermissionReference: Scalars['String']['input'];
};

/** A request for a supervisor's written authorization of a covert method. */
export type AuthorizationRequestInput = {
  /** For a bulk reach (all followers, a whole tag, a search): exactly which one. */
  readonly bulk?: InputMaybe<BulkReachInput>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** Why it is needed. */
  readonly justification: Scalars['String']['input'];
  /** The covert method, or for a bulk reach the method the collection will use. */
  readonly method: Scalars['String']['input'];
  /** The persona to use (empty for a bulk reach by a method that uses none). */
  readonly personaHandle: Scalars['String']['input'];
  /** The platform. */
  readonly platform: Scalars['String']['input'];
};

/** The one bulk reach an authorization asks for: its scope and the target it applies to. */
export type BulkReachInput = {
  /** FOLLOWERS, TAG or SEARCH, as the gate derives it from the target. */
  readonly scope: Scalars['String']['input'];
  /** handle, url, hashtag or search. */
  readonly targetKind: Scalars['String']['input'];
  /** The handle, URL, tag or search. */
  readonly targetValue: Scalars['String']['input'];
};

/** One file a capture kept, stored under its SHA-256. */
export type CaptureArtifact = {
  readonly __typename?: 'CaptureArtifact';
  /** Same-origin path that downloads the file (captured HTML is sent as an attachment, never rendered). */
  readonly downloadPath: Scalars['String']['output'];
  /** What the file is: screenshot, dom, warc, response, media, metadata. */
  readonly kind: Scalars['String']['output'];
  /** Media type as received or written (image/png, application/warc, ...). */
  readonly mediaType: Maybe<Scalars['String']['output']>;
  /** The file's name inside the capture (screenshot.png, capture.warc.gz, ...). */
  readonly name: Scalars['String']['output'];
  /** SHA-256 (hex) of the file's bytes. */
  readonly sha256: Scalars['String']['output'];
  /** Size in bytes. */
  readonly size: Scalars['Float']['output'];
};

/** Everything a capture rests on, as the capture viewer shows it. */
export type CaptureDetail = {
  readonly __typename?: 'CaptureDetail';
  /** The files the capture kept. */
  readonly artifacts: ReadonlyArray<CaptureArtifact>;
  /** The custody events that concern this capture or its files, oldest first. */
  readonly custody: ReadonlyArray<CustodyEntry>;
  /** The gate decision that allowed the collection. */
  readonly decision: Maybe<GateDecision>;
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** The capture record as stored (platform, target, method, operator, device, times, URLs, HTTP status, server address, tool version, user agent), as JSON text. */
  readonly recordJson: Scalars['String']['output'];
};

/** One act of collection. */
export type CaptureSummary = {
  readonly __typename?: 'CaptureSummary';
  /** Files it stored. */
  readonly artifacts: ReadonlyArray<ArtifactSummary>;
  /** End (ISO-8601 UTC). */
  readonly endedAt: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** Platform collected from. */
  readonly platform: Maybe<Scalars['String']['output']>;
  /** Start (ISO-8601 UTC). */
  readonly startedAt: Maybe<Scalars['String']['output']>;
  /** CAPTURED or FAILED. */
  readonly status: Maybe<Scalars['String']['output']>;
  /** What was collected. */
  readonly targetValue: Maybe<Scalars['String']['output']>;
};

/** An investigation, with the lawful purpose it serves. */
export type Case = {
  readonly __typename?: 'Case';
  /** Accounts in the case. */
  readonly accounts: ReadonlyArray<Account>;
  /** Users assigned to the case. */
  readonly assignees: ReadonlyArray<User>;
  /** Captures of the case, newest first. */
  readonly captures: ReadonlyArray<CaptureSummary>;
  /** When it was closed. */
  readonly closedAt: Maybe<Scalars['String']['output']>;
  /** Why it was closed. */
  readonly closedReason: Maybe<Scalars['String']['output']>;
  /** How much the case holds. */
  readonly counts: CaseCounts;
  /** When the case was opened (ISO-8601 UTC). */
  readonly createdAt: Scalars['String']['output'];
  /** Who opened it (user id). */
  readonly createdBy: Scalars['ID']['output'];
  /** Free text. */
  readonly description: Maybe<Scalars['String']['output']>;
  /** The case's nodes (persons and accounts first, at most maxNodes, up to 5000) and the relationships among them. */
  readonly graph: Neighbourhood;
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** The department's case or report number. */
  readonly number: Scalars['String']['output'];
  /** Persons of interest. */
  readonly persons: ReadonlyArray<Person>;
  /** Posts in the case, newest first; `text` is a full-text query. */
  readonly posts: ReadonlyArray<Post>;
  /** The SO1301 III.A.2.a purpose. */
  readonly purpose: Purpose;
  /** The policy clause the purpose rests on. */
  readonly purposeClause: Scalars['String']['output'];
  /** OPEN or CLOSED. */
  readonly status: CaseStatus;
  /** Posts and captures in time order. */
  readonly timeline: ReadonlyArray<TimelineEvent>;
  /** Short title. */
  readonly title: Scalars['String']['output'];
  /** The unit that owns the case. */
  readonly unit: Maybe<Scalars['String']['output']>;
};


/** An investigation, with the lawful purpose it serves. */
export type CaseAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An investigation, with the lawful purpose it serves. */
export type CaseCapturesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An investigation, with the lawful purpose it serves. */
export type CaseGraphArgs = {
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
};


/** An investigation, with the lawful purpose it serves. */
export type CasePostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** An investigation, with the lawful purpose it serves. */
export type CaseTimelineArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a case. */
export type CaseChangesInput = {
  /** Free text. */
  readonly description?: InputMaybe<Scalars['String']['input']>;
  /** Short title. */
  readonly title?: InputMaybe<Scalars['String']['input']>;
};

/** A page of cases. */
export type CaseConnection = {
  readonly __typename?: 'CaseConnection';
  /** Pass as `after` for the next page; null on the last page. */
  readonly endCursor: Maybe<Scalars['String']['output']>;
  /** The cases of this page. */
  readonly nodes: ReadonlyArray<Case>;
};

/** Sizes of a case. */
export type CaseCounts = {
  readonly __typename?: 'CaseCounts';
  /** Accounts. */
  readonly accounts: Scalars['Int']['output'];
  /** Captures. */
  readonly captures: Scalars['Int']['output'];
  /** Persons of interest. */
  readonly persons: Scalars['Int']['output'];
  /** Posts. */
  readonly posts: Scalars['Int']['output'];
};

/** Whether a case still takes collections. */
export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

/** An account ranked by its place in the interaction graph. */
export type CentralAccount = {
  readonly __typename?: 'CentralAccount';
  /** Share of shortest paths between other accounts that pass through it. */
  readonly betweenness: Scalars['Float']['output'];
  /** Number of accounts it interacts with. */
  readonly degree: Scalars['Int']['output'];
  /** The account's handle. */
  readonly label: Maybe<Scalars['String']['output']>;
  /** Reference of the account. */
  readonly ref: Scalars['String']['output'];
};

/** A collection job as the queue reports it. */
export type CollectionJob = {
  readonly __typename?: 'CollectionJob';
  /** The capture the job produced, once completed. */
  readonly captureId: Maybe<Scalars['ID']['output']>;
  /** Why the job failed, when it did. */
  readonly error: Maybe<Scalars['String']['output']>;
  /** The job's id. */
  readonly id: Scalars['ID']['output'];
  /** Where the job is: collecting, media, storing, done. */
  readonly stage: Maybe<Scalars['String']['output']>;
  /** waiting, active, completed, failed or delayed. */
  readonly state: Scalars['String']['output'];
};

/** A request to collect, decided by the gate. */
export type CollectionRequestInput = {
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** Reference of the participant's written consent (WITNESS_CONSENT). */
  readonly consentReference?: InputMaybe<Scalars['String']['input']>;
  /** PUBLIC, NON_PUBLIC or PROVIDER_RECORDS */
  readonly content?: Scalars['String']['input'];
  /** The device used. */
  readonly device: DeviceInput;
  /** How (PUBLIC_API, PUBLIC_WEB, …, or a forbidden method, which is always denied). */
  readonly method: Scalars['String']['input'];
  /** The persona, for covert methods. */
  readonly persona?: InputMaybe<PersonaInput>;
  /** The report and facts behind the request. */
  readonly predicate: PredicateInput;
  /** One of the five SO1301 III.A.2.a purposes; must match the case. */
  readonly purpose: Scalars['String']['input'];
  /** Steps beyond looking (FOLLOW, LIKE, JOIN, MESSAGE ...). */
  readonly steps?: ReadonlyArray<Scalars['String']['input']>;
  /** What to collect. */
  readonly target: CollectionTargetInput;
};

/** What became of a collection request: the gate's decision, and the job when it was allowed. */
export type CollectionStarted = {
  readonly __typename?: 'CollectionStarted';
  /** The gate's decision, with every reason and clause. */
  readonly decision: GateDecision;
  /** The queued job; null when the gate did not allow the collection. */
  readonly jobId: Maybe<Scalars['ID']['output']>;
};

/** What to collect. */
export type CollectionTargetInput = {
  /** handle, url, hashtag or search */
  readonly kind: Scalars['String']['input'];
  /** mastodon, bluesky, reddit, rss, telegram or web. */
  readonly platform: Scalars['String']['input'];
  /** ACCOUNT, POSTS, FOLLOWERS or TAG */
  readonly scope: Scalars['String']['input'];
  /** The handle, URL, hashtag (without #) or search text. */
  readonly value: Scalars['String']['input'];
};

/** Accounts that interact more with each other than with the rest of the case. */
export type Community = {
  readonly __typename?: 'Community';
  /** Number of the community within this result. */
  readonly id: Scalars['Int']['output'];
  /** The accounts of the community. */
  readonly members: ReadonlyArray<CommunityMember>;
};

/** An account in a community. */
export type CommunityMember = {
  readonly __typename?: 'CommunityMember';
  /** The account's handle. */
  readonly label: Maybe<Scalars['String']['output']>;
  /** Reference of the account. */
  readonly ref: Scalars['String']['output'];
};

/** Louvain communities of a case's interaction graph. */
export type CommunityResult = {
  readonly __typename?: 'CommunityResult';
  /** Accounts in the interaction graph. */
  readonly accounts: Scalars['Int']['output'];
  /** The communities, largest first. */
  readonly communities: ReadonlyArray<Community>;
  /** Interactions (mentions, replies, reposts, shared media) counted. */
  readonly edges: Scalars['Int']['output'];
  /** Modularity of the partition (higher means clearer communities). */
  readonly modularity: Scalars['Float']['output'];
};

/** One custody event of the case's hash-chained ledger. */
export type CustodyEntry = {
  readonly __typename?: 'CustodyEntry';
  /** Who: a user id, or system:<component>. */
  readonly actorId: Scalars['String']['output'];
  /** SHA-256 of the artifacts the event concerns. */
  readonly artifactHashes: ReadonlyArray<Scalars['String']['output']>;
  /** When, in UTC. */
  readonly at: Scalars['String']['output'];
  /** What was done, as JSON text. */
  readonly detailsJson: Scalars['String']['output'];
  /** SHA-256 of this event's canonical form. */
  readonly hash: Scalars['String']['output'];
  /** SHA-256 of the previous event (the chain link). */
  readonly prevHash: Scalars['String']['output'];
  /** Position in the case's chain, from 1. */
  readonly seq: Scalars['Int']['output'];
  /** CAPTURED, VIEWED, ANNOTATED, LINKED, EXPORTED, ... */
  readonly type: Scalars['String']['output'];
};

/** The device the collection is made from. */
export type DeviceInput = {
  /** The device's inventory id. */
  readonly id: Scalars['String']['input'];
  /** DEPARTMENT or PERSONAL */
  readonly kind: Scalars['String']['input'];
  /** Written permission for a personally owned device (SO1301 III.A.1.c.2). */
  readonly permissionReference?: InputMaybe<Scalars['String']['input']>;
};

/** An evidence packet export: a signed BagIt zip of a case's captures. */
export type Export = {
  readonly __typename?: 'Export';
  /** The captures included; null means all completed captures. */
  readonly captureIds: Maybe<ReadonlyArray<Scalars['ID']['output']>>;
  /** The case exported. */
  readonly caseId: Scalars['ID']['output'];
  /** When it was asked for (ISO-8601 UTC). */
  readonly createdAt: Scalars['String']['output'];
  /** Where to download the packet (for users who may export the case). */
  readonly downloadPath: Maybe<Scalars['String']['output']>;
  /** Why it failed. */
  readonly error: Maybe<Scalars['String']['output']>;
  /** When it ended. */
  readonly finishedAt: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** The policy (SHA-256) the gate allowed the release under. */
  readonly policyVersion: Scalars['String']['output'];
  /** Why the evidence is released, as the requester stated it. */
  readonly reason: Scalars['String']['output'];
  /** Who asked for it (user id). */
  readonly requestedBy: Scalars['ID']['output'];
  /** SHA-256 of the packet zip, once done. */
  readonly sha256: Maybe<Scalars['String']['output']>;
  /** Size of the packet in bytes. */
  readonly size: Maybe<Scalars['Float']['output']>;
  /** QUEUED, RUNNING, DONE or FAILED. */
  readonly status: Scalars['String']['output'];
};

/** A decision of the legality gate, stored once and never changed. */
export type GateDecision = {
  readonly __typename?: 'GateDecision';
  /** The written authorization the decision relied on, if any. */
  readonly authorizationId: Maybe<Scalars['ID']['output']>;
  /** The case of the request. */
  readonly caseId: Scalars['ID']['output'];
  /** The clauses of the rules not met (empty on ALLOW). */
  readonly clauses: ReadonlyArray<Scalars['String']['output']>;
  /** When it was decided (ISO-8601 UTC). */
  readonly decidedAt: Scalars['String']['output'];
  /** ALLOW, DENY or NEEDS_AUTHORIZATION. */
  readonly decision: GateOutcome;
  /** When an ALLOW stops being enough to run the collection. */
  readonly expiresAt: Scalars['String']['output'];
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** SHA-256 of the policy file the decision was taken under. */
  readonly policyVersion: Scalars['String']['output'];
  /** Every rule behind the decision. */
  readonly reasons: ReadonlyArray<GateReason>;
  /** The collection request decided. */
  readonly requestId: Scalars['ID']['output'];
  /** Who asked (user id). */
  readonly requesterId: Scalars['ID']['output'];
  /** PREVIEW, ENQUEUE, EXECUTION, or EXPORT for the release of evidence. */
  readonly stage: Scalars['String']['output'];
};

/** ALLOW, DENY or NEEDS_AUTHORIZATION. */
export type GateOutcome =
  | 'ALLOW'
  | 'DENY'
  | 'NEEDS_AUTHORIZATION';

/** The department policy in force. */
export type GatePolicy = {
  readonly __typename?: 'GatePolicy';
  /** Rules every collection is decided by. */
  readonly collectionRules: ReadonlyArray<GatePolicyRule>;
  /** Rules every export is decided by. */
  readonly exportRules: ReadonlyArray<GatePolicyRule>;
  /** The department's own revision label. */
  readonly revision: Scalars['String']['output'];
  /** SHA-256 of the policy file. */
  readonly version: Scalars['String']['output'];
};

/** One rule of the department policy. */
export type GatePolicyRule = {
  readonly __typename?: 'GatePolicyRule';
  /** The clause it rests on. */
  readonly clause: Scalars['String']['output'];
  /** The rule's id. */
  readonly id: Scalars['String']['output'];
  /** The decision when the rule is not met. */
  readonly onFail: GateOutcome;
  /** What makes a request meet it. */
  readonly remedy: Scalars['String']['output'];
  /** The rule in plain language. */
  readonly text: Scalars['String']['output'];
};

/** One rule behind a decision: on ALLOW a ground, otherwise a rule not met and what would meet it. */
export type GateReason = {
  readonly __typename?: 'GateReason';
  /** The clause the rule rests on, e.g. SO1301 III.A.2.a or 28 CFR 23.20(a). */
  readonly clause: Scalars['String']['output'];
  /** What the rule found in this request. */
  readonly finding: Scalars['String']['output'];
  /** What would make a refused request lawful. */
  readonly remedy: Scalars['String']['output'];
  /** The policy rule's id. */
  readonly ruleId: Scalars['String']['output'];
  /** The rule in plain language. */
  readonly text: Scalars['String']['output'];
};

/** A relationship between two nodes of the case graph. */
export type GraphEdge = {
  readonly __typename?: 'GraphEdge';
  /** Reference of the start node. */
  readonly from: Scalars['String']['output'];
  /** Reference of the end node. */
  readonly to: Scalars['String']['output'];
  /** Relationship type, e.g. POSTED, MENTIONS, REPLY_TO, USES. */
  readonly type: Scalars['String']['output'];
};

/** A node of the case graph: ref is kind:key, e.g. account:mastodon:kp1, person:p-1, media:<sha256>. */
export type GraphNode = {
  readonly __typename?: 'GraphNode';
  /** account, post, media, hashtag, url, person or group. */
  readonly kind: Scalars['String']['output'];
  /** A short label to show: handle, name, tag, link, the start of a post, or a hash. */
  readonly label: Maybe<Scalars['String']['output']>;
  /** Node reference, kind:key (account:<platform>:<id>, post:…, person:<id>, media:<sha256>). */
  readonly ref: Scalars['String']['output'];
};

/** A path through the case graph. */
export type GraphPath = {
  readonly __typename?: 'GraphPath';
  /** The relationships along the path, in order. */
  readonly edges: ReadonlyArray<GraphEdge>;
  /** Number of relationships. */
  readonly length: Scalars['Int']['output'];
  /** The nodes along the path, in order. */
  readonly nodes: ReadonlyArray<GraphNode>;
};

/** A suggested pair of accounts (platform:platformId keys, a before b). */
export type LinkCandidate = {
  readonly __typename?: 'LinkCandidate';
  /** Reference of one account. */
  readonly a: Scalars['String']['output'];
  /** SHA-256 of the artifacts both profiles were read from. */
  readonly artifacts: ReadonlyArray<Scalars['String']['output']>;
  /** Reference of the other account. */
  readonly b: Scalars['String']['output'];
  /** Why the pair was compared at all (shared blocking keys). */
  readonly blockedBy: ReadonlyArray<Scalars['String']['output']>;
  /** Each feature with its evidence. */
  readonly features: ReadonlyArray<LinkFeature>;
  /** Hash over the discrete evidence; a rejection holds until it changes. */
  readonly fingerprint: Scalars['String']['output'];
  /** Combined score from 0 to 1. */
  readonly score: Scalars['Float']['output'];
};

/** A recorded decision about a pair. */
export type LinkDecision = {
  readonly __typename?: 'LinkDecision';
  /** The candidate as it was when decided. */
  readonly candidate: LinkCandidate;
  /** The case the decision was made in. */
  readonly caseId: Scalars['ID']['output'];
  /** When (ISO-8601 UTC). */
  readonly decidedAt: Scalars['String']['output'];
  /** The analyst (user id). */
  readonly decidedBy: Scalars['String']['output'];
  /** CONFIRMED or REJECTED. */
  readonly kind: Scalars['String']['output'];
  /** The analyst's reason. */
  readonly reason: Maybe<Scalars['String']['output']>;
};

/** One reason two accounts may share an operator, with what it rests on. */
export type LinkFeature = {
  readonly __typename?: 'LinkFeature';
  /** SHA-256 of the artifacts (captures, payloads) the evidence was read from. */
  readonly artifacts: ReadonlyArray<Scalars['String']['output']>;
  /** The measurement in words: similarity, distance, counts. */
  readonly detail: Scalars['String']['output'];
  /** The values, post keys and media hashes behind the feature. */
  readonly evidence: ReadonlyArray<Scalars['String']['output']>;
  /** handle, displayName, avatar, sharedLinks, sharedContacts, sharedMedia, mutualInteraction, sharedHashtags, postingTime */
  readonly name: Scalars['String']['output'];
  /** How strongly this feature alone points at one operator, 0 to 1. */
  readonly strength: Scalars['Float']['output'];
  /** How far the feature can move the score (see docs/linking.md). */
  readonly weight: Scalars['Float']['output'];
};

/** Changes; every one is checked against the signed-in user's role and cases. */
export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Does nothing; other modules extend Mutation. */
  readonly _noop: Maybe<Scalars['Boolean']['output']>;
  /** Adds an account (the same account twice is one node); returns its node reference. */
  readonly addAccount: Scalars['String']['output'];
  /** Adds a person of interest; returns the person's id. */
  readonly addPerson: Scalars['ID']['output'];
  /** Adds a note to any node of the case; notes are never changed or removed. Returns the note's id. */
  readonly annotate: Scalars['ID']['output'];
  /** Approves a requested authorization (a supervisor other than the requester). */
  readonly approveAuthorization: Authorization;
  /** Assigns a user to a case. */
  readonly assignUser: Case;
  /** Closes a case; nothing in it is removed. */
  readonly closeCase: Case;
  /** Confirms that one operator runs both accounts (SAME_OPERATOR; custody LINKED). */
  readonly confirmLink: LinkDecision;
  /** Opens a case (detectives and supervisors); you are assigned to it. */
  readonly createCase: Case;
  /** Creates a user (administrators only). */
  readonly createUser: User;
  /** Asks the gate about a collection without queueing it; the decision is stored like any other. */
  readonly evaluateCollection: GateDecision;
  /** Signs in and sets the session cookie. Five wrong passwords in a row lock the account for 15 minutes. Every refusal (unknown name, wrong password, locked or disabled account) is the same UNAUTHENTICATED answer. */
  readonly login: User;
  /** Ends the session and clears its cookie. */
  readonly logout: Scalars['Boolean']['output'];
  /** Rejects a requested authorization with a reason. */
  readonly rejectAuthorization: Authorization;
  /** Rejects the pair; it is not suggested again until new evidence appears (custody UNLINKED). */
  readonly rejectLink: LinkDecision;
  /** Asks a supervisor to authorize a covert method in writing. */
  readonly requestAuthorization: Authorization;
  /** Sets a new password and ends the user's sessions (administrators only). */
  readonly resetUserPassword: User;
  /** Revokes an approved authorization; queued collections relying on it are refused. */
  readonly revokeAuthorization: Authorization;
  /** Disables or re-enables a user; disabling ends their sessions (administrators only). */
  readonly setUserDisabled: User;
  /** Changes another user's role and unit, saying why (administrators only). Nobody changes their own role or unit. The change, who made it and the reason are kept in the audit trail (action USER_ROLE_CHANGED). */
  readonly setUserRole: User;
  /** Submits a collection: the gate decides it first; only an ALLOW is queued. */
  readonly startCollection: CollectionStarted;
  /** Starts building an evidence packet of the case (all completed captures, or those listed); the gate decides the release first. */
  readonly startExport: Export;
  /** Ties an account of the case to a person of the case, with a confidence (0 to 1) and its basis. */
  readonly tieAccountToPerson: Scalars['Boolean']['output'];
  /** Changes a case's title or description. */
  readonly updateCase: Case;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationAddAccountArgs = {
  caseId: Scalars['ID']['input'];
  input: NewAccountInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationAddPersonArgs = {
  caseId: Scalars['ID']['input'];
  input: NewPersonInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationAnnotateArgs = {
  caseId: Scalars['ID']['input'];
  ref: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationApproveAuthorizationArgs = {
  id: Scalars['ID']['input'];
  input: AuthorizationApprovalInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationAssignUserArgs = {
  caseId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationCloseCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationConfirmLinkArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationCreateCaseArgs = {
  input: NewCaseInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationCreateUserArgs = {
  input: NewUserInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationEvaluateCollectionArgs = {
  input: CollectionRequestInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationRejectAuthorizationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationRejectLinkArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationRequestAuthorizationArgs = {
  input: AuthorizationRequestInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationRevokeAuthorizationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationSetUserRoleArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  role: Role;
  unit?: InputMaybe<Scalars['String']['input']>;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationStartCollectionArgs = {
  input: CollectionRequestInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationStartExportArgs = {
  captureIds?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationTieAccountToPersonArgs = {
  account: Scalars['String']['input'];
  basis: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  confidence: Scalars['Float']['input'];
  personId: Scalars['ID']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: CaseChangesInput;
};

/** A set of nodes and the relationships among them. */
export type Neighbourhood = {
  readonly __typename?: 'Neighbourhood';
  /** The relationships among the nodes. */
  readonly edges: ReadonlyArray<GraphEdge>;
  /** The nodes. */
  readonly nodes: ReadonlyArray<GraphNode>;
};

/** An account to add, by handle or by URL. */
export type NewAccountInput = {
  /** Handle (e.g. alice@kc.social). */
  readonly handle?: InputMaybe<Scalars['String']['input']>;
  /** Platform name. */
  readonly platform: Scalars['String']['input'];
  /** Profile URL. */
  readonly url?: InputMaybe<Scalars['String']['input']>;
};

/** A new case. */
export type NewCaseInput = {
  /** Free text. */
  readonly description?: InputMaybe<Scalars['String']['input']>;
  /** The department's case or report number. */
  readonly number: Scalars['String']['input'];
  /** The SO1301 III.A.2.a purpose. */
  readonly purpose: Purpose;
  /** Short title. */
  readonly title: Scalars['String']['input'];
};

/** A person of interest to add. */
export type NewPersonInput = {
  /** Name as known. */
  readonly name: Scalars['String']['input'];
  /** Free text. */
  readonly notes?: InputMaybe<Scalars['String']['input']>;
  /** How the person figures in the case. */
  readonly role: PersonRole;
};

/** A new user, created by an administrator. */
export type NewUserInput = {
  /** Badge number (printed in evidence reports). */
  readonly badge?: InputMaybe<Scalars['String']['input']>;
  /** Name shown in the workspace. */
  readonly displayName: Scalars['String']['input'];
  /** At least 12 characters mixing two kinds of character. */
  readonly password: Scalars['String']['input'];
  /** Rank or title (printed in evidence reports). */
  readonly rank?: InputMaybe<Scalars['String']['input']>;
  /** The user's role. */
  readonly role: Role;
  /** The user's unit. */
  readonly unit?: InputMaybe<Scalars['String']['input']>;
  /** 3 to 40 letters, digits, dots, dashes or underscores. */
  readonly username: Scalars['String']['input'];
};

/** A capture that saw a node. */
export type NodeCapture = {
  readonly __typename?: 'NodeCapture';
  /** The capture's id. */
  readonly id: Scalars['ID']['output'];
  /** The platform it collected from. */
  readonly platform: Maybe<Scalars['String']['output']>;
  /** When it started (ISO-8601 UTC). */
  readonly startedAt: Maybe<Scalars['String']['output']>;
  /** What it collected. */
  readonly targetValue: Maybe<Scalars['String']['output']>;
};

/** One node of the case with the evidence behind it. */
export type NodeDetail = {
  readonly __typename?: 'NodeDetail';
  /** The case's captures that saw the node, newest first (at most 50). */
  readonly captures: ReadonlyArray<NodeCapture>;
  /** The node's stored facts as JSON (handle, text, times, hashes, ...). */
  readonly propertiesJson: Scalars['String']['output'];
  /** The node's reference. */
  readonly ref: Scalars['String']['output'];
  /** SHA-256 of each preserved payload the node was read from. */
  readonly sourceSha256s: ReadonlyArray<Scalars['String']['output']>;
};

/** A person of interest. */
export type Person = {
  readonly __typename?: 'Person';
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** Name as known. */
  readonly name: Scalars['String']['output'];
  /** Free text. */
  readonly notes: Maybe<Scalars['String']['output']>;
  /** Node reference: person:<id>. */
  readonly ref: Scalars['String']['output'];
  /** How the person figures in the case. */
  readonly role: PersonRole;
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
  readonly avatarSha256?: InputMaybe<Scalars['String']['input']>;
  /** The persona's display name. */
  readonly displayName: Scalars['String']['input'];
  /** The persona's handle. */
  readonly handle: Scalars['String']['input'];
};

/** A captured post. */
export type Post = {
  readonly __typename?: 'Post';
  /** Author's handle. */
  readonly authorHandle: Maybe<Scalars['String']['output']>;
  /** Captures of this case that saw the post. */
  readonly captureIds: ReadonlyArray<Scalars['ID']['output']>;
  /** Platform name. */
  readonly platform: Scalars['String']['output'];
  /** The platform's id. */
  readonly platformId: Scalars['String']['output'];
  /** When the platform says it was posted. */
  readonly postedAt: Maybe<Scalars['String']['output']>;
  /** Node reference: post:<platform>:<platformId>. */
  readonly ref: Scalars['String']['output'];
  /** Text as captured. */
  readonly text: Maybe<Scalars['String']['output']>;
  /** Where the post lives. */
  readonly url: Maybe<Scalars['String']['output']>;
};

/** Why the target is lawful to collect: the report and the facts. */
export type PredicateInput = {
  /** Why a bulk scope (all followers, a whole tag) is relevant. */
  readonly bulkFacts?: InputMaybe<Scalars['String']['input']>;
  /** The specific facts that tie the target to the case. */
  readonly facts: Scalars['String']['input'];
  /** The report or missing-person report number. */
  readonly reportNumber: Scalars['String']['input'];
};

/** The five investigative purposes of SO1301 III.A.2.a. */
export type Purpose =
  | 'CRIME_FOOTAGE'
  | 'GANG_ACTIVITY'
  | 'MISSING_PERSON'
  | 'ONLINE_CRIME'
  | 'WANTED_PERSON';

/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type Query = {
  readonly __typename?: 'Query';
  /** The audit trail, newest first. Administrators see every event; supervisors the events of a case they oversee (caseId required). */
  readonly auditEvents: AuditEventConnection;
  /** Authorizations for supervisors; `expiringWithinDays` lists approvals that end soon. */
  readonly authorizations: ReadonlyArray<Authorization>;
  /** One completed capture of a case, for the capture viewer. Opening it is recorded as a VIEWED custody event. */
  readonly capture: CaptureDetail;
  /** One case; NOT_FOUND when you may not see it. */
  readonly case: Case;
  /** Cases you may see, newest first. */
  readonly cases: CaseConnection;
  /** Accounts ranked by betweenness, then degree. */
  readonly centralAccounts: ReadonlyArray<CentralAccount>;
  /** Enabled users whose user name or display name contains the search (2 characters or more), to assign them to a case; administrators are never listed, nor offered this search. */
  readonly colleagues: ReadonlyArray<User>;
  /** A collection job of a case you may collect on. */
  readonly collectionJob: CollectionJob;
  /** Louvain communities of the case's interaction graph; LIMIT_EXCEEDED past maxEdges (at most 50000). */
  readonly communities: CommunityResult;
  /** The exports of a case, newest first. */
  readonly exports: ReadonlyArray<Export>;
  /** Decisions for supervisors, newest first, by case and outcome. */
  readonly gateDecisions: ReadonlyArray<GateDecision>;
  /** The department policy in force. */
  readonly gatePolicy: GatePolicy;
  /** Candidate links involving the case's accounts, across the cases you may see; best first. */
  readonly linkCandidates: ReadonlyArray<LinkCandidate>;
  /** The signed-in user, or null when signed out. */
  readonly me: Maybe<User>;
  /** Who posted a media file, in time order, and who reposted it. */
  readonly mediaSpread: ReadonlyArray<SpreadEvent>;
  /** The signed-in user's own decisions, with reasons. */
  readonly myGateDecisions: ReadonlyArray<GateDecision>;
  /** Nodes within hops (1 to 3) of a node; LIMIT_EXCEEDED past maxNodes (at most 2000). */
  readonly neighbourhood: Neighbourhood;
  /** A node of the case with its facts and the captures behind them. */
  readonly node: NodeDetail;
  /** Shortest path inside the case (null when none within maxHops, at most 12). */
  readonly shortestPath: Maybe<GraphPath>;
  /** All users (administrators only). */
  readonly users: ReadonlyArray<User>;
  /** The running casegraph version. */
  readonly version: Scalars['String']['output'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryAuditEventsArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryAuthorizationsArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  limit?: Scalars['Int']['input'];
  status?: InputMaybe<Scalars['String']['input']>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryCaptureArgs = {
  caseId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryCentralAccountsArgs = {
  caseId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxEdges?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryColleaguesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryCollectionJobArgs = {
  caseId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryCommunitiesArgs = {
  caseId: Scalars['ID']['input'];
  maxEdges?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryExportsArgs = {
  caseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryGateDecisionsArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  decision?: InputMaybe<GateOutcome>;
  limit?: Scalars['Int']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryLinkCandidatesArgs = {
  caseId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryMediaSpreadArgs = {
  caseId: Scalars['ID']['input'];
  sha256: Scalars['String']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryMyGateDecisionsArgs = {
  limit?: Scalars['Int']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryNeighbourhoodArgs = {
  caseId: Scalars['ID']['input'];
  hops?: InputMaybe<Scalars['Int']['input']>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  ref: Scalars['String']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryNodeArgs = {
  caseId: Scalars['ID']['input'];
  ref: Scalars['String']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryShortestPathArgs = {
  caseId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  includeTopics?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryUsersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a user may do across casegraph; per-case powers follow from it and from case assignment. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'DETECTIVE'
  | 'PROSECUTOR'
  | 'SUPERVISOR';

/** One post in the spread of a media file. */
export type SpreadEvent = {
  readonly __typename?: 'SpreadEvent';
  /** Reference of the posting account. */
  readonly account: Scalars['String']['output'];
  /** SHA-256 of the artifacts the post was captured in. */
  readonly artifacts: ReadonlyArray<Scalars['String']['output']>;
  /** Handle of the posting account. */
  readonly handle: Maybe<Scalars['String']['output']>;
  /** UPLOAD (the post carries the file) or REPOST (reposts or quotes one that does). */
  readonly kind: Scalars['String']['output'];
  /** Reference of the post. */
  readonly post: Scalars['String']['output'];
  /** When the platform says it was posted (ISO-8601). */
  readonly postedAt: Maybe<Scalars['String']['output']>;
  /** The post a repost points at. */
  readonly via: Maybe<Scalars['String']['output']>;
};

/** A post or a capture on the case's timeline. */
export type TimelineEvent = {
  readonly __typename?: 'TimelineEvent';
  /** When (ISO-8601 UTC). */
  readonly at: Scalars['String']['output'];
  /** POST or CAPTURE. */
  readonly kind: Scalars['String']['output'];
  /** post:… or capture:… reference. */
  readonly ref: Scalars['String']['output'];
  /** A short description. */
  readonly summary: Maybe<Scalars['String']['output']>;
};

/** A casegraph user, as other users see them. */
export type User = {
  readonly __typename?: 'User';
  /** Badge number, as evidence reports name the user. */
  readonly badge: Maybe<Scalars['String']['output']>;
  /** Name shown in the workspace and in evidence reports. */
  readonly displayName: Scalars['String']['output'];
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** Rank or title, as evidence reports name the user. */
  readonly rank: Maybe<Scalars['String']['output']>;
  /** The user's role. */
  readonly role: Role;
  /** The unit the user belongs to (a supervisor oversees its cases). */
  readonly unit: Maybe<Scalars['String']['output']>;
  /** Sign-in name (lower case). */
  readonly username: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<Account>;
  ArtifactSummary: ResolverTypeWrapper<ArtifactSummary>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  Authorization: ResolverTypeWrapper<Authorization>;
  AuthorizationApprovalInput: AuthorizationApprovalInput;
  AuthorizationRequestInput: AuthorizationRequestInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkReachInput: BulkReachInput;
  CaptureArtifact: ResolverTypeWrapper<CaptureArtifact>;
  CaptureDetail: ResolverTypeWrapper<CaptureDetail>;
  CaptureSummary: ResolverTypeWrapper<CaptureSummary>;
  Case: ResolverTypeWrapper<CaseRecordModel>;
  CaseChangesInput: CaseChangesInput;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'nodes'> & { nodes: ReadonlyArray<ResolversTypes['Case']> }>;
  CaseCounts: ResolverTypeWrapper<CaseCounts>;
  CaseStatus: CaseStatus;
  CentralAccount: ResolverTypeWrapper<CentralAccount>;
  CollectionJob: ResolverTypeWrapper<CollectionJob>;
  CollectionRequestInput: CollectionRequestInput;
  CollectionStarted: ResolverTypeWrapper<CollectionStarted>;
  CollectionTargetInput: CollectionTargetInput;
  Community: ResolverTypeWrapper<Community>;
  CommunityMember: ResolverTypeWrapper<CommunityMember>;
  CommunityResult: ResolverTypeWrapper<CommunityResult>;
  CustodyEntry: ResolverTypeWrapper<CustodyEntry>;
  DeviceInput: DeviceInput;
  Export: ResolverTypeWrapper<Export>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GateDecision: ResolverTypeWrapper<GateDecision>;
  GateOutcome: GateOutcome;
  GatePolicy: ResolverTypeWrapper<GatePolicy>;
  GatePolicyRule: ResolverTypeWrapper<GatePolicyRule>;
  GateReason: ResolverTypeWrapper<GateReason>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphPath: ResolverTypeWrapper<GraphPath>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LinkCandidate: ResolverTypeWrapper<Omit<LinkCandidate, 'features'> & { features: ReadonlyArray<ResolversTypes['LinkFeature']> }>;
  LinkDecision: ResolverTypeWrapper<Omit<LinkDecision, 'candidate'> & { candidate: ResolversTypes['LinkCandidate'] }>;
  LinkFeature: ResolverTypeWrapper<LinkFeatureModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<Neighbourhood>;
  NewAccountInput: NewAccountInput;
  NewCaseInput: NewCaseInput;
  NewPersonInput: NewPersonInput;
  NewUserInput: NewUserInput;
  NodeCapture: ResolverTypeWrapper<NodeCapture>;
  NodeDetail: ResolverTypeWrapper<NodeDetail>;
  Person: ResolverTypeWrapper<Person>;
  PersonRole: PersonRole;
  PersonaInput: PersonaInput;
  Post: ResolverTypeWrapper<Post>;
  PredicateInput: PredicateInput;
  Purpose: Purpose;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  SpreadEvent: ResolverTypeWrapper<SpreadEvent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  User: ResolverTypeWrapper<User>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: Account;
  ArtifactSummary: ArtifactSummary;
  AuditEvent: AuditEvent;
  AuditEventConnection: AuditEventConnection;
  Authorization: Authorization;
  AuthorizationApprovalInput: AuthorizationApprovalInput;
  AuthorizationRequestInput: AuthorizationRequestInput;
  Boolean: Scalars['Boolean']['output'];
  BulkReachInput: BulkReachInput;
  CaptureArtifact: CaptureArtifact;
  CaptureDetail: CaptureDetail;
  CaptureSummary: CaptureSummary;
  Case: CaseRecordModel;
  CaseChangesInput: CaseChangesInput;
  CaseConnection: Omit<CaseConnection, 'nodes'> & { nodes: ReadonlyArray<ResolversParentTypes['Case']> };
  CaseCounts: CaseCounts;
  CentralAccount: CentralAccount;
  CollectionJob: CollectionJob;
  CollectionRequestInput: CollectionRequestInput;
  CollectionStarted: CollectionStarted;
  CollectionTargetInput: CollectionTargetInput;
  Community: Community;
  CommunityMember: CommunityMember;
  CommunityResult: CommunityResult;
  CustodyEntry: CustodyEntry;
  DeviceInput: DeviceInput;
  Export: Export;
  Float: Scalars['Float']['output'];
  GateDecision: GateDecision;
  GatePolicy: GatePolicy;
  GatePolicyRule: GatePolicyRule;
  GateReason: GateReason;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  GraphPath: GraphPath;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LinkCandidate: Omit<LinkCandidate, 'features'> & { features: ReadonlyArray<ResolversParentTypes['LinkFeature']> };
  LinkDecision: Omit<LinkDecision, 'candidate'> & { candidate: ResolversParentTypes['LinkCandidate'] };
  LinkFeature: LinkFeatureModel;
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: Neighbourhood;
  NewAccountInput: NewAccountInput;
  NewCaseInput: NewCaseInput;
  NewPersonInput: NewPersonInput;
  NewUserInput: NewUserInput;
  NodeCapture: NodeCapture;
  NodeDetail: NodeDetail;
  Person: Person;
  PersonaInput: PersonaInput;
  Post: Post;
  PredicateInput: PredicateInput;
  Query: Record<PropertyKey, never>;
  SpreadEvent: SpreadEvent;
  String: Scalars['String']['output'];
  TimelineEvent: TimelineEvent;
  User: User;
};

export type AccountResolvers<ContextType = any, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArtifactSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['ArtifactSummary'] = ResolversParentTypes['ArtifactSummary']> = {
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
};

export type AuthorizationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Authorization'] = ResolversParentTypes['Authorization']> = {
  approvedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  bulkScope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bulkTargetKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bulkTargetValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  justification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalReviewReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personaHandle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requesterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requesterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  writtenPermissionReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaptureArtifactResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaptureArtifact'] = ResolversParentTypes['CaptureArtifact']> = {
  downloadPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CaptureDetailResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaptureDetail'] = ResolversParentTypes['CaptureDetail']> = {
  artifacts?: Resolver<ReadonlyArray<ResolversTypes['CaptureArtifact']>, ParentType, ContextType>;
  custody?: Resolver<ReadonlyArray<ResolversTypes['CustodyEntry']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['GateDecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordJson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaptureSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaptureSummary'] = ResolversParentTypes['CaptureSummary']> = {
  artifacts?: Resolver<ReadonlyArray<ResolversTypes['ArtifactSummary']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseResolvers<ContextType = any, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  accounts?: Resolver<ReadonlyArray<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<CaseAccountsArgs, 'first'>>;
  assignees?: Resolver<ReadonlyArray<ResolversTypes['User']>, ParentType, ContextType>;
  captures?: Resolver<ReadonlyArray<ResolversTypes['CaptureSummary']>, ParentType, ContextType, RequireFields<CaseCapturesArgs, 'first'>>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['CaseCounts'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<CaseGraphArgs, 'maxNodes'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persons?: Resolver<ReadonlyArray<ResolversTypes['Person']>, ParentType, ContextType>;
  posts?: Resolver<ReadonlyArray<ResolversTypes['Post']>, ParentType, ContextType, RequireFields<CasePostsArgs, 'first'>>;
  purpose?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType>;
  purposeClause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  timeline?: Resolver<ReadonlyArray<ResolversTypes['TimelineEvent']>, ParentType, ContextType, RequireFields<CaseTimelineArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['Case']>, ParentType, ContextType>;
};

export type CaseCountsResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaseCounts'] = ResolversParentTypes['CaseCounts']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  captures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  persons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CentralAccountResolvers<ContextType = any, ParentType extends ResolversParentTypes['CentralAccount'] = ResolversParentTypes['CentralAccount']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CollectionJobResolvers<ContextType = any, ParentType extends ResolversParentTypes['CollectionJob'] = ResolversParentTypes['CollectionJob']> = {
  captureId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CollectionStartedResolvers<ContextType = any, ParentType extends ResolversParentTypes['CollectionStarted'] = ResolversParentTypes['CollectionStarted']> = {
  decision?: Resolver<ResolversTypes['GateDecision'], ParentType, ContextType>;
  jobId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = any, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ReadonlyArray<ResolversTypes['CommunityMember']>, ParentType, ContextType>;
};

export type CommunityMemberResolvers<ContextType = any, ParentType extends ResolversParentTypes['CommunityMember'] = ResolversParentTypes['CommunityMember']> = {
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommunityResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['CommunityResult'] = ResolversParentTypes['CommunityResult']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communities?: Resolver<ReadonlyArray<ResolversTypes['Community']>, ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CustodyEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustodyEntry'] = ResolversParentTypes['CustodyEntry']> = {
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  artifactHashes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detailsJson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prevHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExportResolvers<ContextType = any, ParentType extends ResolversParentTypes['Export'] = ResolversParentTypes['Export']> = {
  captureIds?: Resolver<Maybe<ReadonlyArray<ResolversTypes['ID']>>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GateDecisionResolvers<ContextType = any, ParentType extends ResolversParentTypes['GateDecision'] = ResolversParentTypes['GateDecision']> = {
  authorizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clauses?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['GateOutcome'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<ReadonlyArray<ResolversTypes['GateReason']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requesterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GatePolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['GatePolicy'] = ResolversParentTypes['GatePolicy']> = {
  collectionRules?: Resolver<ReadonlyArray<ResolversTypes['GatePolicyRule']>, ParentType, ContextType>;
  exportRules?: Resolver<ReadonlyArray<ResolversTypes['GatePolicyRule']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GatePolicyRuleResolvers<ContextType = any, ParentType extends ResolversParentTypes['GatePolicyRule'] = ResolversParentTypes['GatePolicyRule']> = {
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onFail?: Resolver<ResolversTypes['GateOutcome'], ParentType, ContextType>;
  remedy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GateReasonResolvers<ContextType = any, ParentType extends ResolversParentTypes['GateReason'] = ResolversParentTypes['GateReason']> = {
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remedy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = any, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphPathResolvers<ContextType = any, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type LinkCandidateResolvers<ContextType = any, ParentType extends ResolversParentTypes['LinkCandidate'] = ResolversParentTypes['LinkCandidate']> = {
  a?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  artifacts?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  b?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  blockedBy?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  features?: Resolver<ReadonlyArray<ResolversTypes['LinkFeature']>, ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type LinkDecisionResolvers<ContextType = any, ParentType extends ResolversParentTypes['LinkDecision'] = ResolversParentTypes['LinkDecision']> = {
  candidate?: Resolver<ResolversTypes['LinkCandidate'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LinkFeatureResolvers<ContextType = any, ParentType extends ResolversParentTypes['LinkFeature'] = ResolversParentTypes['LinkFeature']> = {
  artifacts?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addAccount?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationAddAccountArgs, 'caseId' | 'input'>>;
  addPerson?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationAddPersonArgs, 'caseId' | 'input'>>;
  annotate?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationAnnotateArgs, 'caseId' | 'ref' | 'text'>>;
  approveAuthorization?: Resolver<ResolversTypes['Authorization'], ParentType, ContextType, RequireFields<MutationApproveAuthorizationArgs, 'id' | 'input'>>;
  assignUser?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationAssignUserArgs, 'caseId' | 'userId'>>;
  closeCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationCloseCaseArgs, 'id' | 'reason'>>;
  confirmLink?: Resolver<ResolversTypes['LinkDecision'], ParentType, ContextType, RequireFields<MutationConfirmLinkArgs, 'a' | 'b' | 'caseId'>>;
  createCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationCreateCaseArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  evaluateCollection?: Resolver<ResolversTypes['GateDecision'], ParentType, ContextType, RequireFields<MutationEvaluateCollectionArgs, 'input'>>;
  login?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejectAuthorization?: Resolver<ResolversTypes['Authorization'], ParentType, ContextType, RequireFields<MutationRejectAuthorizationArgs, 'id' | 'reason'>>;
  rejectLink?: Resolver<ResolversTypes['LinkDecision'], ParentType, ContextType, RequireFields<MutationRejectLinkArgs, 'a' | 'b' | 'caseId'>>;
  requestAuthorization?: Resolver<ResolversTypes['Authorization'], ParentType, ContextType, RequireFields<MutationRequestAuthorizationArgs, 'input'>>;
  resetUserPassword?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationResetUserPasswordArgs, 'id' | 'password'>>;
  revokeAuthorization?: Resolver<ResolversTypes['Authorization'], ParentType, ContextType, RequireFields<MutationRevokeAuthorizationArgs, 'id' | 'reason'>>;
  setUserDisabled?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserDisabledArgs, 'disabled' | 'id'>>;
  setUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'id' | 'reason' | 'role'>>;
  startCollection?: Resolver<ResolversTypes['CollectionStarted'], ParentType, ContextType, RequireFields<MutationStartCollectionArgs, 'input'>>;
  startExport?: Resolver<ResolversTypes['Export'], ParentType, ContextType, RequireFields<MutationStartExportArgs, 'caseId' | 'reason'>>;
  tieAccountToPerson?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationTieAccountToPersonArgs, 'account' | 'basis' | 'caseId' | 'confidence' | 'personId'>>;
  updateCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationUpdateCaseArgs, 'id' | 'input'>>;
};

export type NeighbourhoodResolvers<ContextType = any, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type NodeCaptureResolvers<ContextType = any, ParentType extends ResolversParentTypes['NodeCapture'] = ResolversParentTypes['NodeCapture']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeDetailResolvers<ContextType = any, ParentType extends ResolversParentTypes['NodeDetail'] = ResolversParentTypes['NodeDetail']> = {
  captures?: Resolver<ReadonlyArray<ResolversTypes['NodeCapture']>, ParentType, ContextType>;
  propertiesJson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSha256s?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = any, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PersonRole'], ParentType, ContextType>;
};

export type PostResolvers<ContextType = any, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = {
  authorHandle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  captureIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  authorizations?: Resolver<ReadonlyArray<ResolversTypes['Authorization']>, ParentType, ContextType, RequireFields<QueryAuthorizationsArgs, 'limit'>>;
  capture?: Resolver<ResolversTypes['CaptureDetail'], ParentType, ContextType, RequireFields<QueryCaptureArgs, 'caseId' | 'id'>>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryCasesArgs, 'first'>>;
  centralAccounts?: Resolver<ReadonlyArray<ResolversTypes['CentralAccount']>, ParentType, ContextType, RequireFields<QueryCentralAccountsArgs, 'caseId' | 'limit' | 'maxEdges'>>;
  colleagues?: Resolver<ReadonlyArray<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryColleaguesArgs, 'first' | 'search'>>;
  collectionJob?: Resolver<ResolversTypes['CollectionJob'], ParentType, ContextType, RequireFields<QueryCollectionJobArgs, 'caseId' | 'id'>>;
  communities?: Resolver<ResolversTypes['CommunityResult'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'caseId' | 'maxEdges'>>;
  exports?: Resolver<ReadonlyArray<ResolversTypes['Export']>, ParentType, ContextType, RequireFields<QueryExportsArgs, 'caseId' | 'first'>>;
  gateDecisions?: Resolver<ReadonlyArray<ResolversTypes['GateDecision']>, ParentType, ContextType, RequireFields<QueryGateDecisionsArgs, 'limit'>>;
  gatePolicy?: Resolver<ResolversTypes['GatePolicy'], ParentType, ContextType>;
  linkCandidates?: Resolver<ReadonlyArray<ResolversTypes['LinkCandidate']>, ParentType, ContextType, RequireFields<QueryLinkCandidatesArgs, 'caseId' | 'limit'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  mediaSpread?: Resolver<ReadonlyArray<ResolversTypes['SpreadEvent']>, ParentType, ContextType, RequireFields<QueryMediaSpreadArgs, 'caseId' | 'sha256'>>;
  myGateDecisions?: Resolver<ReadonlyArray<ResolversTypes['GateDecision']>, ParentType, ContextType, RequireFields<QueryMyGateDecisionsArgs, 'limit'>>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'caseId' | 'hops' | 'maxNodes' | 'ref'>>;
  node?: Resolver<ResolversTypes['NodeDetail'], ParentType, ContextType, RequireFields<QueryNodeArgs, 'caseId' | 'ref'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'caseId' | 'from' | 'includeTopics' | 'maxHops' | 'to'>>;
  users?: Resolver<ReadonlyArray<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SpreadEventResolvers<ContextType = any, ParentType extends ResolversParentTypes['SpreadEvent'] = ResolversParentTypes['SpreadEvent']> = {
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  artifacts?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  post?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = any, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  badge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  Account?: AccountResolvers<ContextType>;
  ArtifactSummary?: ArtifactSummaryResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  Authorization?: AuthorizationResolvers<ContextType>;
  CaptureArtifact?: CaptureArtifactResolvers<ContextType>;
  CaptureDetail?: CaptureDetailResolvers<ContextType>;
  CaptureSummary?: CaptureSummaryResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseCounts?: CaseCountsResolvers<ContextType>;
  CentralAccount?: CentralAccountResolvers<ContextType>;
  CollectionJob?: CollectionJobResolvers<ContextType>;
  CollectionStarted?: CollectionStartedResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityMember?: CommunityMemberResolvers<ContextType>;
  CommunityResult?: CommunityResultResolvers<ContextType>;
  CustodyEntry?: CustodyEntryResolvers<ContextType>;
  Export?: ExportResolvers<ContextType>;
  GateDecision?: GateDecisionResolvers<ContextType>;
  GatePolicy?: GatePolicyResolvers<ContextType>;
  GatePolicyRule?: GatePolicyRuleResolvers<ContextType>;
  GateReason?: GateReasonResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  LinkCandidate?: LinkCandidateResolvers<ContextType>;
  LinkDecision?: LinkDecisionResolvers<ContextType>;
  LinkFeature?: LinkFeatureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  NodeCapture?: NodeCaptureResolvers<ContextType>;
  NodeDetail?: NodeDetailResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SpreadEvent?: SpreadEventResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

