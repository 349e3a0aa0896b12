import { jaroWinkler } from './jaro-winkler.js';
import type { FeatureName, LinkFeature } from './linking-types.js';
import { hammingHex } from './perceptual-hash.js';
import type { PreparedProfile } from './prepared-profile.js';

/**
 * The weight of each feature: how far it alone moves the score (noisy-OR). Shared contact details
 * and near-identical avatars are strong; names alone are weak, because decoys share names.
 */
export const FEATURE_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  handle: 0.35,
  displayName: 0.15,
  avatar: 0.55,
  sharedLinks: 0.45,
  sharedContacts: 0.7,
  sharedMedia: 0.45,
  mutualInteraction: 0.15,
  sharedHashtags: 0.2,
  postingTime: 0.2,
};

const NAME_FLOOR = 0.85;
const AVATAR_MAX_DISTANCE = 10;
const MIN_POSTS_FOR_TIMING = 8;
const TIMING_FLOOR = 0.6;

/** Corpus-wide statistics some features weigh against. */
export interface CorpusStats {
  readonly accounts: number;
  /** Hashtag → number of accounts using it. */
  readonly tagAccounts: ReadonlyMap<string, number>;
  /** Link or media hash → number of accounts sharing it. */
  readonly linkAccounts: ReadonlyMap<string, number>;
  readonly mediaAccounts: ReadonlyMap<string, number>;
}

/**
 * A link or media file shared by more accounts than this is a popular page or a viral image:
 * sharing it says nothing about who operates an account.
 */
export const COMMON_SHARE = 5;

function uncommon(stats: ReadonlyMap<string, number>) {
  return (value: string) => (stats.get(value) ?? 0) <= COMMON_SHARE;
}

function feature(name: FeatureName, strength: number, evidence: string[], detail: string): LinkFeature {
  return {
    name,
    strength: Math.min(1, Math.max(0, strength)),
    weight: FEATURE_WEIGHTS[name],
    evidence,
    detail,
  };
}

function nameSimilarity(name: 'handle' | 'displayName', x: string, y: string, raw: [string, string]) {
  if (!x || !y) return undefined;
  const sim = jaroWinkler(x, y);
  if (sim < NAME_FLOOR) return undefined;
  return feature(
    name,
    (sim - NAME_FLOOR) / (1 - NAME_FLOOR),
    raw,
    `Jaro-Winkler ${sim.toFixed(3)} on "${x}" / "${y}"`,
  );
}

function avatar(a: PreparedProfile, b: PreparedProfile): LinkFeature | undefined {
  const [pa, pb] = [a.profile, b.profile];
  if (pa.avatarSha256 && pa.avatarSha256 === pb.avatarSha256) {
    return feature('avatar', 1, [pa.avatarSha256], 'identical avatar bytes');
  }
  if (!pa.avatarPhash || !pb.avatarPhash) return undefined;
  const d = hammingHex(pa.avatarPhash, pb.avatarPhash);
  if (d === undefined || d > AVATAR_MAX_DISTANCE) return undefined;
  const evidence = [pa.avatarSha256, pb.avatarSha256, pa.avatarPhash, pb.avatarPhash].filter(
    (v): v is string => Boolean(v),
  );
  return feature('avatar', 1 - d / (AVATAR_MAX_DISTANCE + 1), evidence, `perceptual-hash distance ${d}/64`);
}

function intersect<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): T[] {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].filter((v) => large.has(v));
}

function sharedMedia(a: PreparedProfile, b: PreparedProfile, stats: CorpusStats): LinkFeature | undefined {
  const shas = [...a.media.keys()]
    .filter((sha) => b.media.has(sha))
    .filter(uncommon(stats.mediaAccounts))
    .sort();
  if (!shas.length) return undefined;
  const posts = shas.flatMap((sha) => [...(a.media.get(sha) ?? []), ...(b.media.get(sha) ?? [])]);
  return feature(
    'sharedMedia',
    shas.length / 2 + 0.5,
    [...shas, ...posts.sort()],
    `${shas.length} media file(s) posted by both`,
  );
}

function mutual(a: PreparedProfile, b: PreparedProfile): LinkFeature | undefined {
  const ab = a.interactions.get(b.profile.key) ?? [];
  const ba = b.interactions.get(a.profile.key) ?? [];
  if (!ab.length && !ba.length) return undefined;
  // Amplifying each other both ways is what sock puppets do; one-way contact is common.
  const strength = ab.length && ba.length ? 1 : 0.4;
  return feature(
    'mutualInteraction',
    strength,
    [...ab, ...ba].sort(),
    `${ab.length} → / ${ba.length} ← mentions or replies`,
  );
}

function hashtags(a: PreparedProfile, b: PreparedProfile, stats: CorpusStats): LinkFeature | undefined {
  const shared = intersect(a.tags, b.tags).sort();
  if (!shared.length) return undefined;
  // Inverse document frequency: a tag two accounts in the corpus use is worth far more than a trend.
  const n = Math.max(2, stats.accounts);
  const idf = shared.map((t) => Math.log(n / Math.max(1, stats.tagAccounts.get(t) ?? 1)) / Math.log(n / 2));
  const total = idf.reduce((s, v) => s + v, 0);
  if (total < 0.5) return undefined;
  return feature(
    'sharedHashtags',
    total / 2,
    shared,
    `${shared.length} shared hashtag(s), rarity-weighted ${total.toFixed(2)}`,
  );
}

function cosine(x: Float64Array, y: Float64Array): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let i = 0; i < x.length; i++) {
    const [p, q] = [x[i] ?? 0, y[i] ?? 0];
    dot += p * q;
    nx += p * p;
    ny += q * q;
  }
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}

function postingTime(a: PreparedProfile, b: PreparedProfile): LinkFeature | undefined {
  if (a.postCount < MIN_POSTS_FOR_TIMING || b.postCount < MIN_POSTS_FOR_TIMING) return undefined;
  const c = cosine(a.hours, b.hours);
  if (c < TIMING_FLOOR) return undefined;
  return feature(
    'postingTime',
    (c - TIMING_FLOOR) / (1 - TIMING_FLOOR),
    [],
    `hour-of-week cosine ${c.toFixed(3)} over ${a.postCount}/${b.postCount} posts`,
  );
}

/** Every feature that holds for the pair, each with its evidence. */
export function pairFeatures(a: PreparedProfile, b: PreparedProfile, stats: CorpusStats): LinkFeature[] {
  const links = intersect(a.links, b.links).filter(uncommon(stats.linkAccounts)).sort();
  const contacts = intersect(a.contacts, b.contacts).sort();
  const found = [
    nameSimilarity('handle', a.handle, b.handle, [a.profile.handle, b.profile.handle]),
    nameSimilarity('displayName', a.name, b.name, [a.profile.displayName, b.profile.displayName]),
    avatar(a, b),
    links.length
      ? feature('sharedLinks', links.length / 2 + 0.5, links, `${links.length} shared link(s)`)
      : undefined,
    contacts.length
      ? feature('sharedContacts', 1, contacts, `${contacts.length} shared email/phone`)
      : undefined,
    sharedMedia(a, b, stats),
    mutual(a, b),
    hashtags(a, b, stats),
    postingTime(a, b),
  ];
  return found.filter((f): f is LinkFeature => f !== undefined && f.strength > 0);
}

/** Noisy-OR of weighted strengths: each feature independently removes part of the doubt. */
export function combineScore(features: readonly LinkFeature[]): number {
  const doubt = features.reduce((d, f) => d * (1 - f.weight * f.strength), 1);
  return Math.round((1 - doubt) * 1000) / 1000;
}
