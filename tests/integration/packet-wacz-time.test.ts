import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { verifyPacket } from '../../evidence/packet/packet-verifier.js';
import { NO_TRUSTED_TIME } from '../../evidence/timestamp/capture-timestamp.js';
import { waczKey } from '../../evidence/wacz/wacz-key.js';
import { validateWacz } from '../../evidence/wacz/wacz-validator.js';
import { writeWacz } from '../../evidence/wacz/wacz-writer.js';
import { copyBag, reseal, zipBag } from '../support/packet-tamper.js';
import { startLocalTsa, type LocalTsa } from '../support/openssl-tsa.js';
import { tempDir } from '../support/services.js';
import { buildTestPacket, type TestPacket } from '../support/test-packet.js';

const CAPTURE = `query($c: ID!, $id: ID!) { capture(caseId: $c, id: $id) { recordJson artifacts { name sha256 } } }`;

/** A packet of two captures (API and web page) made with a local time-stamping authority. */
describe('packet with the case WACZ and trusted time', () => {
  let tsa: LocalTsa;
  let other: LocalTsa;
  let t: TestPacket;
  let tsaPem: string;

  beforeAll(async () => {
    tsa = await startLocalTsa();
    other = await startLocalTsa();
    tsaPem = fs.readFileSync(tsa.tsaCertFile, 'utf8');
    t = await buildTestPacket('TSA-1', (fixtures) => ({
      CASEGRAPH_TSA_URL: tsa.url,
      CASEGRAPH_TSA_CERT: tsa.tsaCertFile,
      CASEGRAPH_FETCH_ALLOWLIST: `127.0.0.1:${fixtures.port},127.0.0.1:${tsa.port}`,
    }));
  }, 180_000);
  afterAll(async () => {
    await t?.env.stop();
    await tsa.close();
    await other.close();
  });

  const captureDirs = () => fs.readdirSync(path.join(t.bagDir, 'data', 'captures'));

  it('stamps every capture: a token openssl ts -verify accepts over its metadata.json', async () => {
    // One stamp per capture at least: a job retaken on a loaded machine (its lock lapsed) stamps
    // its capture's metadata again, and the packet carries the token of the attempt that ingested.
    expect(captureDirs()).toHaveLength(2);
    expect(tsa.answered()).toBeGreaterThanOrEqual(2);
    for (const id of captureDirs()) {
      const dir = path.join(t.bagDir, 'data', 'captures', id);
      const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8'));
      expect(metadata.time.trustedTime).toContain(`requested from ${tsa.url}`);
      const out = execFileSync(
        'openssl',
        [
          'ts',
          '-verify',
          '-in',
          path.join(dir, 'metadata.json.tsr'),
          '-data',
          path.join(dir, 'metadata.json'),
          '-CAfile',
          tsa.caFile,
          '-untrusted',
          tsa.tsaCertFile,
        ],
        { stdio: 'pipe' },
      ).toString();
      expect(out).toMatch(/Verification: OK/);
      const { data } = await t.env.detective.query(CAPTURE, { c: t.env.caseId, id });
      expect(JSON.parse(data!.capture.recordJson).trustedTime).toMatch(
        new RegExp(`^RFC 3161 token from ${tsa.url.replace(/[.]/g, '\\.')}: \\d{4}-`),
      );
      expect(data!.capture.artifacts.map((a: { name: string }) => a.name)).toContain('metadata.json.tsr');
    }
    const report = execFileSync('pdftotext', [path.join(t.bagDir, 'data', 'report.pdf'), '-']).toString();
    expect(report).toContain('RFC 3161 token from');
  });

  it('carries one signed WACZ of every capture WARC, valid against its own datapackage.json', async () => {
    const waczDir = path.join(t.bagDir, 'data', 'wacz');
    const [name] = fs.readdirSync(waczDir);
    expect(name).toBe('case-TSA-1.wacz');
    const verdict = await validateWacz(path.join(waczDir, name!));
    expect(verdict.problems).toEqual([]);
    const record = JSON.parse(
      fs.readFileSync(path.join(t.bagDir, 'data', 'authority', 'export.json'), 'utf8'),
    );
    expect(verdict.signedData!.publicKey).toBe(record.waczSigningKey);
    const warcs = captureDirs().map((id) => `archive/${id}.warc.gz`);
    expect([...verdict.warcs.keys()].sort()).toEqual(warcs.sort());
  });

  it('verify checks the WACZ and every token against the configured authority', async () => {
    const verdict = await verifyPacket(t.file, { trust: t.trust, tsaCertificatePem: tsaPem });
    expect(verdict.problems).toEqual([]);
    expect(verdict.valid).toBe(true);
    expect(verdict.checked).toMatchObject({ waczs: 1, timestamps: 2 });
    const unchecked = await verifyPacket(t.file, { trust: t.trust });
    expect(unchecked.valid).toBe(true);
    expect(unchecked.notes).toContain(
      '2 RFC 3161 timestamp token(s) not checked: no time-stamping authority certificate is configured (CASEGRAPH_TSA_CERT)',
    );
  });

  it('names a token from another authority and a WACZ signed by another key, even with manifests redone', async () => {
    const bag = copyBag(t.bagDir);
    const [id] = captureDirs();
    const dir = path.join(bag, 'data', 'captures', id!);
    const metadata = path.join(dir, 'metadata.json');
    execFileSync('openssl', [
      'ts',
      '-query',
      '-data',
      metadata,
      '-sha256',
      '-cert',
      '-out',
      path.join(other.dir, 'q.tsq'),
    ]);
    execFileSync(
      'openssl',
      [
        'ts',
        '-reply',
        '-config',
        'tsa.cnf',
        '-queryfile',
        'q.tsq',
        '-out',
        path.join(dir, 'metadata.json.tsr'),
      ],
      {
        cwd: other.dir,
      },
    );
    const wacz = path.join(bag, 'data', 'wacz', 'case-TSA-1.wacz');
    const warc = fs.readFileSync(path.join(dir, 'capture.warc.gz'));
    await writeWacz(
      {
        warcs: [{ filename: `${id}.warc.gz`, open: () => Readable.from([warc]) }],
        title: 'forged',
        description: 'forged',
        software: { name: 'casegraph', version: '0.1.0' },
        key: waczKey({ dataDir: tempDir('forger-wacz') }),
      },
      wacz,
    );
    reseal(bag);
    const verdict = await verifyPacket(zipBag(bag), { trust: t.trust, tsaCertificatePem: tsaPem });
    expect(verdict.valid).toBe(false);
    expect(verdict.problems).toEqual(
      expect.arrayContaining([
        `altered: data/captures/${id}/metadata.json.tsr: the token is signed by a certificate other than the configured time-stamping authority\u2019s`,
        'untrusted: data/wacz/case-TSA-1.wacz is signed with a key data/authority/export.json does not name',
      ]),
    );
  });
});

describe('capture without a time-stamping authority', () => {
  it('says so in metadata.json and the capture record', async () => {
    const { startCollectingCasegraph } = await import('../support/collecting-casegraph.js');
    const env = await startCollectingCasegraph('TSA-NONE');
    try {
      const { job } = await env.collect('alice');
      expect(job.state).toBe('completed');
      const { data } = await env.detective.query(CAPTURE, { c: env.caseId, id: job.captureId });
      expect(JSON.parse(data!.capture.recordJson).trustedTime).toBe(NO_TRUSTED_TIME);
      const artifacts = data!.capture.artifacts as { name: string; sha256: string }[];
      expect(artifacts.map((a) => a.name)).not.toContain('metadata.json.tsr');
      const meta = artifacts.find((a) => a.name === 'metadata.json')!;
      const stored = JSON.parse((await env.app.services.store.read(meta.sha256)).toString());
      expect(stored.time.trustedTime).toBe("no trusted timestamp: casegraph's clock only");
    } finally {
      await env.stop();
    }
  }, 120_000);
});
