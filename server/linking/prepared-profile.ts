import type { AccountProfile } from './linking-types.js';
import { extractContacts, handleSkeleton, nameSkeleton, normalizeUrl } from './text-normalize.js';

/** A profile with everything pairwise comparison needs computed once, not once per pair. */
export interface PreparedProfile {
  readonly profile: AccountProfile;
  readonly handle: string;
  readonly name: string;
  readonly contacts: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
  /** Media SHA-256 → keys of this account's posts carrying it. */
  readonly media: ReadonlyMap<string, readonly string[]>;
  readonly tags: ReadonlySet<string>;
  /** Account key → keys of this account's posts that mention, reply to or repost it. */
  readonly interactions: ReadonlyMap<string, readonly string[]>;
  /** Posts per hour of the week (UTC, Monday 00:00 first), 168 bins. */
  readonly hours: Float64Array;
  readonly postCount: number;
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function hourOfWeek(iso: string): number | undefined {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  return ((d.getUTCDay() + 6) % 7) * 24 + d.getUTCHours();
}

/** Derives the comparison data of one profile. */
export function prepareProfile(profile: AccountProfile): PreparedProfile {
  const fromBio = extractContacts(profile.bio);
  const contacts = new Set([
    ...fromBio.emails.map((e) => `email:${e}`),
    ...fromBio.phones.map((p) => `phone:${p}`),
  ]);
  const links = new Set<string>(fromBio.urls);
  // The account's own page URL is unique to it and says nothing about its operator.
  for (const href of profile.links) {
    const url = normalizeUrl(href);
    if (url) links.add(url);
  }
  const media = new Map<string, string[]>();
  const interactions = new Map<string, string[]>();
  const tags = new Set<string>();
  const hours = new Float64Array(168);
  for (const post of profile.posts) {
    for (const sha of post.media) pushTo(media, sha, post.key);
    for (const tag of post.tags) tags.add(tag.toLowerCase().replace(/^#/, ''));
    for (const href of post.links) {
      const url = normalizeUrl(href);
      if (url) links.add(url);
    }
    for (const target of post.interactions)
      if (target !== profile.key) pushTo(interactions, target, post.key);
    const h = post.postedAt ? hourOfWeek(post.postedAt) : undefined;
    if (h !== undefined) hours[h] = (hours[h] ?? 0) + 1;
  }
  return {
    profile,
    handle: handleSkeleton(profile.handle),
    name: nameSkeleton(profile.displayName),
    contacts,
    links,
    media,
    tags,
    interactions,
    hours,
    postCount: profile.posts.length,
  };
}
