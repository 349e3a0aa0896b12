import { platformCollectors } from '../../collectors/all-collectors.js';
import { createCollectorRegistry } from '../../collectors/registry.js';
import { PLATFORMS } from '../../common/collection-types.js';

/** Every platform has exactly one collector, with a manifest the registry accepts. */
describe('collector registry', () => {
  it('has one collector per platform and resolves configured options', () => {
    const registry = createCollectorRegistry(platformCollectors(), {
      mastodon: { baseUrl: 'https://kc.social', maxPages: 2 },
    });
    expect(registry.platforms().sort()).toEqual([...PLATFORMS].sort());
    expect(registry.options('mastodon')).toMatchObject({
      baseUrl: 'https://kc.social',
      maxPages: 2,
      pageSize: 40,
    });
    for (const collector of platformCollectors()) {
      expect(collector.manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(collector.manifest.methods.length).toBeGreaterThan(0);
    }
  });

  it('refuses two collectors for one platform, an unknown option and a mistyped one', () => {
    const [first] = platformCollectors();
    expect(() => createCollectorRegistry([first!, first!])).toThrow(/two collectors for/);
    expect(() => createCollectorRegistry(platformCollectors(), { reddit: { colour: 'red' } })).toThrow(
      /unknown or mistyped option colour/,
    );
    expect(() => createCollectorRegistry(platformCollectors(), { reddit: { maxPages: 'many' } })).toThrow(
      /mistyped option maxPages/,
    );
  });
});
