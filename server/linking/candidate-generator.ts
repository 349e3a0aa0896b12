import crypto from 'node:crypto';
import { candidatePairs, DEFAULT_BLOCKING, type BlockingOptions } from './candidate-blocking.js';
import { featureArtifacts } from './feature-artifacts.js';
import { combineScore, pairFeatures, type CorpusStats } from './link-features.js';
import type { AccountProfile, LinkCandidate, LinkFeature } from './linking-types.js';
import { prepareProfile, type PreparedProfile } from './prepared-profile.js';

export interface GenerateOptions {
  /** Accounts of the case being worked; candidates involve at least one of them. All when unset. */
  readonly focus?: ReadonlySet<string>;
  readonly minScore?: number;
  readonly blocking?: BlockingOptions;
}

export interface GenerateResult {
  readonly candidates: LinkCandidate[];
  readonly comparedPairs: number;
  readonly skippedBlocks: number;
}

/** Below this a suggestion rests on names alone, which decoys share: see docs/linking.md. */
export const DEFAULT_MIN_SCORE = 0.5;

/** The discrete evidence items of a candidate, `feature:item`; new items mean new evidence. */
export function evidenceItems(features: readonly LinkFeature[]): string[] {
  return features
    .flatMap((f) => (f.evidence.length ? f.evidence.map((e) => `${f.name}:${e}`) : [f.name]))
    .sort();
}

/** A hash over the candidate's discrete evidence (not its scores, which drift with every post). */
export function evidenceFingerprint(features: readonly LinkFeature[]): string {
  return crypto.createHash('sha256').update(evidenceItems(features).join('\n')).digest('hex');
}

/** Statistics over all profiles (hashtag usage) that features weigh against. */
export function corpusStats(prepared: readonly PreparedProfile[]): CorpusStats {
  const count = (map: Map<string, number>, values: Iterable<string>) => {
    for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  };
  const tagAccounts = new Map<string, number>();
  const linkAccounts = new Map<string, number>();
  const mediaAccounts = new Map<string, number>();
  for (const p of prepared) {
    count(tagAccounts, p.tags);
    count(linkAccounts, p.links);
    count(mediaAccounts, p.media.keys());
  }
  return { accounts: prepared.length, tagAccounts, linkAccounts, mediaAccounts };
}

/** Scores one pair into a candidate (exported for the all-pairs baseline of the bench). */
export function scorePair(a: PreparedProfile, b: PreparedProfile, stats: CorpusStats): LinkCandidate {
  const [x, y] = a.profile.key < b.profile.key ? [a, b] : [b, a];
  const features = pairFeatures(x, y, stats).map((f) => ({
    ...f,
    artifacts: featureArtifacts(f, x.profile, y.profile),
  }));
  return {
    a: x.profile.key,
    b: y.profile.key,
    score: combineScore(features),
    features,
    blockedBy: [],
    artifacts: [...new Set([...x.profile.sourceArtifacts, ...y.profile.sourceArtifacts])].sort(),
    fingerprint: evidenceFingerprint(features),
  };
}

/**
 * Candidate links among the profiles: 1. prepare each profile once; 2. corpus statistics;
 * 3. blocking into candidate pairs; 4. score each pair; 5. keep those above the floor, best first.
 */
export function generateCandidates(
  profiles: readonly AccountProfile[],
  options: GenerateOptions = {},
): GenerateResult {
  const prepared = profiles.map(prepareProfile);
  const stats = corpusStats(prepared);
  const focus = options.focus;
  const blocking = candidatePairs(
    prepared,
    stats.tagAccounts,
    focus ? (i) => focus.has(prepared[i]!.profile.key) : () => true,
    options.blocking ?? DEFAULT_BLOCKING,
  );
  const n = prepared.length;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const candidates: LinkCandidate[] = [];
  for (const pair of blocking.pairs) {
    const [i, j] = [Math.floor(pair / n), pair % n];
    const candidate = scorePair(prepared[i]!, prepared[j]!, stats);
    if (candidate.score < minScore) continue;
    const keysJ = new Set(blocking.keysByProfile[j]);
    const shared = (blocking.keysByProfile[i] ?? []).filter((k) => keysJ.has(k));
    candidates.push({ ...candidate, blockedBy: shared.length ? shared : ['interaction'] });
  }
  candidates.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { candidates, comparedPairs: blocking.pairs.size, skippedBlocks: blocking.skippedBlocks };
}
