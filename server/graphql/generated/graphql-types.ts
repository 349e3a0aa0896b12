import type { GraphQLResolveInfo } from 'graphql';
import type { CaseRecord as CaseRecordModel } from '../../../graph/repositories/case.repository.js';
import type { AuthorizationRecord as AuthorizationRecordModel } from '../../../graph/repositories/authorization.repository.js';
import type { LinkFeature as LinkFeatureModel } from '../../linking/linking-types.js';
import type { CasePerson as CasePersonModel } from '../../../graph/repositories/person.repository.js';
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
  /** The capture of this case whose reading is shown (its latest); null when no capture of this case read the account. */
  readonly observedBy: Maybe<Scalars['ID']['output']>;
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

/** A capture of the case that stored a file named by its SHA-256. */
export type ArtifactCapture = {
  readonly __typename?: 'ArtifactCapture';
  /** The capture that stored it. */
  readonly captureId: Scalars['ID']['output'];
  /** WARC, SCREENSHOT, DOM, RESPONSE, MEDIA or METADATA. */
  readonly kind: Maybe<Scalars['String']['output']>;
  /** The file's name inside the capture. */
  readonly name: Maybe<Scalars['String']['output']>;
  /** The platform the capture collected from. */
  readonly platform: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the file. */
  readonly sha256: Scalars['String']['output'];
  /** When the capture started (ISO-8601 UTC). */
  readonly startedAt: Maybe<Scalars['String']['output']>;
  /** What the capture collected. */
  readonly targetValue: Maybe<Scalars['String']['output']>;
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
  /** The approving supervisor's name. */
  readonly approverName: Maybe<Scalars['String']['output']>;
  /** The bulk scope it grants (FOLLOWERS, TAG, SEARCH), if any. */
  readonly bulkScope: Maybe<Scalars['String']['output']>;
  /** The kind of target the bulk grant applies to. */
  readonly bulkTargetKind: Maybe<Scalars['String']['output']>;
  /** The target the bulk grant applies to. */
  readonly bulkTargetValue: Maybe<Scalars['String']['output']>;
  /** The case it covers. */
  readonly caseId: Scalars['ID']['output'];
  /** The number of the case it covers. */
  readonly caseNumber: Maybe<Scalars['String']['output']>;
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
  /** Whether the policy requires a recorded legal review for it. */
  readonly legalReviewRequired: Scalars['Boolean']['output'];
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
  /** What the policy requires before this authorization counts, in words (legal review included where the platform's terms need one). */
  readonly requirements: ReadonlyArray<Scalars['String']['output']>;
  /** When it was revoked. */
  readonly revokedAt: Maybe<Scalars['String']['output']>;
  /** Who revoked it. */
  readonly revokedBy: Maybe<Scalars['ID']['output']>;
  /** REQUESTED, APPROVED, REJECTED or REVOKED; see `expired` for approvals past their expiry. */
  readonly status: Scalars['String']['output'];
  /** The approval that replaced this one. */
  readonly supersededBy: Maybe<Scalars['ID']['output']>;
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

/** One review decision on a capture. */
export type CaptureReview = {
  readonly __typename?: 'CaptureReview';
  /** When (ISO-8601 UTC). */
  readonly at: Scalars['String']['output'];
  /** KEEP or PURGE. */
  readonly decision: Scalars['String']['output'];
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** The next review date, for a capture kept. */
  readonly nextReviewAt: Maybe<Scalars['String']['output']>;
  /** Why. */
  readonly reason: Scalars['String']['output'];
  /** Who reviewed (name). */
  readonly reviewer: Maybe<Scalars['String']['output']>;
};

/** One act of collection. */
export type CaptureSummary = {
  readonly __typename?: 'CaptureSummary';
  /** Files it stored. */
  readonly artifacts: ReadonlyArray<ArtifactSummary>;
  /** End (ISO-8601 UTC). */
  readonly endedAt: Maybe<Scalars['String']['output']>;
  /** Why the attempt failed, in words a detective understands; null unless FAILED. */
  readonly errorWords: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** Platform collected from. */
  readonly platform: Maybe<Scalars['String']['output']>;
  /** The collection request it was made for: the attempts of one collection share it. */
  readonly requestId: Maybe<Scalars['String']['output']>;
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

/** A change, with the two captures of the case that prove it. */
export type Change = {
  readonly __typename?: 'Change';
  /** account:… reference of the account it concerns. */
  readonly account: Maybe<Scalars['String']['output']>;
  /** That account's handle, as the case read it. */
  readonly accountLabel: Maybe<Scalars['String']['output']>;
  /** The reading after the change; null for a deleted post. */
  readonly after: Maybe<Reading>;
  /** The capture that showed the change. */
  readonly afterCapture: Maybe<HistoryCapture>;
  /** When it was found: the start of the capture that showed it (ISO-8601 UTC). */
  readonly at: Scalars['String']['output'];
  /** RECAPTURE (two captures compared), EDIT_HISTORY (the platform's history), LISTING (a re-captured listing) or NOT_FOUND (the platform, asked for the post itself, answered that it is gone). */
  readonly basis: Scalars['String']['output'];
  /** The reading before the change; for a deleted post, the last one. */
  readonly before: Maybe<Reading>;
  /** The capture that read the earlier state (for a deleted post: the last capture that saw it). */
  readonly beforeCapture: Maybe<HistoryCapture>;
  /** Word-level difference of the text or profile text, when it changed. */
  readonly diff: ReadonlyArray<WordDiffPart>;
  /** The fields that differ. */
  readonly fields: ReadonlyArray<Scalars['String']['output']>;
  /** For a NOT_FOUND deletion: the platform's HTTP status for the post itself. */
  readonly httpStatus: Maybe<Scalars['Int']['output']>;
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** What kind of change. */
  readonly kind: ChangeKind;
  /** For a NOT_FOUND deletion: what the platform answered, in words (its status and its error, or how it marked the post). */
  readonly notFoundAnswer: Maybe<Scalars['String']['output']>;
  /** For a NOT_FOUND deletion: SHA-256 of that answer as the capture stored it. */
  readonly responseSha256: Maybe<Scalars['String']['output']>;
  /** post:… or account:… reference of what changed. */
  readonly subject: Scalars['String']['output'];
  /** The post's start or the account's handle, as the case read it. */
  readonly subjectLabel: Maybe<Scalars['String']['output']>;
  /** One sentence a detective reads. */
  readonly summary: Scalars['String']['output'];
};

/** A page of changes, newest first. */
export type ChangeConnection = {
  readonly __typename?: 'ChangeConnection';
  /** Pass as `after` for the next page; null on the last page. */
  readonly endCursor: Maybe<Scalars['String']['output']>;
  /** The changes of this page. */
  readonly nodes: ReadonlyArray<Change>;
};

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

/** A collection job as the queue reports it. */
export type CollectionJob = {
  readonly __typename?: 'CollectionJob';
  /** Attempts made so far. */
  readonly attempts: Scalars['Int']['output'];
  /** The capture the job produced, once completed. */
  readonly captureId: Maybe<Scalars['ID']['output']>;
  /** Why the job failed, when it did: the technical detail (code, address, HTTP status). */
  readonly error: Maybe<Scalars['String']['output']>;
  /** Why the last attempt failed, in words a detective understands. */
  readonly failure: Maybe<Scalars['String']['output']>;
  /** The job's id. */
  readonly id: Scalars['ID']['output'];
  /** Attempts the queue allows before it gives up. */
  readonly maxAttempts: Scalars['Int']['output'];
  /** When a failed attempt is tried again (ISO-8601 UTC); null when none is due. */
  readonly retryAt: Maybe<Scalars['String']['output']>;
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
  /** Who, as people read it: the user's name, or casegraph and its component. */
  readonly actorName: Scalars['String']['output'];
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

/** A capture as a history names it. */
export type HistoryCapture = {
  readonly __typename?: 'HistoryCapture';
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** When it started (ISO-8601 UTC). */
  readonly startedAt: Maybe<Scalars['String']['output']>;
  /** What was collected. */
  readonly targetValue: Maybe<Scalars['String']['output']>;
};

/** A legal hold on a case or one of its captures: while active, nothing it covers is purged. */
export type LegalHold = {
  readonly __typename?: 'LegalHold';
  /** Whether it still holds. */
  readonly active: Scalars['Boolean']['output'];
  /** The capture held, or null for the whole case. */
  readonly captureId: Maybe<Scalars['ID']['output']>;
  /** The case. */
  readonly caseId: Scalars['ID']['output'];
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** The matter (case caption, records request, preservation duty). */
  readonly matter: Scalars['String']['output'];
  /** When (ISO-8601 UTC). */
  readonly placedAt: Scalars['String']['output'];
  /** Who placed it (name). */
  readonly placedBy: Maybe<Scalars['String']['output']>;
  /** Why the evidence must be kept. */
  readonly reason: Scalars['String']['output'];
  /** Why it was released. */
  readonly releaseReason: Maybe<Scalars['String']['output']>;
  /** When it was released. */
  readonly releasedAt: Maybe<Scalars['String']['output']>;
  /** Who released it (name). */
  readonly releasedBy: Maybe<Scalars['String']['output']>;
};

/** A file of a preservation letter. */
export type LetterFile = {
  readonly __typename?: 'LetterFile';
  /** Media type. */
  readonly mediaType: Maybe<Scalars['String']['output']>;
  /** letter.pdf or letter.txt. */
  readonly name: Scalars['String']['output'];
  /** SHA-256 of the bytes. */
  readonly sha256: Scalars['String']['output'];
  /** Size in bytes. */
  readonly size: Scalars['Float']['output'];
};

/** A capture as the records lifecycle sees it: when it is due for review, and whether it was purged. */
export type LifecycleCapture = {
  readonly __typename?: 'LifecycleCapture';
  /** SHA-256 of every file it stored. */
  readonly artifactHashes: ReadonlyArray<Scalars['String']['output']>;
  /** The case it belongs to. */
  readonly caseId: Scalars['ID']['output'];
  /** The case's number. */
  readonly caseNumber: Scalars['String']['output'];
  /** Whether its case has a recorded charge (the evidence schedule applies). */
  readonly charged: Scalars['Boolean']['output'];
  /** When it entered casegraph (ISO-8601 UTC). */
  readonly enteredAt: Maybe<Scalars['String']['output']>;
  /** The capture's id. */
  readonly id: Scalars['ID']['output'];
  /** Whether a purge of it is under way (it can be retried). */
  readonly purgePending: Scalars['Boolean']['output'];
  /** When it must be reviewed (ISO-8601 UTC); null until it has a review date. */
  readonly reviewDueAt: Maybe<Scalars['String']['output']>;
  /** CAPTURED, FAILED or PURGED. */
  readonly status: Scalars['String']['output'];
  /** What was collected. */
  readonly target: Maybe<Scalars['String']['output']>;
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
  /** Confirms that one operator runs both accounts (SAME_OPERATOR; custody LINKED), with the analyst's reason. */
  readonly confirmLink: LinkDecision;
  /** Opens a case (detectives and supervisors); you are assigned to it. */
  readonly createCase: Case;
  /** Creates a user (administrators only). */
  readonly createUser: User;
  /**
   * Watches a target: collects it now and again every intervalHours until endsAt, each run decided
   * by the gate anew. Refused (GATE_DENIED) when the gate does not allow the first run.
   */
  readonly createWatch: WatchStarted;
  /** Ends a watch for good. */
  readonly endWatch: Watch;
  /** Asks the gate about a collection without queueing it; the decision is stored like any other. */
  readonly evaluateCollection: GateDecision;
  /** Keeps a capture after review (supervisors), with the reason and the next review date. */
  readonly keepCapture: CaptureReview;
  /** Signs in and sets the session cookie. Five wrong passwords in a row lock the account for 15 minutes. Every refusal (unknown name, wrong password, locked or disabled account) is the same UNAUTHENTICATED answer. */
  readonly login: User;
  /** Ends the session and clears its cookie. */
  readonly logout: Scalars['Boolean']['output'];
  /** Pauses an active watch: no run until it is resumed. */
  readonly pauseWatch: Watch;
  /** Places a legal hold on the case, or on one capture of it (supervisors and prosecutors). */
  readonly placeLegalHold: LegalHold;
  /** Purges a capture (supervisors): bytes, and what only it supports in the graph; refused while held. */
  readonly purgeCapture: PurgeResult;
  /** Records a charge (supervisors and prosecutors): the case's captures follow the evidence schedule. */
  readonly recordCharge: Case;
  /** Records when the letter was sent and the provider's reference for it. */
  readonly recordPreservationSent: PreservationLetter;
  /** Rejects a requested authorization with a reason. */
  readonly rejectAuthorization: Authorization;
  /** Rejects the pair; it is not suggested again until new evidence appears (custody UNLINKED). */
  readonly rejectLink: LinkDecision;
  /** Releases an active legal hold, with the reason (supervisors and prosecutors). */
  readonly releaseLegalHold: LegalHold;
  /** Removes a person from the case; the record of who removed it, when and why is kept. */
  readonly removePerson: Scalars['Boolean']['output'];
  /** Reopens a closed case (supervisors), with the reason. */
  readonly reopenCase: Case;
  /** Asks a supervisor to authorize a covert method in writing. */
  readonly requestAuthorization: Authorization;
  /** Writes a §2703(f) preservation letter for a gate-allowed PRESERVATION_REQUEST; makes no network request. */
  readonly requestPreservation: PreservationLetter;
  /** Sets a new password and ends the user's sessions (administrators only). */
  readonly resetUserPassword: User;
  /** Resumes a paused or stopped watch: it runs at once, decided by the gate, then at its interval. */
  readonly resumeWatch: Watch;
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
  /** Ties an account of the case to a person of the case, with a confidence (0 to 1) and its basis (custody LINKED). */
  readonly tieAccountToPerson: Scalars['Boolean']['output'];
  /** Takes a user off a case (supervisors), with the reason. */
  readonly unassignUser: Case;
  /** Unties an account from a person, saying why (custody UNLINKED with the basis the tie had). */
  readonly untieAccountFromPerson: Scalars['Boolean']['output'];
  /** Changes a case's title or description. */
  readonly updateCase: Case;
  /** Changes a person's name, role or notes. */
  readonly updatePerson: Scalars['Boolean']['output'];
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
  reason?: InputMaybe<Scalars['String']['input']>;
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
export type MutationCreateWatchArgs = {
  endsAt: Scalars['String']['input'];
  input: CollectionRequestInput;
  intervalHours: Scalars['Int']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationEndWatchArgs = {
  caseId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationEvaluateCollectionArgs = {
  input: CollectionRequestInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationKeepCaptureArgs = {
  captureId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  nextReviewAt: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationPauseWatchArgs = {
  caseId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationPlaceLegalHoldArgs = {
  captureId?: InputMaybe<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
  matter: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationPurgeCaptureArgs = {
  captureId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  onReview?: InputMaybe<Scalars['Boolean']['input']>;
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationRecordChargeArgs = {
  caseId: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationRecordPreservationSentArgs = {
  caseId: Scalars['ID']['input'];
  letterId: Scalars['ID']['input'];
  providerReference?: InputMaybe<Scalars['String']['input']>;
  sentAt: Scalars['String']['input'];
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
export type MutationReleaseLegalHoldArgs = {
  caseId: Scalars['ID']['input'];
  holdId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationRemovePersonArgs = {
  caseId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationReopenCaseArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationRequestAuthorizationArgs = {
  input: AuthorizationRequestInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationRequestPreservationArgs = {
  input: CollectionRequestInput;
  letter: PreservationLetterInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationResumeWatchArgs = {
  caseId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
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
export type MutationUnassignUserArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationUntieAccountFromPersonArgs = {
  account: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: CaseChangesInput;
};


/** Changes; every one is checked against the signed-in user's role and cases. */
export type MutationUpdatePersonArgs = {
  caseId: Scalars['ID']['input'];
  input: PersonChangesInput;
  personId: Scalars['ID']['input'];
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

/** An account's or a post's history in one case. */
export type NodeHistory = {
  readonly __typename?: 'NodeHistory';
  /** The changes recorded about it, newest first. */
  readonly changes: ReadonlyArray<Change>;
  /** Handle or the start of the text, as the case last read it. */
  readonly label: Maybe<Scalars['String']['output']>;
  /** The node's reference. */
  readonly ref: Scalars['String']['output'];
  /** Every version the case's captures read, oldest first. */
  readonly versions: ReadonlyArray<NodeVersion>;
};

/** One version of an account or a post, with every capture of this case that read exactly that. */
export type NodeVersion = {
  readonly __typename?: 'NodeVersion';
  /** The captures of this case that read it, oldest first. */
  readonly captures: ReadonlyArray<HistoryCapture>;
  /** Word-level difference of the text (posts) or profile text (accounts) from the previous version; empty for the first. */
  readonly diff: ReadonlyArray<WordDiffPart>;
  /** When this case first read it (or the edit history's date). */
  readonly firstSeenAt: Scalars['String']['output'];
  /** True when it comes from the platform's own edit history rather than a capture reading it live. */
  readonly fromEditHistory: Scalars['Boolean']['output'];
  /** SHA-256 content hash of the reading. */
  readonly hash: Scalars['String']['output'];
  /** What it said. */
  readonly reading: Reading;
  /** When the platform's edit history dates the version. */
  readonly versionAt: Maybe<Scalars['String']['output']>;
};

/** A decision a supervisor made on one of your requests. */
export type Notification = {
  readonly __typename?: 'Notification';
  /** When it was decided (ISO-8601 UTC). */
  readonly at: Scalars['String']['output'];
  /** The authorization it is about. */
  readonly authorizationId: Scalars['ID']['output'];
  /** The case. */
  readonly caseId: Scalars['ID']['output'];
  /** The case's number. */
  readonly caseNumber: Scalars['String']['output'];
  /** Who decided (name). */
  readonly decidedBy: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** APPROVED, REJECTED, REVOKED or SUPERSEDED. */
  readonly kind: Scalars['String']['output'];
  /** What happened, in one sentence. */
  readonly message: Scalars['String']['output'];
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
  /** The accounts the person is tied to. */
  readonly ties: ReadonlyArray<PersonTie>;
};

/** Changes to a person; fields left out stay as they are. */
export type PersonChangesInput = {
  /** Name as known. */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** Free text. */
  readonly notes?: InputMaybe<Scalars['String']['input']>;
  /** How the person figures in the case. */
  readonly role?: InputMaybe<PersonRole>;
};

/** How a person figures in a case. */
export type PersonRole =
  | 'MISSING'
  | 'SUSPECT'
  | 'VICTIM'
  | 'WANTED'
  | 'WITNESS';

/** A person's tie to an account: what it rests on and how sure the detective is. */
export type PersonTie = {
  readonly __typename?: 'PersonTie';
  /** Node reference of the account: account:<platform>:<platformId>. */
  readonly account: Scalars['String']['output'];
  /** What the tie rests on. */
  readonly basis: Scalars['String']['output'];
  /** From 0 (a guess) to 1 (certain). */
  readonly confidence: Scalars['Float']['output'];
  /** Display name as the case knows it. */
  readonly displayName: Maybe<Scalars['String']['output']>;
  /** Handle as the case knows it. */
  readonly handle: Maybe<Scalars['String']['output']>;
  /** Platform name. */
  readonly platform: Scalars['String']['output'];
  /** When (ISO-8601 UTC). */
  readonly tiedAt: Maybe<Scalars['String']['output']>;
  /** Who tied them (name). */
  readonly tiedBy: Maybe<Scalars['String']['output']>;
};

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
  /** The capture of this case whose reading is shown (its latest). */
  readonly observedBy: Maybe<Scalars['ID']['output']>;
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

/** A post of the case that matched a search. */
export type PostHit = {
  readonly __typename?: 'PostHit';
  /** The posting account's handle. */
  readonly authorHandle: Maybe<Scalars['String']['output']>;
  /** The posting account's display name. */
  readonly authorName: Maybe<Scalars['String']['output']>;
  /** Reference of the posting account. */
  readonly authorRef: Maybe<Scalars['String']['output']>;
  /** Captures of this case that saw the post. */
  readonly captureIds: ReadonlyArray<Scalars['ID']['output']>;
  /** Platform name. */
  readonly platform: Scalars['String']['output'];
  /** When the platform says it was posted (ISO-8601). */
  readonly postedAt: Maybe<Scalars['String']['output']>;
  /** Node reference: post:<platform>:<platformId>. */
  readonly ref: Scalars['String']['output'];
  /** How well the post matched; higher is better, only comparable within one search. */
  readonly score: Scalars['Float']['output'];
  /** Text as captured. */
  readonly text: Maybe<Scalars['String']['output']>;
  /** Where the post lives. */
  readonly url: Maybe<Scalars['String']['output']>;
};

/** What a search found. */
export type PostSearchResult = {
  readonly __typename?: 'PostSearchResult';
  /** The posts, best match first. */
  readonly hits: ReadonlyArray<PostHit>;
  /** The words searched for, as the index reads them (for marking them in the results). */
  readonly words: ReadonlyArray<Scalars['String']['output']>;
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

/** A preservation letter under 18 U.S.C. §2703(f), kept as evidence of the case. */
export type PreservationLetter = {
  readonly __typename?: 'PreservationLetter';
  /** Account ids named. */
  readonly accountIds: ReadonlyArray<Scalars['String']['output']>;
  /** The gate decision it was written under. */
  readonly decisionId: Scalars['ID']['output'];
  /** True once the reminder date has come and no extension letter was written. */
  readonly extensionDue: Scalars['Boolean']['output'];
  /** When the workspace reminds you to ask for the 90-day extension. */
  readonly extensionReminderAt: Maybe<Scalars['String']['output']>;
  /** The letter's PDF and plain text. */
  readonly files: ReadonlyArray<LetterFile>;
  /** The letter's capture id. */
  readonly id: Scalars['ID']['output'];
  /** The platform. */
  readonly platform: Scalars['String']['output'];
  /** The end of the 90 days the provider keeps the records (from the date sent). */
  readonly preservedUntil: Maybe<Scalars['String']['output']>;
  /** The provider it is addressed to. */
  readonly providerName: Scalars['String']['output'];
  /** The provider's reference for it. */
  readonly providerReference: Maybe<Scalars['String']['output']>;
  /** Start of the date range. */
  readonly rangeFrom: Maybe<Scalars['String']['output']>;
  /** End of the date range. */
  readonly rangeTo: Maybe<Scalars['String']['output']>;
  /** When it was sent to the provider. */
  readonly sentAt: Maybe<Scalars['String']['output']>;
  /** The target of the gate request. */
  readonly targetValue: Scalars['String']['output'];
  /** URLs named. */
  readonly urls: ReadonlyArray<Scalars['String']['output']>;
  /** When the letter was written (ISO-8601 UTC). */
  readonly writtenAt: Scalars['String']['output'];
};

/** What a preservation letter names besides the gate request. */
export type PreservationLetterInput = {
  /** The provider's ids of the accounts to preserve. */
  readonly accountIds?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Start of the records' date range (ISO-8601 date). */
  readonly from?: InputMaybe<Scalars['String']['input']>;
  /** How the provider reaches you (telephone, e-mail). */
  readonly officerContact: Scalars['String']['input'];
  /** The supervisor named on the letter (user id): a supervisor of the case other than you. */
  readonly supervisorId: Scalars['ID']['input'];
  /** End of the records' date range (ISO-8601 date). */
  readonly to?: InputMaybe<Scalars['String']['input']>;
  /** Addresses of the accounts, posts or pages to preserve. */
  readonly urls?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
};

/** What a purge did. */
export type PurgeResult = {
  readonly __typename?: 'PurgeResult';
  /** SHA-256 of every file of the capture (kept on the chain). */
  readonly artifactHashes: ReadonlyArray<Scalars['String']['output']>;
  /** The capture purged. */
  readonly captureId: Scalars['ID']['output'];
  /** The PURGED custody event's number on the case's chain. */
  readonly custodyEvent: Scalars['Int']['output'];
  /** Accounts that only this capture supported, now out of the graph. */
  readonly removedAccounts: Scalars['Int']['output'];
  /** Files whose bytes left the evidence store (the others are still another capture's evidence). */
  readonly removedHashes: ReadonlyArray<Scalars['String']['output']>;
  /** Media that only this capture supported, now out of the graph. */
  readonly removedMedia: Scalars['Int']['output'];
  /** Posts that only this capture supported, now out of the graph. */
  readonly removedPosts: Scalars['Int']['output'];
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
  /** The case's captures that stored any of these files (at most 100 SHA-256s), newest first. */
  readonly artifactCaptures: ReadonlyArray<ArtifactCapture>;
  /** The audit trail, newest first. Administrators see every event; supervisors the events of a case they oversee (caseId required). */
  readonly auditEvents: AuditEventConnection;
  /** Authorizations for supervisors; `expiringWithinDays` lists approvals that end soon. */
  readonly authorizations: ReadonlyArray<Authorization>;
  /** One completed capture of a case, for the capture viewer. Opening it is recorded as a VIEWED custody event. */
  readonly capture: CaptureDetail;
  /** A capture's review date, status and review history. */
  readonly captureLifecycle: LifecycleCapture;
  /** A capture's reviews, newest first. */
  readonly captureReviews: ReadonlyArray<CaptureReview>;
  /** One case; NOT_FOUND when you may not see it. */
  readonly case: Case;
  /** Cases you may see, newest first. */
  readonly cases: CaseConnection;
  /** Accounts ranked by betweenness, then degree. */
  readonly centralAccounts: ReadonlyArray<CentralAccount>;
  /** The case's changes, newest first; `account` is an account:… reference. */
  readonly changes: ChangeConnection;
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
  /** The case's legal holds, active first. */
  readonly legalHolds: ReadonlyArray<LegalHold>;
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
  /** The history of an account or a post (ref account:… or post:…) as this case's own captures read it. */
  readonly nodeHistory: NodeHistory;
  /** Decisions others made on your own authorization requests, newest first. */
  readonly notifications: ReadonlyArray<Notification>;
  /** The case's preservation letters, newest first. */
  readonly preservationLetters: ReadonlyArray<PreservationLetter>;
  /** Captures due for review in the cases you oversee (supervisors), oldest due first. */
  readonly reviewQueue: ReadonlyArray<LifecycleCapture>;
  /**
   * The case's posts containing every word of `query`, accents ignored; "a phrase" in quotes stays a
   * phrase and a word ending in * is a prefix. Other punctuation is read as text, never as syntax.
   */
  readonly searchPosts: PostSearchResult;
  /** Shortest path inside the case (null when none within maxHops, at most 12). */
  readonly shortestPath: Maybe<GraphPath>;
  /** All users (administrators only). */
  readonly users: ReadonlyArray<User>;
  /** The running casegraph version. */
  readonly version: Scalars['String']['output'];
  /** The watches of a case you may read, newest first. */
  readonly watches: ReadonlyArray<Watch>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryArtifactCapturesArgs = {
  caseId: Scalars['ID']['input'];
  sha256s: ReadonlyArray<Scalars['String']['input']>;
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
export type QueryCaptureLifecycleArgs = {
  captureId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryCaptureReviewsArgs = {
  captureId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
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
export type QueryChangesArgs = {
  account?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<ReadonlyArray<ChangeKind>>;
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
export type QueryLegalHoldsArgs = {
  caseId: Scalars['ID']['input'];
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
export type QueryNodeHistoryArgs = {
  caseId: Scalars['ID']['input'];
  ref: Scalars['String']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryNotificationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryPreservationLettersArgs = {
  caseId: Scalars['ID']['input'];
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryReviewQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QuerySearchPostsArgs = {
  caseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
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


/**
 * casegraph's API. Every field other than `version` and the sign-in mutations requires a signed-in
 * user and is checked against the user's role and case assignments.
 */
export type QueryWatchesArgs = {
  caseId: Scalars['ID']['input'];
};

/** What one reading of an account or post said. */
export type Reading = {
  readonly __typename?: 'Reading';
  /** SHA-256 of the avatar picture as the capture kept it; null when it could not be fetched. */
  readonly avatarSha256: Maybe<Scalars['String']['output']>;
  /** Account avatar address. */
  readonly avatarUrl: Maybe<Scalars['String']['output']>;
  /** Account profile text. */
  readonly bio: Maybe<Scalars['String']['output']>;
  /** Account display name. */
  readonly displayName: Maybe<Scalars['String']['output']>;
  /** When the platform says it was last edited. */
  readonly editedAt: Maybe<Scalars['String']['output']>;
  /** Account handle. */
  readonly handle: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the media files it carried. */
  readonly media: ReadonlyArray<Scalars['String']['output']>;
  /** When the platform says it was posted. */
  readonly postedAt: Maybe<Scalars['String']['output']>;
  /** Post text. */
  readonly text: Maybe<Scalars['String']['output']>;
  /** Post title. */
  readonly title: Maybe<Scalars['String']['output']>;
  /** Where it lives. */
  readonly url: Maybe<Scalars['String']['output']>;
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
  /** POST, CAPTURE or CHANGE (see the case's changes feed). */
  readonly kind: Scalars['String']['output'];
  /** post:…, capture:… or change:… reference. */
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

/** A watch: one target collected again and again at an interval until an end date. */
export type Watch = {
  readonly __typename?: 'Watch';
  /** Captures its runs made. */
  readonly capturesMade: Scalars['Int']['output'];
  /** The case it collects for. */
  readonly caseId: Scalars['ID']['output'];
  /** When it was created (ISO-8601 UTC). */
  readonly createdAt: Scalars['String']['output'];
  /** When the watch ends (ISO-8601 UTC). */
  readonly endsAt: Scalars['String']['output'];
  /** Stable identifier. */
  readonly id: Scalars['ID']['output'];
  /** Hours between runs (1 to 720). */
  readonly intervalHours: Scalars['Int']['output'];
  /** The latest run. */
  readonly lastRun: Maybe<WatchRun>;
  /** How each run collects (PUBLIC_API, PUBLIC_WEB, ...). */
  readonly method: Scalars['String']['output'];
  /** When the next run is due; null unless the watch is active. */
  readonly nextRunAt: Maybe<Scalars['String']['output']>;
  /** The platform. */
  readonly platform: Scalars['String']['output'];
  /** The detective whose request each run submits to the gate. */
  readonly requesterName: Scalars['String']['output'];
  /** Runs so far. */
  readonly runs: Scalars['Int']['output'];
  /** Where the watch stands. */
  readonly status: WatchStatus;
  /** Why it stopped or ended, citing the gate's clause when the gate refused a run. */
  readonly stopReason: Maybe<Scalars['String']['output']>;
  /** The target in words, e.g. 'mastodon handle alice'. */
  readonly target: Scalars['String']['output'];
  /** handle, url, hashtag or search. */
  readonly targetKind: Scalars['String']['output'];
  /** The handle, URL, tag or search. */
  readonly targetValue: Scalars['String']['output'];
};

/** One run of a watch: a collection the gate decided anew. */
export type WatchRun = {
  readonly __typename?: 'WatchRun';
  /** When the run started (ISO-8601 UTC). */
  readonly at: Scalars['String']['output'];
  /** The capture the run made, once its collection ran. */
  readonly captureId: Maybe<Scalars['ID']['output']>;
  /** The clauses the gate cited when it refused the run (empty when it allowed it). */
  readonly clauses: ReadonlyArray<Scalars['String']['output']>;
  /** The collect job the run queued, when the gate allowed it. */
  readonly collectJobId: Maybe<Scalars['ID']['output']>;
  /** The gate's answer to the run; null when the run stopped before reaching the gate. */
  readonly decision: Maybe<GateOutcome>;
  /** What came of the run, in words: captured, failed and why, refused by the gate, or still running. */
  readonly result: Scalars['String']['output'];
};

/** A new watch, its first run decided and queued. */
export type WatchStarted = {
  readonly __typename?: 'WatchStarted';
  /** The gate's decision on the first run. */
  readonly decision: GateDecision;
  /** The first run's collect job. */
  readonly jobId: Scalars['ID']['output'];
  /** The watch. */
  readonly watch: Watch;
};

/** ACTIVE (runs at its interval), PAUSED, STOPPED (casegraph stopped it: see stopReason) or ENDED. */
export type WatchStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED'
  | 'STOPPED';

/** One piece of a word-level difference: unchanged, added or removed words. */
export type WordDiffPart = {
  readonly __typename?: 'WordDiffPart';
  /** True when the later reading added them. */
  readonly added: Scalars['Boolean']['output'];
  /** True when the later reading no longer has them. */
  readonly removed: Scalars['Boolean']['output'];
  /** The words, with their spacing. */
  readonly text: Scalars['String']['output'];
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
  ArtifactCapture: ResolverTypeWrapper<ArtifactCapture>;
  ArtifactSummary: ResolverTypeWrapper<ArtifactSummary>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  Authorization: ResolverTypeWrapper<AuthorizationRecordModel>;
  AuthorizationApprovalInput: AuthorizationApprovalInput;
  AuthorizationRequestInput: AuthorizationRequestInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkReachInput: BulkReachInput;
  CaptureArtifact: ResolverTypeWrapper<CaptureArtifact>;
  CaptureDetail: ResolverTypeWrapper<CaptureDetail>;
  CaptureReview: ResolverTypeWrapper<CaptureReview>;
  CaptureSummary: ResolverTypeWrapper<CaptureSummary>;
  Case: ResolverTypeWrapper<CaseRecordModel>;
  CaseChangesInput: CaseChangesInput;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'nodes'> & { nodes: ReadonlyArray<ResolversTypes['Case']> }>;
  CaseCounts: ResolverTypeWrapper<CaseCounts>;
  CaseStatus: CaseStatus;
  CentralAccount: ResolverTypeWrapper<CentralAccount>;
  Change: ResolverTypeWrapper<Change>;
  ChangeConnection: ResolverTypeWrapper<ChangeConnection>;
  ChangeKind: ChangeKind;
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
  HistoryCapture: ResolverTypeWrapper<HistoryCapture>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LegalHold: ResolverTypeWrapper<LegalHold>;
  LetterFile: ResolverTypeWrapper<LetterFile>;
  LifecycleCapture: ResolverTypeWrapper<LifecycleCapture>;
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
  NodeHistory: ResolverTypeWrapper<NodeHistory>;
  NodeVersion: ResolverTypeWrapper<NodeVersion>;
  Notification: ResolverTypeWrapper<Notification>;
  Person: ResolverTypeWrapper<CasePersonModel>;
  PersonChangesInput: PersonChangesInput;
  PersonRole: PersonRole;
  PersonTie: ResolverTypeWrapper<PersonTie>;
  PersonaInput: PersonaInput;
  Post: ResolverTypeWrapper<Post>;
  PostHit: ResolverTypeWrapper<PostHit>;
  PostSearchResult: ResolverTypeWrapper<PostSearchResult>;
  PredicateInput: PredicateInput;
  PreservationLetter: ResolverTypeWrapper<PreservationLetter>;
  PreservationLetterInput: PreservationLetterInput;
  PurgeResult: ResolverTypeWrapper<PurgeResult>;
  Purpose: Purpose;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reading: ResolverTypeWrapper<Reading>;
  Role: Role;
  SpreadEvent: ResolverTypeWrapper<SpreadEvent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  User: ResolverTypeWrapper<User>;
  Watch: ResolverTypeWrapper<Watch>;
  WatchRun: ResolverTypeWrapper<WatchRun>;
  WatchStarted: ResolverTypeWrapper<WatchStarted>;
  WatchStatus: WatchStatus;
  WordDiffPart: ResolverTypeWrapper<WordDiffPart>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: Account;
  ArtifactCapture: ArtifactCapture;
  ArtifactSummary: ArtifactSummary;
  AuditEvent: AuditEvent;
  AuditEventConnection: AuditEventConnection;
  Authorization: AuthorizationRecordModel;
  AuthorizationApprovalInput: AuthorizationApprovalInput;
  AuthorizationRequestInput: AuthorizationRequestInput;
  Boolean: Scalars['Boolean']['output'];
  BulkReachInput: BulkReachInput;
  CaptureArtifact: CaptureArtifact;
  CaptureDetail: CaptureDetail;
  CaptureReview: CaptureReview;
  CaptureSummary: CaptureSummary;
  Case: CaseRecordModel;
  CaseChangesInput: CaseChangesInput;
  CaseConnection: Omit<CaseConnection, 'nodes'> & { nodes: ReadonlyArray<ResolversParentTypes['Case']> };
  CaseCounts: CaseCounts;
  CentralAccount: CentralAccount;
  Change: Change;
  ChangeConnection: ChangeConnection;
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
  HistoryCapture: HistoryCapture;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LegalHold: LegalHold;
  LetterFile: LetterFile;
  LifecycleCapture: LifecycleCapture;
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
  NodeHistory: NodeHistory;
  NodeVersion: NodeVersion;
  Notification: Notification;
  Person: CasePersonModel;
  PersonChangesInput: PersonChangesInput;
  PersonTie: PersonTie;
  PersonaInput: PersonaInput;
  Post: Post;
  PostHit: PostHit;
  PostSearchResult: PostSearchResult;
  PredicateInput: PredicateInput;
  PreservationLetter: PreservationLetter;
  PreservationLetterInput: PreservationLetterInput;
  PurgeResult: PurgeResult;
  Query: Record<PropertyKey, never>;
  Reading: Reading;
  SpreadEvent: SpreadEvent;
  String: Scalars['String']['output'];
  TimelineEvent: TimelineEvent;
  User: User;
  Watch: Watch;
  WatchRun: WatchRun;
  WatchStarted: WatchStarted;
  WordDiffPart: WordDiffPart;
};

export type AccountResolvers<ContextType = any, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  personIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArtifactCaptureResolvers<ContextType = any, ParentType extends ResolversParentTypes['ArtifactCapture'] = ResolversParentTypes['ArtifactCapture']> = {
  captureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  approverName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bulkScope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bulkTargetKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bulkTargetValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  justification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalReviewReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalReviewRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personaHandle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requesterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requesterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requirements?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
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

export type CaptureReviewResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaptureReview'] = ResolversParentTypes['CaptureReview']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextReviewAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaptureSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaptureSummary'] = ResolversParentTypes['CaptureSummary']> = {
  artifacts?: Resolver<ReadonlyArray<ResolversTypes['ArtifactSummary']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorWords?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type ChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  account?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accountLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['Reading']>, ParentType, ContextType>;
  afterCapture?: Resolver<Maybe<ResolversTypes['HistoryCapture']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Reading']>, ParentType, ContextType>;
  beforeCapture?: Resolver<Maybe<ResolversTypes['HistoryCapture']>, ParentType, ContextType>;
  diff?: Resolver<ReadonlyArray<ResolversTypes['WordDiffPart']>, ParentType, ContextType>;
  fields?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  notFoundAnswer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseSha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['Change']>, ParentType, ContextType>;
};

export type CollectionJobResolvers<ContextType = any, ParentType extends ResolversParentTypes['CollectionJob'] = ResolversParentTypes['CollectionJob']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  captureId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retryAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type HistoryCaptureResolvers<ContextType = any, ParentType extends ResolversParentTypes['HistoryCapture'] = ResolversParentTypes['HistoryCapture']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LegalHoldResolvers<ContextType = any, ParentType extends ResolversParentTypes['LegalHold'] = ResolversParentTypes['LegalHold']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  captureId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releasedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LetterFileResolvers<ContextType = any, ParentType extends ResolversParentTypes['LetterFile'] = ResolversParentTypes['LetterFile']> = {
  mediaType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type LifecycleCaptureResolvers<ContextType = any, ParentType extends ResolversParentTypes['LifecycleCapture'] = ResolversParentTypes['LifecycleCapture']> = {
  artifactHashes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  charged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enteredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purgePending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewDueAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  createWatch?: Resolver<ResolversTypes['WatchStarted'], ParentType, ContextType, RequireFields<MutationCreateWatchArgs, 'endsAt' | 'input' | 'intervalHours'>>;
  endWatch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationEndWatchArgs, 'caseId' | 'id'>>;
  evaluateCollection?: Resolver<ResolversTypes['GateDecision'], ParentType, ContextType, RequireFields<MutationEvaluateCollectionArgs, 'input'>>;
  keepCapture?: Resolver<ResolversTypes['CaptureReview'], ParentType, ContextType, RequireFields<MutationKeepCaptureArgs, 'captureId' | 'caseId' | 'nextReviewAt' | 'reason'>>;
  login?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pauseWatch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationPauseWatchArgs, 'caseId' | 'id'>>;
  placeLegalHold?: Resolver<ResolversTypes['LegalHold'], ParentType, ContextType, RequireFields<MutationPlaceLegalHoldArgs, 'caseId' | 'matter' | 'reason'>>;
  purgeCapture?: Resolver<ResolversTypes['PurgeResult'], ParentType, ContextType, RequireFields<MutationPurgeCaptureArgs, 'captureId' | 'caseId' | 'onReview' | 'reason'>>;
  recordCharge?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRecordChargeArgs, 'caseId' | 'reference'>>;
  recordPreservationSent?: Resolver<ResolversTypes['PreservationLetter'], ParentType, ContextType, RequireFields<MutationRecordPreservationSentArgs, 'caseId' | 'letterId' | 'sentAt'>>;
  rejectAuthorization?: Resolver<ResolversTypes['Authorization'], ParentType, ContextType, RequireFields<MutationRejectAuthorizationArgs, 'id' | 'reason'>>;
  rejectLink?: Resolver<ResolversTypes['LinkDecision'], ParentType, ContextType, RequireFields<MutationRejectLinkArgs, 'a' | 'b' | 'caseId'>>;
  releaseLegalHold?: Resolver<ResolversTypes['LegalHold'], ParentType, ContextType, RequireFields<MutationReleaseLegalHoldArgs, 'caseId' | 'holdId' | 'reason'>>;
  removePerson?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemovePersonArgs, 'caseId' | 'personId' | 'reason'>>;
  reopenCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationReopenCaseArgs, 'caseId' | 'reason'>>;
  requestAuthorization?: Resolver<ResolversTypes['Authorization'], ParentType, ContextType, RequireFields<MutationRequestAuthorizationArgs, 'input'>>;
  requestPreservation?: Resolver<ResolversTypes['PreservationLetter'], ParentType, ContextType, RequireFields<MutationRequestPreservationArgs, 'input' | 'letter'>>;
  resetUserPassword?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationResetUserPasswordArgs, 'id' | 'password'>>;
  resumeWatch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationResumeWatchArgs, 'caseId' | 'id'>>;
  revokeAuthorization?: Resolver<ResolversTypes['Authorization'], ParentType, ContextType, RequireFields<MutationRevokeAuthorizationArgs, 'id' | 'reason'>>;
  setUserDisabled?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserDisabledArgs, 'disabled' | 'id'>>;
  setUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'id' | 'reason' | 'role'>>;
  startCollection?: Resolver<ResolversTypes['CollectionStarted'], ParentType, ContextType, RequireFields<MutationStartCollectionArgs, 'input'>>;
  startExport?: Resolver<ResolversTypes['Export'], ParentType, ContextType, RequireFields<MutationStartExportArgs, 'caseId' | 'reason'>>;
  tieAccountToPerson?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationTieAccountToPersonArgs, 'account' | 'basis' | 'caseId' | 'confidence' | 'personId'>>;
  unassignUser?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationUnassignUserArgs, 'caseId' | 'reason' | 'userId'>>;
  untieAccountFromPerson?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUntieAccountFromPersonArgs, 'account' | 'caseId' | 'personId' | 'reason'>>;
  updateCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationUpdateCaseArgs, 'id' | 'input'>>;
  updatePerson?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'caseId' | 'input' | 'personId'>>;
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

export type NodeHistoryResolvers<ContextType = any, ParentType extends ResolversParentTypes['NodeHistory'] = ResolversParentTypes['NodeHistory']> = {
  changes?: Resolver<ReadonlyArray<ResolversTypes['Change']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<ReadonlyArray<ResolversTypes['NodeVersion']>, ParentType, ContextType>;
};

export type NodeVersionResolvers<ContextType = any, ParentType extends ResolversParentTypes['NodeVersion'] = ResolversParentTypes['NodeVersion']> = {
  captures?: Resolver<ReadonlyArray<ResolversTypes['HistoryCapture']>, ParentType, ContextType>;
  diff?: Resolver<ReadonlyArray<ResolversTypes['WordDiffPart']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromEditHistory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['Reading'], ParentType, ContextType>;
  versionAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = any, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PersonRole'], ParentType, ContextType>;
  ties?: Resolver<ReadonlyArray<ResolversTypes['PersonTie']>, ParentType, ContextType>;
};

export type PersonTieResolvers<ContextType = any, ParentType extends ResolversParentTypes['PersonTie'] = ResolversParentTypes['PersonTie']> = {
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PostResolvers<ContextType = any, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = {
  authorHandle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  captureIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  observedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PostHitResolvers<ContextType = any, ParentType extends ResolversParentTypes['PostHit'] = ResolversParentTypes['PostHit']> = {
  authorHandle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authorRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  captureIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PostSearchResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['PostSearchResult'] = ResolversParentTypes['PostSearchResult']> = {
  hits?: Resolver<ReadonlyArray<ResolversTypes['PostHit']>, ParentType, ContextType>;
  words?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PreservationLetterResolvers<ContextType = any, ParentType extends ResolversParentTypes['PreservationLetter'] = ResolversParentTypes['PreservationLetter']> = {
  accountIds?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  decisionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  extensionDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extensionReminderAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  files?: Resolver<ReadonlyArray<ResolversTypes['LetterFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preservedUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rangeFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rangeTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urls?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  writtenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurgeResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['PurgeResult'] = ResolversParentTypes['PurgeResult']> = {
  artifactHashes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  captureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  custodyEvent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedAccounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedHashes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  removedMedia?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedPosts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  artifactCaptures?: Resolver<ReadonlyArray<ResolversTypes['ArtifactCapture']>, ParentType, ContextType, RequireFields<QueryArtifactCapturesArgs, 'caseId' | 'sha256s'>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  authorizations?: Resolver<ReadonlyArray<ResolversTypes['Authorization']>, ParentType, ContextType, RequireFields<QueryAuthorizationsArgs, 'limit'>>;
  capture?: Resolver<ResolversTypes['CaptureDetail'], ParentType, ContextType, RequireFields<QueryCaptureArgs, 'caseId' | 'id'>>;
  captureLifecycle?: Resolver<ResolversTypes['LifecycleCapture'], ParentType, ContextType, RequireFields<QueryCaptureLifecycleArgs, 'captureId' | 'caseId'>>;
  captureReviews?: Resolver<ReadonlyArray<ResolversTypes['CaptureReview']>, ParentType, ContextType, RequireFields<QueryCaptureReviewsArgs, 'captureId' | 'caseId'>>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryCasesArgs, 'first'>>;
  centralAccounts?: Resolver<ReadonlyArray<ResolversTypes['CentralAccount']>, ParentType, ContextType, RequireFields<QueryCentralAccountsArgs, 'caseId' | 'limit' | 'maxEdges'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'caseId' | 'first'>>;
  colleagues?: Resolver<ReadonlyArray<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryColleaguesArgs, 'first' | 'search'>>;
  collectionJob?: Resolver<ResolversTypes['CollectionJob'], ParentType, ContextType, RequireFields<QueryCollectionJobArgs, 'caseId' | 'id'>>;
  communities?: Resolver<ResolversTypes['CommunityResult'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'caseId' | 'maxEdges'>>;
  exports?: Resolver<ReadonlyArray<ResolversTypes['Export']>, ParentType, ContextType, RequireFields<QueryExportsArgs, 'caseId' | 'first'>>;
  gateDecisions?: Resolver<ReadonlyArray<ResolversTypes['GateDecision']>, ParentType, ContextType, RequireFields<QueryGateDecisionsArgs, 'limit'>>;
  gatePolicy?: Resolver<ResolversTypes['GatePolicy'], ParentType, ContextType>;
  legalHolds?: Resolver<ReadonlyArray<ResolversTypes['LegalHold']>, ParentType, ContextType, RequireFields<QueryLegalHoldsArgs, 'caseId'>>;
  linkCandidates?: Resolver<ReadonlyArray<ResolversTypes['LinkCandidate']>, ParentType, ContextType, RequireFields<QueryLinkCandidatesArgs, 'caseId' | 'limit'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  mediaSpread?: Resolver<ReadonlyArray<ResolversTypes['SpreadEvent']>, ParentType, ContextType, RequireFields<QueryMediaSpreadArgs, 'caseId' | 'sha256'>>;
  myGateDecisions?: Resolver<ReadonlyArray<ResolversTypes['GateDecision']>, ParentType, ContextType, RequireFields<QueryMyGateDecisionsArgs, 'limit'>>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'caseId' | 'hops' | 'maxNodes' | 'ref'>>;
  node?: Resolver<ResolversTypes['NodeDetail'], ParentType, ContextType, RequireFields<QueryNodeArgs, 'caseId' | 'ref'>>;
  nodeHistory?: Resolver<ResolversTypes['NodeHistory'], ParentType, ContextType, RequireFields<QueryNodeHistoryArgs, 'caseId' | 'ref'>>;
  notifications?: Resolver<ReadonlyArray<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'limit'>>;
  preservationLetters?: Resolver<ReadonlyArray<ResolversTypes['PreservationLetter']>, ParentType, ContextType, RequireFields<QueryPreservationLettersArgs, 'caseId'>>;
  reviewQueue?: Resolver<ReadonlyArray<ResolversTypes['LifecycleCapture']>, ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first'>>;
  searchPosts?: Resolver<ResolversTypes['PostSearchResult'], ParentType, ContextType, RequireFields<QuerySearchPostsArgs, 'caseId' | 'first' | 'query'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'caseId' | 'from' | 'includeTopics' | 'maxHops' | 'to'>>;
  users?: Resolver<ReadonlyArray<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  watches?: Resolver<ReadonlyArray<ResolversTypes['Watch']>, ParentType, ContextType, RequireFields<QueryWatchesArgs, 'caseId'>>;
};

export type ReadingResolvers<ContextType = any, ParentType extends ResolversParentTypes['Reading'] = ResolversParentTypes['Reading']> = {
  avatarSha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  media?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type WatchResolvers<ContextType = any, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = {
  capturesMade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervalHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastRun?: Resolver<Maybe<ResolversTypes['WatchRun']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requesterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WatchStatus'], ParentType, ContextType>;
  stopReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WatchRunResolvers<ContextType = any, ParentType extends ResolversParentTypes['WatchRun'] = ResolversParentTypes['WatchRun']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  captureId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clauses?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  collectJobId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['GateOutcome']>, ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WatchStartedResolvers<ContextType = any, ParentType extends ResolversParentTypes['WatchStarted'] = ResolversParentTypes['WatchStarted']> = {
  decision?: Resolver<ResolversTypes['GateDecision'], ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  watch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType>;
};

export type WordDiffPartResolvers<ContextType = any, ParentType extends ResolversParentTypes['WordDiffPart'] = ResolversParentTypes['WordDiffPart']> = {
  added?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  Account?: AccountResolvers<ContextType>;
  ArtifactCapture?: ArtifactCaptureResolvers<ContextType>;
  ArtifactSummary?: ArtifactSummaryResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  Authorization?: AuthorizationResolvers<ContextType>;
  CaptureArtifact?: CaptureArtifactResolvers<ContextType>;
  CaptureDetail?: CaptureDetailResolvers<ContextType>;
  CaptureReview?: CaptureReviewResolvers<ContextType>;
  CaptureSummary?: CaptureSummaryResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseCounts?: CaseCountsResolvers<ContextType>;
  CentralAccount?: CentralAccountResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
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
  HistoryCapture?: HistoryCaptureResolvers<ContextType>;
  LegalHold?: LegalHoldResolvers<ContextType>;
  LetterFile?: LetterFileResolvers<ContextType>;
  LifecycleCapture?: LifecycleCaptureResolvers<ContextType>;
  LinkCandidate?: LinkCandidateResolvers<ContextType>;
  LinkDecision?: LinkDecisionResolvers<ContextType>;
  LinkFeature?: LinkFeatureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  NodeCapture?: NodeCaptureResolvers<ContextType>;
  NodeDetail?: NodeDetailResolvers<ContextType>;
  NodeHistory?: NodeHistoryResolvers<ContextType>;
  NodeVersion?: NodeVersionResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonTie?: PersonTieResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  PostHit?: PostHitResolvers<ContextType>;
  PostSearchResult?: PostSearchResultResolvers<ContextType>;
  PreservationLetter?: PreservationLetterResolvers<ContextType>;
  PurgeResult?: PurgeResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reading?: ReadingResolvers<ContextType>;
  SpreadEvent?: SpreadEventResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  WatchRun?: WatchRunResolvers<ContextType>;
  WatchStarted?: WatchStartedResolvers<ContextType>;
  WordDiffPart?: WordDiffPartResolvers<ContextType>;
};

