/**
 * The collector registry: one collector per platform, checked at start-up so a second collector
 * for a platform is a start-up error rather than a coin toss at run time.
 */
import type { Platform } from '../common/collection-types.js';
import { AppError } from '../common/errors.js';
import type { Collector, CollectorManifest } from './collector.js';

export type OptionValue = string | number | boolean;

export interface CollectorRegistry {
  /** The collector for a platform, or undefined when none is registered. */
  get(platform: Platform): Collector | undefined;
  /** Like get, but throws NOT_FOUND. */
  require(platform: Platform): Collector;
  platforms(): Platform[];
  /** The manifest's option defaults with configured overrides (e.g. another Mastodon instance). */
  options(platform: Platform): { baseUrl: string; maxPages: number; [name: string]: OptionValue };
}

/** Per-platform option overrides, e.g. `{ mastodon: { baseUrl: 'https://example.social' } }`. */
export type OptionOverrides = Partial<Record<Platform, Readonly<Record<string, OptionValue>>>>;

/** Builds a registry; throws CONFIG_INVALID on two collectors for one platform or an unknown option. */
export function createCollectorRegistry(
  collectors: readonly Collector[],
  overrides: OptionOverrides = {},
): CollectorRegistry {
  const byPlatform = new Map<string, Collector>();
  for (const collector of collectors) {
    const existing = byPlatform.get(collector.manifest.platform);
    if (existing) {
      throw new AppError(
        'CONFIG_INVALID',
        `two collectors for ${collector.manifest.platform}: ${existing.manifest.id} and ${collector.manifest.id}`,
      );
    }
    byPlatform.set(collector.manifest.platform, collector);
  }
  const resolved = new Map<string, ReturnType<CollectorRegistry['options']>>();
  for (const [platform, collector] of byPlatform) {
    resolved.set(platform, resolveOptions(collector.manifest, overrides[platform as Platform] ?? {}));
  }
  return {
    get: (platform) => byPlatform.get(platform),
    require(platform) {
      const collector = byPlatform.get(platform);
      if (!collector) throw new AppError('NOT_FOUND', `no collector for platform ${platform}`);
      return collector;
    },
    platforms: () => [...byPlatform.keys()] as Platform[],
    options(platform) {
      const options = resolved.get(platform);
      if (!options) throw new AppError('NOT_FOUND', `no collector for platform ${platform}`);
      return { ...options };
    },
  };
}

/** Merges overrides into a manifest's defaults, refusing unknown names and wrong types. */
export function resolveOptions(
  manifest: CollectorManifest,
  overrides: Readonly<Record<string, OptionValue>>,
): { baseUrl: string; maxPages: number; [name: string]: OptionValue } {
  const values: Record<string, OptionValue> = {};
  for (const [name, option] of Object.entries(manifest.options)) values[name] = option.default;
  for (const [name, value] of Object.entries(overrides)) {
    const option = manifest.options[name];
    if (!option || typeof option.default !== typeof value) {
      throw new AppError('CONFIG_INVALID', `${manifest.id}: unknown or mistyped option ${name}`);
    }
    values[name] = value;
  }
  return values as { baseUrl: string; maxPages: number; [name: string]: OptionValue };
}
