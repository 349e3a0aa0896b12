import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ForbiddenEndpoints } from '../../capture/net/forbidden-endpoints.js';
import { checkTimestamp } from '../../evidence/timestamp/timestamp-check.js';
import { TsaClient } from '../../evidence/timestamp/tsa-client.js';
import { startLocalTsa, type LocalTsa } from '../support/openssl-tsa.js';

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('RFC 3161 timestamps from a local authority', () => {
  let tsa: LocalTsa;
  let other: LocalTsa;
  beforeAll(async () => {
    tsa = await startLocalTsa();
    other = await startLocalTsa();
  });
  afterAll(async () => {
    await tsa.close();
    await other.close();
  });

  const client = (url: string, certFile: string, forbidden = new ForbiddenEndpoints()) =>
    new TsaClient({ url, certificatePem: fs.readFileSync(certFile, 'utf8'), forbidden });

  it('gets a token over a file that openssl ts -verify and casegraph both accept', async () => {
    const data = Buffer.from(JSON.stringify({ capture: 'metadata', at: Date.now() }));
    const dataFile = path.join(tsa.dir, 'metadata.json');
    fs.writeFileSync(dataFile, data);
    const before = Date.now();
    const token = await client(tsa.url, tsa.tsaCertFile).stamp(data);
    expect(Math.abs(Date.parse(token.time) - before)).toBeLessThan(5_000);
    const tokenFile = path.join(tsa.dir, 'metadata.json.tsr');
    fs.writeFileSync(tokenFile, token.tsr);
    const out = execFileSync(
      'openssl',
      [
        'ts',
        '-verify',
        '-in',
        tokenFile,
        '-data',
        dataFile,
        '-CAfile',
        tsa.caFile,
        '-untrusted',
        tsa.tsaCertFile,
      ],
      { stdio: 'pipe' },
    ).toString();
    expect(out).toMatch(/Verification: OK/);
    const verdict = await checkTimestamp(token.tsr, data, fs.readFileSync(tsa.tsaCertFile, 'utf8'));
    expect(verdict).toMatchObject({ valid: true, problems: [], time: token.time });
  });

  it('names a token over other bytes, by another authority, or not a token at all', async () => {
    const data = Buffer.from('the bytes stamped');
    const token = await client(tsa.url, tsa.tsaCertFile).stamp(data);
    const cert = fs.readFileSync(tsa.tsaCertFile, 'utf8');
    const otherBytes = Buffer.from('other bytes');
    expect((await checkTimestamp(token.tsr, otherBytes, cert)).problems).toEqual([
      `the token is over SHA-256 ${sha256(data)}, not ${sha256(otherBytes)}`,
    ]);
    const otherCert = fs.readFileSync(other.tsaCertFile, 'utf8');
    expect((await checkTimestamp(token.tsr, data, otherCert)).problems).toEqual([
      'the token is signed by a certificate other than the configured time-stamping authority\u2019s',
    ]);
    const tampered = Buffer.from(token.tsr);
    // The last bytes are the signature value: flipping one leaves the DER readable.
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 3) ^ 0x01, tampered.length - 3);
    const broken = await checkTimestamp(tampered, data, cert);
    expect(broken.valid).toBe(false);
    expect(broken.problems.join(' ')).toMatch(/signature does not verify/);
    expect((await checkTimestamp(Buffer.from('not DER'), data, cert)).problems[0]).toMatch(
      /^the token cannot be read/,
    );
  });

  it('keeps no token signed by an authority other than the configured one, and never asks casegraph itself', async () => {
    const data = Buffer.from('x');
    await expect(client(other.url, tsa.tsaCertFile).stamp(data)).rejects.toThrow(
      /signed by a certificate other than the configured/,
    );
    const own = new ForbiddenEndpoints([{ host: '127.0.0.1', port: tsa.port, service: 'HTTP server' }]);
    const answered = tsa.answered();
    await expect(client(tsa.url, tsa.tsaCertFile, own).stamp(data)).rejects.toThrow(
      "the time-stamping authority's address is casegraph's own HTTP server",
    );
    expect(tsa.answered()).toBe(answered);
  });
});
