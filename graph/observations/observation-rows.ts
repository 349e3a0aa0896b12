/**
 * What one capture read about an account or a post, as an observation row: the fields a platform
 * can change (text, handle, display name, bio, edited time, counts, media, links) and the content
 * hash that names them. Two captures that read the same thing produce the same hash, so an
 * unchanged re-capture links to the observation already stored instead of writing a new version.
 */
import crypto from 'node:crypto';

/** The fields of a post as one capture read them; `media`, `links` and `tags` sorted. */
export type PostFields = {
  readonly url: string | null;
  readonly text: string;
  readonly title: string | null;
  readonly postedAt: string | null;
  readonly editedAt: string | null;
  readonly lang: string | null;
  readonly detailsJson: string | null;
  readonly media: string[];
  readonly links: string[];
  readonly tags: string[];
};

/** The fields of an account as one capture read them; `links` sorted. */
export type AccountFields = {
  readonly handle: string;
  readonly displayName: string | null;
  readonly url: string | null;
  readonly bio: string | null;
  readonly avatarUrl: string | null;
  /** Present only when the capture kept the avatar, so readings without one hash as before. */
  readonly avatarSha256?: string;
  readonly avatarPhash?: string | null;
  readonly createdAt: string | null;
  readonly detailsJson: string | null;
  readonly links: string[];
};

export type ObservationKind = 'POST' | 'ACCOUNT';

/** One observation to write: the node it is of, its hash and fields, and the body it came from. */
export type ObservationRow<F> = {
  readonly platformId: string;
  readonly hash: string;
  readonly fields: F;
  /** SHA-256 of the stored response the capture read it from; null when it had none. */
  readonly source: string | null;
};

/**
 * SHA-256 over the kind, the node's key and every field in a fixed order, so the same reading
 * of the same node always hashes alike and no two nodes share an observation.
 */
export function observationHash(
  kind: ObservationKind,
  platform: string,
  platformId: string,
  fields: Readonly<Record<string, unknown>>,
): string {
  const ordered = Object.keys(fields)
    .sort()
    .map((key) => [key, fields[key] ?? null]);
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([kind, platform, platformId, ordered]))
    .digest('hex');
}

/** Sorted, without repeats: lists inside an observation never depend on reading order. */
export const sortedSet = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** Groups `value` by `key` into sorted lists, for the media, links and tags of each node. */
export function listsBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => string,
): Map<string, string[]> {
  const lists = new Map<string, Set<string>>();
  for (const item of items) {
    const k = key(item);
    const set = lists.get(k) ?? new Set<string>();
    set.add(value(item));
    lists.set(k, set);
  }
  return new Map([...lists].map(([k, set]) => [k, sortedSet(set)]));
}

/** Keeps the first row of each key: one capture observes each node once. */
export function firstOfEach<T extends { platformId: string }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.platformId) && Boolean(seen.add(row.platformId)));
}
