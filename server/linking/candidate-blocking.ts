import { phashBands } from './perceptual-hash.js';
import type { PreparedProfile } from './prepared-profile.js';

/**
 * Blocking: accounts are only compared when they share a key (a handle stem, an avatar hash band,
 * a link, a contact, a media hash, a rare hashtag) or interacted. Blocks bigger than `maxBlock`
 * say nothing specific (a stem everyone shares, a link to a platform's home page) and are skipped,
 * which bounds the work at O(accounts × maxBlock) instead of O(accounts²).
 */

export interface BlockingOptions {
  readonly maxBlock: number;
  /** A hashtag used by more accounts than this is not a blocking key. */
  readonly rareTag: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { maxBlock: 64, rareTag: 25 };

const STEM = 4;

/** The blocking keys of one profile. */
export function blockingKeys(
  p: PreparedProfile,
  tagAccounts: ReadonlyMap<string, number>,
  options: BlockingOptions = DEFAULT_BLOCKING,
): string[] {
  const keys: string[] = [];
  if (p.handle.length >= 3) keys.push(`h:${p.handle}`);
  if (p.handle.length > STEM) keys.push(`hp:${p.handle.slice(0, STEM)}`, `hs:${p.handle.slice(-STEM)}`);
  if (p.name.length >= 4) keys.push(`n:${p.name}`);
  if (p.profile.avatarSha256) keys.push(`av:${p.profile.avatarSha256}`);
  if (p.profile.avatarPhash) for (const band of phashBands(p.profile.avatarPhash)) keys.push(`ph:${band}`);
  for (const link of p.links) keys.push(`u:${link}`);
  for (const contact of p.contacts) keys.push(`c:${contact}`);
  for (const sha of p.media.keys()) keys.push(`m:${sha}`);
  for (const tag of p.tags) if ((tagAccounts.get(tag) ?? 0) <= options.rareTag) keys.push(`t:${tag}`);
  return keys;
}

export interface BlockingResult {
  /** Pairs as `i * n + j` with i < j, indexes into the profile list. */
  readonly pairs: Set<number>;
  readonly keysByProfile: readonly (readonly string[])[];
  readonly skippedBlocks: number;
}

/**
 * Candidate pairs from shared keys and interactions. Only pairs with at least one account in
 * `focus` (the case being worked) are kept; the others are other cases' business.
 */
export function candidatePairs(
  profiles: readonly PreparedProfile[],
  tagAccounts: ReadonlyMap<string, number>,
  focus: (index: number) => boolean,
  options: BlockingOptions = DEFAULT_BLOCKING,
): BlockingResult {
  const n = profiles.length;
  const blocks = new Map<string, number[]>();
  const keysByProfile = profiles.map((p, i) => {
    const keys = blockingKeys(p, tagAccounts, options);
    for (const key of keys) {
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
    return keys;
  });
  const pairs = new Set<number>();
  const add = (i: number, j: number) => {
    if (i === j || !(focus(i) || focus(j))) return;
    pairs.add(i < j ? i * n + j : j * n + i);
  };
  let skippedBlocks = 0;
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    if (members.length > options.maxBlock) {
      skippedBlocks++;
      continue;
    }
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) add(members[x]!, members[y]!);
  }
  const indexOf = new Map(profiles.map((p, i) => [p.profile.key, i]));
  profiles.forEach((p, i) => {
    for (const target of p.interactions.keys()) {
      const j = indexOf.get(target);
      if (j !== undefined) add(i, j);
    }
  });
  return { pairs, keysByProfile, skippedBlocks };
}
