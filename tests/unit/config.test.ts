import { parseConfig } from '../../common/config.js';

describe('configuration', () => {
  it('defaults to embedded services and port 4000', () => {
    const config = parseConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.chromiumPath).toBe('/usr/bin/chromium');
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://x' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://db:7687' }, 'NEO4J_PASSWORD'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ CASEGRAPH_WORKERS: 'maybe' }, 'CASEGRAPH_WORKERS'],
    [{ CASEGRAPH_ADMIN_USER: 'chief' }, 'CASEGRAPH_ADMIN_PASSWORD'],
    [{ CASEGRAPH_COLLECTOR_OPTIONS: '{mastodon' }, 'CASEGRAPH_COLLECTOR_OPTIONS'],
    [{ CASEGRAPH_COLLECTOR_OPTIONS: '{"myspace":{"baseUrl":"x"}}' }, 'CASEGRAPH_COLLECTOR_OPTIONS'],
    [{ CASEGRAPH_CONTACT_EMAIL: 'not-an-address' }, 'CASEGRAPH_CONTACT_EMAIL'],
    [{ CASEGRAPH_TIME_ZONE: 'Mars/Olympus_Mons' }, 'CASEGRAPH_TIME_ZONE'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => parseConfig(env)).toThrow(new RegExp(`^invalid ${variable}:`));
  });

  it('gives reports the department zone, Central time unless told, and trusts no other keys unless told', () => {
    expect(parseConfig({}).timeZone).toBe('America/Chicago');
    expect(parseConfig({}).trustedKeysPath).toBeUndefined();
    const config = parseConfig({
      CASEGRAPH_TIME_ZONE: 'Europe/Berlin',
      CASEGRAPH_TRUSTED_KEYS: 'keys/others',
    });
    expect(config.timeZone).toBe('Europe/Berlin');
    expect(config.trustedKeysPath).toMatch(/^\/.*\/keys\/others$/);
  });

  it('splits the fetch allowlist', () => {
    expect(parseConfig({ CASEGRAPH_FETCH_ALLOWLIST: ' 127.0.0.1, Localhost ,' }).fetchAllowlist).toEqual([
      '127.0.0.1',
      'localhost',
    ]);
  });

  it('reads per-platform collector options as JSON', () => {
    const config = parseConfig({
      CASEGRAPH_COLLECTOR_OPTIONS: '{"mastodon":{"baseUrl":"http://127.0.0.1:9","maxPages":2}}',
    });
    expect(config.collectorOptions).toEqual({ mastodon: { baseUrl: 'http://127.0.0.1:9', maxPages: 2 } });
  });
});
