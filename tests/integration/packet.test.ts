import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { verifyPacket } from '../../evidence/packet/packet-verifier.js';
import { buildTestPacket, EXPORT_REASON, type TestPacket } from '../support/test-packet.js';

/**
 * An evidence packet from real captures, exported through the export service and job, checked with
 * the standard tools a defence expert would use (unzip, sha256sum, sha512sum, poppler's PDF tools),
 * with node:crypto for the signature, and with casegraph's own verifier and command line.
 */
describe('evidence packet', () => {
  let t: TestPacket;
  const read = (file: string) => fs.readFileSync(path.join(t.bagDir, file), 'utf8');
  const cli = (...args: string[]) => {
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
        env: { ...process.env, CASEGRAPH_DATA_DIR: t.env.app.runtime.config.dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { code: 0, out: out.toString() };
    } catch (error) {
      const failed = error as { status: number; stdout: Buffer; stderr: Buffer };
      return { code: failed.status, out: `${failed.stdout.toString()}${failed.stderr.toString()}` };
    }
  };

  beforeAll(async () => {
    t = await buildTestPacket('PKT-1');
  }, 240_000);
  afterAll(() => t?.env.stop());

  it('is a zip that unzip tests clean, holding one bag with its payload, release record, custody log and report', () => {
    expect(execFileSync('unzip', ['-t', t.file]).toString()).toMatch(/No errors detected/);
    expect(read('bagit.txt')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = read('bag-info.txt');
    expect(info).toMatch(/^External-Identifier: PKT-1$/m);
    expect(info).toMatch(new RegExp(`^Internal-Sender-Identifier: ${t.exportId}$`, 'm'));
    expect(info).toMatch(
      new RegExp(
        `^Internal-Sender-Description: Released to ADA Jordan Blake at the request of ADA Jordan Blake for: ${EXPORT_REASON}\\. Gate decision \\S+: ALLOW under policy`,
        'm',
      ),
    );
    const files = execFileSync('find', ['data', '-type', 'f'], { cwd: t.bagDir })
      .toString()
      .trim()
      .split('\n');
    const octets = files.reduce((sum, f) => sum + fs.statSync(path.join(t.bagDir, f)).size, 0);
    expect(info).toMatch(new RegExp(`^Payload-Oxum: ${octets}\\.${files.length}$`, 'm'));
    expect(files).toEqual(
      expect.arrayContaining([
        'data/custody/custody.jsonl',
        'data/report.pdf',
        'data/authority/decisions.json',
        'data/authority/export.json',
      ]),
    );
    expect(files.filter((f) => f.endsWith('/capture.warc.gz'))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('/screenshot.png'))).toHaveLength(1);
  });

  it('checks out with sha256sum and sha512sum, tag manifests too, and its signature verifies', () => {
    for (const tool of ['sha256sum', 'sha512sum']) {
      for (const manifest of [`manifest-${tool.slice(0, 6)}.txt`, `tagmanifest-${tool.slice(0, 6)}.txt`]) {
        expect(execFileSync(tool, ['-c', '--strict', manifest], { cwd: t.bagDir }).toString()).not.toMatch(
          /FAILED/,
        );
      }
    }
    const publicKey = crypto.createPublicKey(read('signature/public-key.pem'));
    const signature = Buffer.from(read('signature/tagmanifest-sha256.txt.sig').trim(), 'base64');
    expect(crypto.verify(null, Buffer.from(read('tagmanifest-sha256.txt')), publicKey, signature)).toBe(true);
    expect(read('signature/key-fingerprint.txt').trim()).toBe(
      `sha256:${t.env.app.services.evidenceKey.fingerprint}`,
    );
  });

  it('records the release in the bag: exporter, requester, recipient, reason and the gate decision', () => {
    const record = JSON.parse(read('data/authority/export.json')) as Record<string, any>;
    expect(record).toMatchObject({
      exportId: t.exportId,
      caseNumber: 'PKT-1',
      reason: EXPORT_REASON,
      exporter: {
        name: 'ADA Jordan Blake',
        rank: 'Assistant District Attorney',
        badge: 'P-3318',
        role: 'PROSECUTOR',
      },
      requester: { userId: t.prosecutor.id },
      recipient: { name: 'ADA Jordan Blake', lawEnforcement: true, user: { userId: t.prosecutor.id } },
      decision: { stage: 'EXPORT', decision: 'ALLOW', decidedAt: expect.any(String) },
      checks: expect.stringContaining('recomputed at export'),
    });
    expect(record.decision.policyVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(record.decision.clauses.length).toBeGreaterThan(0);
  });

  it('binds the report to the bag with the evidence digest anyone can recompute with grep and sha256sum', () => {
    const digest = execFileSync(
      'sh',
      ['-c', "grep -v '  data/report.pdf$' manifest-sha256.txt | sha256sum"],
      {
        cwd: t.bagDir,
      },
    )
      .toString()
      .split(' ')[0]!;
    expect(read('bag-info.txt')).toContain(`Casegraph-Evidence-Digest: sha256:${digest}\n`);
    const text = execFileSync('pdftotext', [
      '-layout',
      path.join(t.bagDir, 'data/report.pdf'),
      '-',
    ]).toString();
    expect(text).toContain(`evidence digest sha256:${digest}`);
    expect(text).toContain(`sha256:${t.env.app.services.evidenceKey.fingerprint}`);
  });

  it('carries a report a judge can read: screenshot, page numbers, names not user ids, fonts embedded, a true certification', async () => {
    const pdf = path.join(t.bagDir, 'data/report.pdf');
    const images = execFileSync('pdfimages', ['-list', pdf]).toString().trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(1);
    const fonts = execFileSync('pdffonts', [pdf]).toString().trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/DejaVu\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    for (let page = 1; page <= pages; page += 1) {
      const text = execFileSync('pdftotext', [
        '-f',
        String(page),
        '-l',
        String(page),
        '-layout',
        pdf,
        '-',
      ]).toString();
      expect(text).toContain(`Page ${page} of ${pages}`);
      expect(text).toContain('Evidence report · Case PKT-1');
    }
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    const flat = text.replace(/\s+/g, ' ');
    expect(text).not.toMatch(/user-[0-9a-f]{8}-/);
    for (const id of [t.prosecutor.id, ...(await t.env.app.services.userAdmin.list(100)).map((u) => u.id)]) {
      expect(text).not.toContain(id);
    }
    expect(flat).toContain('Det. Pipe');
    expect(flat).toContain('I, ADA Jordan Blake, Assistant District Attorney, badge P-3318');
    expect(flat).toContain(
      'recomputed at export from the evidence store and equals the SHA-256 recorded at collection',
    );
    expect(flat).toContain('SHA-512 digests were computed at export');
    expect(flat).toContain('No SHA-512 was recorded at collection');
    expect(flat).not.toMatch(/match the digests recorded at collection/);
    expect(flat).toContain('I declare under penalty of perjury that the foregoing is true and correct');
    expect(flat).toContain('TLS certificate not recorded');
    expect(flat).toContain('America/Chicago');
    expect(flat).toContain('report 26-0311');
    const manifest = read('manifest-sha256.txt');
    const warc = manifest
      .split('\n')
      .find((l) => l.endsWith('capture.warc.gz'))!
      .split(' ')[0]!;
    expect(flat).toContain(warc.replace(/(.{8})(?=.)/g, '$1 '));
  });

  it('is valid to the verifier and to the command line, which also speaks JSON and explains itself', async () => {
    const verdict = await verifyPacket(t.file, { trust: t.trust });
    expect(verdict).toMatchObject({
      valid: true,
      usable: true,
      problems: [],
      signer: expect.stringContaining('this installation'),
    });
    expect(verdict.checked).toMatchObject({
      payloadManifests: ['sha256', 'sha512'],
      tagManifests: ['sha256', 'sha512'],
      captures: 2,
    });
    expect(verdict.checked.warcRecords).toBeGreaterThan(6);
    expect(cli('verify', t.file)).toMatchObject({ code: 0, out: expect.stringContaining('verdict: VALID') });
    const json = cli('verify', '--json', t.file);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ valid: true, usable: true, packet: t.file });
    expect(cli('verify', '--help')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^usage: casegraph verify/),
    });
    expect(cli('verify')).toMatchObject({ code: 64, out: expect.stringContaining('no packet given') });
    expect(cli('verify', '--bogus', t.file).code).toBe(64);
  });

  it('records the export on the case custody chain with the packet hash', async () => {
    const events = await t.env.app.services.custody.list(t.env.caseId);
    expect(events.map((e) => e.type)).toEqual(['CAPTURED', 'CAPTURED', 'EXPORTED']);
    const sha = crypto.createHash('sha256').update(fs.readFileSync(t.file)).digest('hex');
    expect(events[2]!.artifactHashes).toEqual([sha]);
  });

  it('re-hashes every stored object at export and stops, naming the object, when one no longer matches', async () => {
    const { store } = t.env.app.services;
    const [capture] = await t.env.app.services.repos.packetSource.captures(t.env.caseId, null);
    const artifact = capture!.artifacts.find((a) => a.kind === 'METADATA')!;
    const file = store.pathOf(artifact.sha256);
    const original = fs.readFileSync(file);
    fs.chmodSync(file, 0o600);
    const flipped = Buffer.from(original);
    flipped[10] = flipped[10]! ^ 0x01;
    fs.writeFileSync(file, flipped);
    try {
      const failed = await t.exportAgain('Second copy for the defence');
      expect(failed.status).toBe('FAILED');
      expect(failed.error).toContain(`stored object ${artifact.sha256}`);
      expect(failed.error).toMatch(/not the \S+ recorded at collection; the export stopped/);
      expect(fs.existsSync(path.join(t.env.app.runtime.config.dataDir, 'exports', `${failed.id}.zip`))).toBe(
        false,
      );
    } finally {
      fs.writeFileSync(file, original);
      fs.chmodSync(file, 0o400);
    }
  });
});
