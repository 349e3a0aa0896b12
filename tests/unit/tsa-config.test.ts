import { parseConfig } from '../../common/config.js';

describe('time-stamping authority settings', () => {
  it('has none unless told: casegraph\u2019s clock only', () => {
    expect(parseConfig({}).tsa).toBeUndefined();
  });

  it('takes an allowlisted authority with its certificate', () => {
    const config = parseConfig({
      CASEGRAPH_TSA_URL: 'http://127.0.0.1:3180/tsa',
      CASEGRAPH_TSA_CERT: 'keys/tsa.pem',
      CASEGRAPH_FETCH_ALLOWLIST: '127.0.0.1:3180',
    });
    expect(config.tsa?.url).toBe('http://127.0.0.1:3180/tsa');
    expect(config.tsa?.certificateFile.endsWith('/keys/tsa.pem')).toBe(true);
  });

  it.each([
    [{ CASEGRAPH_TSA_URL: 'ftp://127.0.0.1:3180' }, 'CASEGRAPH_TSA_URL', /http:\/\/ or https:\/\//],
    [
      { CASEGRAPH_TSA_URL: 'http://127.0.0.1:3180/tsa', CASEGRAPH_FETCH_ALLOWLIST: '127.0.0.1:3180' },
      'CASEGRAPH_TSA_CERT',
      /required with CASEGRAPH_TSA_URL/,
    ],
    [
      { CASEGRAPH_TSA_URL: 'http://127.0.0.1:6379/', CASEGRAPH_TSA_CERT: 'tsa.pem' },
      'CASEGRAPH_TSA_URL',
      /127\.0\.0\.1:6379 is not on CASEGRAPH_FETCH_ALLOWLIST/,
    ],
    [
      {
        CASEGRAPH_TSA_URL: 'https://tsa.example',
        CASEGRAPH_TSA_CERT: 'tsa.pem',
        CASEGRAPH_FETCH_ALLOWLIST: 'tsa.example:80',
      },
      'CASEGRAPH_TSA_URL',
      /tsa\.example:443 is not on/,
    ],
  ])('refuses %j naming %s', (env, variable, words) => {
    expect(() => parseConfig(env)).toThrow(new RegExp(`^invalid ${variable}:`));
    expect(() => parseConfig(env)).toThrow(words);
  });
});
