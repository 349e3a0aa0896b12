import type { AccountProfile, LinkFeature, ProfilePost } from './linking-types.js';
import { normalizeUrl } from './text-normalize.js';

/**
 * The artifacts (SHA-256) behind one feature, so a court can open the exact captures it rests on:
 * profile features cite the captures of both profiles; post features cite the captures of the
 * posts they count. A node captured before artifact hashes were kept cites what exists (possibly
 * nothing), never a guess.
 */
export function featureArtifacts(feature: LinkFeature, x: AccountProfile, y: AccountProfile): string[] {
  const posts = [...x.posts, ...y.posts];
  const ofPosts = (keep: (p: ProfilePost) => boolean) => posts.filter(keep).flatMap((p) => p.artifacts ?? []);
  const profiles = [...x.sourceArtifacts, ...y.sourceArtifacts];
  const evidence = new Set(feature.evidence);
  let found: string[];
  switch (feature.name) {
    case 'handle':
    case 'displayName':
    case 'avatar':
    case 'sharedContacts':
      found = profiles;
      break;
    case 'sharedLinks':
      found = [
        ...profiles,
        ...ofPosts((p) => p.links.some((href) => evidence.has(normalizeUrl(href) ?? ''))),
      ];
      break;
    case 'sharedMedia':
    case 'mutualInteraction':
      found = ofPosts((p) => evidence.has(p.key));
      break;
    case 'sharedHashtags':
      found = ofPosts((p) => p.tags.some((t) => evidence.has(t.toLowerCase().replace(/^#/, ''))));
      break;
    case 'postingTime':
      found = ofPosts(() => true);
      break;
  }
  return [...new Set(found)].sort();
}
