import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadOrCreateEd25519Key } from '../../common/ed25519-key.js';
import { buildPacket } from '../../evidence/packet/packet-builder.js';
import { verifyPacket } from '../../evidence/packet/packet-verifier.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { tempDir } from '../support/services.js';

/**
 * An evidence packet from real captures, checked with the standard tools a defence expert would
 * use (unzip, sha256sum, sha512sum), with node:crypto for the signature, and with casegraph's own
 * verifier, which must name every file altered, removed or added.
 */
describe('evidence packet', () => {
  let env: CollectingCasegraph;
  let packet: string;
  let bagDir: string;
  const work = () => tempDir('packet');

  beforeAll(async () => {
    env = await startCollectingCasegraph('PKT-1');
    expect((await env.collect('alice')).job.state).toBe('completed');
    const { app } = env;
    const key = loadOrCreateEd25519Key(
      path.join(app.runtime.config.dataDir, 'keys', 'evidence-ed25519.pem'),
      'evidence key',
    );
    const built = await buildPacket(
      {
        source: app.services.repos.packetSource,
        store: app.services.store,
        custody: app.services.custody,
        config: app.runtime.config,
        key,
      },
      { exportId: 'export-1', caseId: env.caseId, requestedBy: 'prosecutor-1', captureIds: null },
    );
    packet = built.file;
    const out = work();
    execFileSync('unzip', ['-q', packet, '-d', out]);
    bagDir = path.join(out, fs.readdirSync(out)[0]!);
  }, 120_000);
  afterAll(() => env.stop());

  it('is a zip that unzip tests clean, holding one bag with its payload, custody log and report', () => {
    expect(execFileSync('unzip', ['-t', packet]).toString()).toMatch(/No errors detected/);
    expect(fs.readFileSync(path.join(bagDir, 'bagit.txt'), 'utf8')).toBe(
      'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n',
    );
    const info = fs.readFileSync(path.join(bagDir, 'bag-info.txt'), 'utf8');
    expect(info).toMatch(/^External-Identifier: PKT-1$/m);
    expect(info).toMatch(/^Internal-Sender-Identifier: export-1$/m);
    const files = execFileSync('find', ['data', '-type', 'f'], { cwd: bagDir }).toString().trim().split('\n');
    const octets = files.reduce((sum, f) => sum + fs.statSync(path.join(bagDir, f)).size, 0);
    expect(info).toMatch(new RegExp(`^Payload-Oxum: ${octets}\\.${files.length}$`, 'm'));
    expect(files).toEqual(
      expect.arrayContaining([
        'data/custody/custody.jsonl',
        'data/report.pdf',
        'data/authority/decisions.json',
      ]),
    );
    expect(files.some((f) => f.endsWith('/capture.warc.gz'))).toBe(true);
  });

  it('checks out with sha256sum and sha512sum, and its signature verifies with the included key', () => {
    for (const tool of ['sha256sum', 'sha512sum']) {
      const manifest = `manifest-${tool.slice(0, 6)}.txt`;
      expect(execFileSync(tool, ['-c', '--strict', manifest], { cwd: bagDir }).toString()).not.toMatch(
        /FAILED/,
      );
    }
    execFileSync('sha256sum', ['-c', '--strict', 'tagmanifest-sha256.txt'], { cwd: bagDir });
    const publicKey = crypto.createPublicKey(
      fs.readFileSync(path.join(bagDir, 'signature', 'public-key.pem')),
    );
    const signature = Buffer.from(
      fs.readFileSync(path.join(bagDir, 'signature', 'tagmanifest-sha256.txt.sig'), 'utf8').trim(),
      'base64',
    );
    expect(
      crypto.verify(null, fs.readFileSync(path.join(bagDir, 'tagmanifest-sha256.txt')), publicKey, signature),
    ).toBe(true);
  });

  it('carries a report naming the case and every captured file by its SHA-256', () => {
    const pdf = fs.readFileSync(path.join(bagDir, 'data', 'report.pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const shown = (text: string) => pdf.includes(Buffer.from(text).toString('hex')) || pdf.includes(text);
    expect(shown('PKT-1')).toBe(true);
    const manifest = fs.readFileSync(path.join(bagDir, 'manifest-sha256.txt'), 'utf8');
    const warcLine = manifest.split('\n').find((l) => l.endsWith('capture.warc.gz'))!;
    expect(shown(warcLine.split(' ')[0]!)).toBe(true);
  });

  it('is valid to the verifier, which names an altered, a removed and an added file', async () => {
    expect(await verifyPacket(packet)).toMatchObject({ valid: true, problems: [] });
    const rezip = (mutate: (dir: string) => void) => {
      const dir = work();
      execFileSync('cp', ['-r', bagDir, dir]);
      const copy = path.join(dir, path.basename(bagDir));
      mutate(copy);
      const zip = path.join(dir, 'tampered.zip');
      execFileSync('zip', ['-q', '-r', zip, path.basename(bagDir)], { cwd: dir });
      return zip;
    };
    const cli = (zip: string) => {
      try {
        return {
          code: 0,
          out: execFileSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'verify', zip]).toString(),
        };
      } catch (error) {
        const failed = error as { status: number; stdout: Buffer };
        return { code: failed.status, out: failed.stdout.toString() };
      }
    };
    expect(cli(packet)).toMatchObject({ code: 0, out: expect.stringContaining('verdict: VALID') });
    const warc = execFileSync('find', ['data', '-name', 'capture.warc.gz'], { cwd: bagDir })
      .toString()
      .trim();
    const altered = await verifyPacket(
      rezip((copy) => {
        const file = path.join(copy, warc);
        const bytes = fs.readFileSync(file);
        bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
        fs.writeFileSync(file, bytes);
      }),
    );
    expect(altered.valid).toBe(false);
    expect(altered.problems).toContain(`altered: ${warc} does not match its SHA256 in the manifest`);
    const removed = await verifyPacket(rezip((copy) => fs.rmSync(path.join(copy, 'data', 'report.pdf'))));
    expect(removed.problems).toContain(
      'missing: data/report.pdf is in manifest-sha256.txt but not in the packet',
    );
    const added = await verifyPacket(
      rezip((copy) => fs.writeFileSync(path.join(copy, 'data', 'planted.txt'), 'x')),
    );
    expect(added.problems).toContain('added: data/planted.txt is not in manifest-sha256.txt');
    // A chain rewritten wholesale (hashes recomputed) no longer matches the signed checkpoint.
    const rewritten = await verifyPacket(
      rezip((copy) => {
        const file = path.join(copy, 'data', 'custody', 'checkpoints.json');
        const checkpoints = JSON.parse(fs.readFileSync(file, 'utf8')) as { headHash: string }[];
        checkpoints[0]!.headHash = 'f'.repeat(64);
        fs.writeFileSync(file, JSON.stringify(checkpoints));
      }),
    );
    expect(rewritten.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^custody checkpoint at event 1: the signature does not verify$/),
      ]),
    );
    const planted = rezip((copy) => fs.writeFileSync(path.join(copy, 'data', 'planted.txt'), 'x'));
    expect(cli(planted)).toMatchObject({ code: 1, out: expect.stringContaining('added: data/planted.txt') });
  });

  it('records the export on the case custody chain with the packet hash', async () => {
    const events = await env.app.services.custody.list(env.caseId);
    expect(events.map((e) => e.type)).toEqual(['CAPTURED', 'EXPORTED']);
    const sha = crypto.createHash('sha256').update(fs.readFileSync(packet)).digest('hex');
    expect(events[1]!.artifactHashes).toEqual([sha]);
  });
});
