/**
 * Scope enforcement: a collector does exactly what the gate decided, never more. The gate decides
 * on a target and a scope (ACCOUNT, POSTS, or a bulk reach that needs its own authorization); a
 * collector that pulled posts for an ACCOUNT decision, or a whole subreddit for a POSTS decision,
 * would collect what nobody allowed. Every collector calls `scopeRefusal` as its first line, so a
 * request outside what it can do exactly is refused before any network request.
 *
 * The table below is the one place that says, per platform and kind of target, which reaches a
 * collector performs. A reach not listed is refused with the reason, never approximated.
 */
import {
  reachOf,
  type CollectionTarget,
  type Platform,
  type Reach,
  type TargetKind,
} from '../common/collection-types.js';
import { subredditOf } from './reddit/reddit-target.js';

export { reachOf, type Reach };

interface ScopeRule {
  readonly kind: TargetKind;
  /** Set when one kind covers targets of different reach (a subreddit among Reddit handles). */
  readonly form?: { readonly name: string; readonly matches: (value: string) => boolean };
  readonly reaches: readonly Reach[];
  /** Why the reaches not listed are not collected, when it is not obvious. */
  readonly note?: string;
}

const subreddit = { name: 'subreddit', matches: (v: string) => subredditOf(v) !== null };

/**
 * What each collector performs. Mastodon and Bluesky read a handle's profile together with its
 * posts (their collectors have no profile-only path yet), so ACCOUNT is refused there rather than
 * answered with posts; a feed's document carries its items, so a feed has no profile-only read.
 */
const RULES: Readonly<Record<Platform, readonly ScopeRule[]>> = {
  mastodon: [
    {
      kind: 'handle',
      reaches: ['POSTS'],
      note: 'the Mastodon collector reads an account together with its statuses, so it cannot read the profile alone',
    },
    { kind: 'hashtag', reaches: ['TAG'] },
  ],
  bluesky: [
    {
      kind: 'handle',
      reaches: ['POSTS'],
      note: 'the Bluesky collector reads a profile together with its author feed, so it cannot read the profile alone',
    },
    { kind: 'search', reaches: ['SEARCH'] },
  ],
  reddit: [
    {
      kind: 'handle',
      form: subreddit,
      reaches: ['TAG'],
      note: 'a subreddit is a community: its listing is every member’s posts, a bulk reach that must be requested as TAG',
    },
    { kind: 'handle', reaches: ['ACCOUNT', 'POSTS'] },
  ],
  rss: [
    {
      kind: 'url',
      reaches: ['POSTS'],
      note: 'a feed’s document carries its items, so reading the feed alone would still fetch every post',
    },
  ],
  telegram: [{ kind: 'handle', reaches: ['ACCOUNT', 'POSTS'] }],
  // One page, as the URL names it: the page is both what an ACCOUNT and a POSTS decision name,
  // and the collector never follows its links.
  web: [{ kind: 'url', reaches: ['ACCOUNT', 'POSTS'] }],
};

const MEANING: Readonly<Record<Reach, string>> = {
  ACCOUNT: 'the profile alone',
  POSTS: 'the account’s own posts',
  FOLLOWERS: 'every follower',
  TAG: 'every post under the tag or community',
  SEARCH: 'every post that matches',
};

/** The rule for a target, or null when the platform's collector takes no target of its kind. */
function ruleFor(target: CollectionTarget): ScopeRule | null {
  const rules = RULES[target.platform].filter((r) => r.kind === target.kind);
  return rules.find((r) => r.form?.matches(target.value)) ?? rules.find((r) => !r.form) ?? null;
}

/** What a refusal says about the reach asked for, naming where it was derived from. */
function describeReach(target: CollectionTarget, reach: Reach): string {
  const derived =
    reach === target.scope ? '' : ` (derived from the ${target.kind}; declared ${target.scope})`;
  return `scope ${reach}${derived} (${MEANING[reach]})`;
}

/**
 * Null when the platform's collector performs exactly the target's reach; otherwise the
 * not-applicable result naming why, which the collector returns before any request.
 */
export function scopeRefusal(
  target: CollectionTarget,
): { readonly kind: 'not-applicable'; readonly reason: string } | null {
  const rule = ruleFor(target);
  if (!rule) {
    const kinds = [...new Set(RULES[target.platform].map((r) => r.kind))].join(' or ');
    return {
      kind: 'not-applicable',
      reason: `the ${target.platform} collector takes ${kinds}, not a ${target.kind}`,
    };
  }
  const reach = reachOf(target);
  if (rule.reaches.includes(reach)) return null;
  const what = rule.form ? `a ${rule.form.name}` : `a ${target.kind}`;
  const can = rule.reaches.map((r) => `${r} (${MEANING[r]})`).join(' or ');
  const why = rule.note ? `; ${rule.note}` : '';
  return {
    kind: 'not-applicable',
    reason: `${describeReach(target, reach)} is not what the ${target.platform} collector does for ${what}: it collects only ${can}${why}`,
  };
}
