import type { AccountRow, PostRow } from '../../graph/repositories/link.repository.js';
import type { AccountProfile, ProfilePost } from './linking-types.js';

/** Joins account and post rows into one profile per account. */
export function buildProfiles(accounts: readonly AccountRow[], posts: readonly PostRow[]): AccountProfile[] {
  const byAccount = new Map<string, ProfilePost[]>();
  for (const p of posts) {
    const list = byAccount.get(p.account) ?? [];
    list.push({
      key: p.key,
      postedAt: p.postedAt ?? undefined,
      media: p.media,
      tags: p.tags,
      links: p.links,
      interactions: p.interactions,
      artifacts: p.artifacts,
    });
    byAccount.set(p.account, list);
  }
  return accounts.map((a) => ({
    key: a.key,
    platform: a.platform,
    platformId: a.platformId,
    handle: a.handle ?? '',
    displayName: a.displayName ?? '',
    bio: a.bio ?? '',
    url: a.url ?? '',
    avatarSha256: a.avatarSha256 ?? undefined,
    avatarPhash: a.avatarPhash ?? undefined,
    sourceArtifacts: [...(a.sourceArtifacts ?? [])],
    caseIds: a.caseIds,
    links: a.links,
    posts: byAccount.get(a.key) ?? [],
  }));
}
