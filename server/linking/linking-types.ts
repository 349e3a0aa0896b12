/** The shapes account linking works on: one profile per account, and the candidates it suggests. */

/** A post's key is `platform:platformId`, like an account's. */
export interface ProfilePost {
  readonly key: string;
  readonly postedAt: string | undefined;
  readonly media: readonly string[];
  readonly tags: readonly string[];
  readonly links: readonly string[];
  /** Accounts this post mentions, replies to or reposts. */
  readonly interactions: readonly string[];
  /** Artifacts (SHA-256) the post was read from: its captures' files and its payload's hash. */
  readonly artifacts?: readonly string[];
}

/** Everything linking knows about one account, drawn from the cases the analyst may see. */
export interface AccountProfile {
  readonly key: string;
  readonly platform: string;
  readonly platformId: string;
  readonly handle: string;
  readonly displayName: string;
  readonly bio: string;
  readonly url: string;
  readonly avatarSha256: string | undefined;
  readonly avatarPhash: string | undefined;
  /** Artifacts (SHA-256) the profile itself was read from. */
  readonly sourceArtifacts: readonly string[];
  readonly caseIds: readonly string[];
  /** URLs the account links to (profile link, bio, posts), canonical spelling. */
  readonly links: readonly string[];
  readonly posts: readonly ProfilePost[];
}

export const FEATURE_NAMES = [
  'handle',
  'displayName',
  'avatar',
  'sharedLinks',
  'sharedContacts',
  'sharedMedia',
  'mutualInteraction',
  'sharedHashtags',
  'postingTime',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** One reason two accounts may share an operator, with what a court can check it against. */
export interface LinkFeature {
  readonly name: FeatureName;
  /** How strongly this feature alone points at one operator, in [0, 1]. */
  readonly strength: number;
  readonly weight: number;
  /** The values, post keys or media hashes behind the feature. */
  readonly evidence: readonly string[];
  /** Human-readable measurement (similarity, distance, counts). */
  readonly detail: string;
  /** Artifacts (SHA-256) the evidence was read from; filled in when the pair is scored. */
  readonly artifacts?: readonly string[];
}

/** A suggested pair; `a` sorts before `b`. */
export interface LinkCandidate {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly features: readonly LinkFeature[];
  /** Why blocking put the pair together (the shared blocking keys). */
  readonly blockedBy: readonly string[];
  /** Artifacts (SHA-256) both profiles were read from. */
  readonly artifacts: readonly string[];
  /** Hash over the discrete evidence; a rejection is remembered against it. */
  readonly fingerprint: string;
}
