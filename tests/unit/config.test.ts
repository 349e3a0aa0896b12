import { parseConfig } from '../../common/config.js';
import type { AppError } from '../../common/errors.js';

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

  it('reads the fetch allowlist as host:port endpoints, written the way a URL writes them', () => {
    const allowlist = ' 127.0.0.1:8080, Localhost:8080 ,[0:0::1]:8080,,0x7f.1:9090,127.0.0.1:8080';
    expect(parseConfig({ CASEGRAPH_FETCH_ALLOWLIST: allowlist }).fetchAllowlist).toEqual([
      '127.0.0.1:8080',
      'localhost:8080',
      '[::1]:8080',
      '127.0.0.1:9090',
    ]);
    expect(parseConfig({}).fetchAllowlist).toEqual([]);
  });

  it.each([
    ['127.0.0.1', /"127\.0\.0\.1" names no port; write host:port .*a bare host would open all its ports/],
    ['localhost', /"localhost" names no port/],
    ['[::1]', /"\[::1\]" names no port/],
    ['::1', /IPv6 address in brackets/],
    ['::1:8080', /IPv6 address in brackets/],
    ['127.0.0.1:0', /no valid port/],
    ['127.0.0.1:65536', /no valid port/],
    ['http://127.0.0.1:8080', /is not host:port/],
    ['user@127.0.0.1:8080', /is not host:port/],
    ['127.0.0.1:8080/path', /is not host:port/],
  ])('refuses the allowlist entry %s at start-up', (entry, message) => {
    const parse = () => parseConfig({ CASEGRAPH_FETCH_ALLOWLIST: `127.0.0.1:8080,${entry}` });
    expect(parse).toThrow(/^invalid CASEGRAPH_FETCH_ALLOWLIST: /);
    expect(parse).toThrow(message);
    try {
      parse();
    } catch (error) {
      expect((error as AppError).code).toBe('CONFIG_INVALID');
    }
  });

  it('reads per-platform collector options as JSON', () => {
    const config = parseConfig({
      CASEGRAPH_COLLECTOR_OPTIONS: '{"mastodon":{"baseUrl":"http://127.0.0.1:9","maxPages":2}}',
    });
    expect(config.collectorOptions).toEqual({ mastodon: { baseUrl: 'http://127.0.0.1:9', maxPages: 2 } });
  });
});
