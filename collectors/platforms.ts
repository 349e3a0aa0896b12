/**
 * The platforms casegraph collects from, read off the collectors' manifests: adding a collector
 * folder and its manifest here is what makes a platform exist (in the gate's input, the policy
 * file's schema, the configuration and the API), so there is no second list to keep in step.
 * Only the manifests are imported, never the collectors, so any layer may depend on this list.
 * The manifests are plain data that import nothing (so common/ can read this list without a
 * cycle); each is checked against `CollectorManifest` where `defineCollector` takes it.
 */
import { manifest as bluesky } from './bluesky/manifest.js';
import { manifest as mastodon } from './mastodon/manifest.js';
import { manifest as reddit } from './reddit/manifest.js';
import { manifest as rss } from './rss/manifest.js';
import { manifest as telegram } from './telegram/manifest.js';
import { manifest as web } from './web/manifest.js';

const MANIFESTS = [mastodon, bluesky, reddit, rss, telegram, web] as const;

type PlatformsOf<T extends readonly { readonly platform: string }[]> = {
  readonly [K in keyof T]: T[K]['platform'];
};

/** Every platform with a collector, as a tuple of literal names (for `z.enum`). */
export const PLATFORMS = MANIFESTS.map((m) => m.platform) as unknown as PlatformsOf<typeof MANIFESTS>;
export type Platform = (typeof PLATFORMS)[number];
