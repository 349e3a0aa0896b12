import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import yazl from 'yazl';
import { verifyPacket, type PacketVerdict } from '../../evidence/packet/packet-verifier.js';
import {
  captureWith,
  copyBag,
  forgerKey,
  readEvents,
  rechain,
  reseal,
  resignCheckpoints,
  writeEvents,
  zipBag,
  type ForgerKey,
} from '../support/packet-tamper.js';
import { tempDir } from '../support/services.js';
import { buildTestPacket, type TestPacket } from '../support/test-packet.js';

/**
 * What a defence expert would try on a packet, one change at a time (the table in
 * docs/custody.md): each must leave `verify` saying NOT VALID and naming the defect, the file,
 * the WARC record or the custody event, and malformed input must end in a verdict, not a crash.
 */
describe('tampered evidence packets', () => {
  let t: TestPacket;
  const verify = (zip: string, fingerprint?: string) =>
    verifyPacket(zip, { trust: { ...t.trust, fingerprint } });
  const tampered = (change: (bag: string) => void) => {
    const bag = copyBag(t.bagDir);
    change(bag);
    return zipBag(bag);
  };
  const cli = (zip: string, env: Record<string, string> = {}) => {
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'verify', zip], {
        env: { ...process.env, CASEGRAPH_DATA_DIR: t.env.app.runtime.config.dataDir, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { code: 0, out: out.toString() };
    } catch (error) {
      const failed = error as { status: number; stdout: Buffer };
      return { code: failed.status, out: failed.stdout.toString() };
    }
  };
  const expectDefect = (verdict: PacketVerdict, kind: string, message: RegExp | string) => {
    expect(verdict.valid).toBe(false);
    const match = (m: string) => (typeof message === 'string' ? m === message : message.test(m));
    const found = verdict.defects.find((d) => d.kind === kind && match(d.message));
    if (!found)
      throw new Error(`no ${kind} defect ${String(message)} in ${JSON.stringify(verdict.problems, null, 2)}`);
    return found;
  };

  beforeAll(async () => {
    t = await buildTestPacket('PKT-TAMPER');
  }, 240_000);
  afterAll(() => t?.env.stop());

  it('starts from a packet that is valid', async () => {
    expect(await verify(t.file)).toMatchObject({ valid: true, problems: [] });
  });

  it('names a payload file with one byte flipped', async () => {
    const warc = `${captureWith(t.bagDir, 'screenshot.png')}/capture.warc.gz`;
    const zip = tampered((bag) => {
      const bytes = fs.readFileSync(path.join(bag, warc));
      bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
      fs.writeFileSync(path.join(bag, warc), bytes);
    });
    const verdict = await verify(zip);
    expectDefect(verdict, 'altered', `altered: ${warc} does not match its SHA256 in the manifest`);
    expectDefect(verdict, 'altered', `altered: ${warc} does not match its SHA512 in the manifest`);
    expect(cli(zip)).toMatchObject({ code: 1, out: expect.stringContaining('verdict: NOT VALID') });
  });

  it('names a removed file and an added one', async () => {
    const removed = await verify(tampered((bag) => fs.rmSync(path.join(bag, 'data/report.pdf'))));
    expectDefect(
      removed,
      'missing',
      'missing: data/report.pdf is in manifest-sha256.txt but not in the packet',
    );
    const added = await verify(tampered((bag) => fs.writeFileSync(path.join(bag, 'data/planted.txt'), 'x')));
    expectDefect(added, 'added', 'added: data/planted.txt is not in manifest-sha256.txt');
  });

  it('names the custody event edited behind its hash, manifests recomputed', async () => {
    const verdict = await verify(
      tampered((bag) => {
        const events = readEvents(bag);
        writeEvents(bag, [{ ...events[0]!, actorId: 'someone-else' }, ...events.slice(1)]);
        reseal(bag);
      }),
    );
    const defect = expectDefect(
      verdict,
      'custody',
      /^custody chain broken at event 1 .*: its content does not match its hash$/,
    );
    expect(defect).toMatchObject({ file: 'data/custody/custody.jsonl', event: 1 });
    expectDefect(verdict, 'signature', /the signature over tagmanifest-sha256\.txt does not verify/);
    expect(verdict.defects.some((d) => d.kind === 'altered')).toBe(false);
  });

  it('names custody events put out of order, manifests recomputed', async () => {
    const verdict = await verify(
      tampered((bag) => {
        const [first, second, ...rest] = readEvents(bag);
        writeEvents(bag, [second!, first!, ...rest]);
        reseal(bag);
      }),
    );
    expectDefect(
      verdict,
      'custody',
      'custody chain broken at event 2 (data/custody/custody.jsonl line 1): sequence 2 where 1 was expected',
    );
  });

  it('names the WARC record whose payload was edited, manifests recomputed', async () => {
    const folder = captureWith(t.bagDir, 'response-1.json');
    const body = fs.readFileSync(path.join(t.bagDir, folder, 'response-0.json'));
    const verdict = await verify(
      tampered((bag) => {
        const file = path.join(bag, folder, 'capture.warc.gz');
        const warc = zlib.gunzipSync(fs.readFileSync(file));
        const at = warc.indexOf(body);
        expect(at).toBeGreaterThan(0);
        warc[at + 2] = warc[at + 2]! ^ 0x01;
        fs.writeFileSync(file, zlib.gzipSync(warc));
        reseal(bag);
      }),
    );
    const defect = expectDefect(
      verdict,
      'altered',
      /^altered: data\/captures\/\S+\/capture\.warc\.gz record \d+ \(response http:\/\/127\.0\.0\.1:\d+\/api\/v1\/accounts\/lookup\?acct=alice, <urn:uuid:[0-9a-f-]+>\): WARC-Payload-Digest says sha256:[0-9a-f]{64}, the payload hashes to sha256:[0-9a-f]{64}$/,
    );
    expect(defect.record).toMatch(/^record \d+ \(response /);
    expectDefect(verdict, 'altered', /capture\.warc\.gz record \d+ .*WARC-Block-Digest says/);
    expectDefect(
      verdict,
      'altered',
      /capture\.warc\.gz has SHA-256 \S+, which CAPTURED event 1 did not record at collection$/,
    );
  });

  /** The whole forgery: a response body replaced, every record that names it rewritten, all re-signed. */
  function forge(bag: string, key: ForgerKey): void {
    const folder = captureWith(bag, 'response-1.json');
    const file = (name: string) => path.join(bag, folder, name);
    const sha = (name: string) =>
      execFileSync('sha256sum', [file(name)])
        .toString()
        .split(' ')[0]!;
    const oldBody = sha('response-0.json');
    const oldMeta = sha('metadata.json');
    fs.writeFileSync(
      file('response-0.json'),
      fs.readFileSync(file('response-0.json'), 'utf8').replace('alice', 'alicf'),
    );
    const metadata = fs
      .readFileSync(file('metadata.json'), 'utf8')
      .split(oldBody)
      .join(sha('response-0.json'));
    fs.writeFileSync(file('metadata.json'), metadata);
    const record = JSON.parse(fs.readFileSync(file('capture-record.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    fs.writeFileSync(
      file('capture-record.json'),
      JSON.stringify({ ...record, metadataSha256: sha('metadata.json') }, null, 2),
    );
    const swap = (h: string) =>
      h === oldBody ? sha('response-0.json') : h === oldMeta ? sha('metadata.json') : h;
    writeEvents(
      bag,
      rechain(readEvents(bag).map((e) => ({ ...e, artifactHashes: e.artifactHashes.map(swap) }))),
    );
    resignCheckpoints(bag, key);
    reseal(bag, key);
  }

  it('says a packet re-signed with a foreign key, checkpoints too, is signed by an unknown key', async () => {
    const key = forgerKey();
    const resigned = await verify(tampered((bag) => (resignCheckpoints(bag, key), reseal(bag, key))));
    expect(resigned.signer).toBeNull();
    expectDefect(
      resigned,
      'untrusted',
      new RegExp(`^untrusted: signed by an unknown key \\(fingerprint sha256:${key.fingerprint}\\)`),
    );
    expectDefect(
      resigned,
      'untrusted',
      `untrusted: custody checkpoint at event 2 is signed by an unknown key (fingerprint sha256:${key.fingerprint})`,
    );
    expect(resigned.defects.every((d) => d.kind === 'untrusted')).toBe(true);

    const forged = tampered((bag) => forge(bag, key));
    const verdict = await verify(forged);
    expectDefect(verdict, 'untrusted', /signed by an unknown key/);
    // Even trusting the forger's key for one check, the body no longer is what the WARC recorded.
    const pinned = await verify(forged, key.fingerprint);
    expect(pinned.signer).toBe('the key given for this check');
    expectDefect(
      pinned,
      'altered',
      /response-0\.json has SHA-256 \S+, which is not the payload of any record in \S+capture\.warc\.gz$/,
    );
    expect(pinned.defects.some((d) => d.kind === 'untrusted' || d.kind === 'custody')).toBe(false);
  });

  it("trusts another department's key listed in CASEGRAPH_TRUSTED_KEYS, by its name", async () => {
    const key = forgerKey();
    const zip = tampered((bag) => (resignCheckpoints(bag, key), reseal(bag, key)));
    expect(cli(zip)).toMatchObject({ code: 1, out: expect.stringContaining('signed by an unknown key') });
    const dir = tempDir('trusted');
    const pem = key.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    fs.writeFileSync(path.join(dir, 'springfield.pem'), `Name: Springfield Police Department\n${pem}`);
    const trusted = cli(zip, { CASEGRAPH_TRUSTED_KEYS: dir });
    expect(trusted).toMatchObject({
      code: 0,
      out: expect.stringContaining('signed by: Springfield Police Department'),
    });
  });

  it.each(['sha256', 'sha512'])(
    'names a tag file whose digest was changed in tagmanifest-%s.txt',
    async (algorithm) => {
      const verdict = await verify(
        tampered((bag) => {
          const file = path.join(bag, `tagmanifest-${algorithm}.txt`);
          const text = fs.readFileSync(file, 'utf8');
          fs.writeFileSync(
            file,
            text.replace(/^[0-9a-f]+(?= {2}bag-info\.txt$)/m, (d) => '0'.repeat(d.length)),
          );
        }),
      );
      expectDefect(
        verdict,
        'altered',
        `altered: tag file bag-info.txt does not match tagmanifest-${algorithm}.txt`,
      );
    },
  );

  it('names a malformed custody line instead of crashing', async () => {
    const zip = tampered((bag) => {
      const file = path.join(bag, 'data/custody/custody.jsonl');
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines[1] = '{"seq": 2, "type": "CAPTURED"';
      fs.writeFileSync(file, lines.join('\n'));
      reseal(bag);
    });
    const verdict = await verify(zip);
    expectDefect(verdict, 'malformed', /^malformed: data\/custody\/custody\.jsonl line 2 is not JSON \(/);
    expect(cli(zip)).toMatchObject({
      code: 1,
      out: expect.stringContaining('custody.jsonl line 2 is not JSON'),
    });
  });

  it('answers a truncated zip with a verdict and exit code 2', async () => {
    const zip = path.join(tempDir('truncated'), 'truncated.zip');
    const bytes = fs.readFileSync(t.file);
    fs.writeFileSync(zip, bytes.subarray(0, bytes.length - 200));
    const verdict = await verify(zip);
    expect(verdict).toMatchObject({ valid: false, usable: false });
    expectDefect(verdict, 'unusable', /^not a readable zip: /);
    expect(cli(zip)).toMatchObject({ code: 2, out: expect.stringContaining('not a usable packet') });
  });

  it('refuses a zip bomb before inflating it, with exit code 2', async () => {
    const zip = path.join(tempDir('bomb'), 'bomb.zip');
    const bomb = new yazl.ZipFile();
    const zeros = Buffer.alloc(2 ** 20);
    bomb.addReadStream(
      Readable.from(
        (function* () {
          for (let i = 0; i < 256; i += 1) yield zeros;
        })(),
      ),
      'casegraph-bomb/data/bomb.bin',
    );
    bomb.addBuffer(Buffer.from('BagIt-Version: 1.0\n'), 'casegraph-bomb/bagit.txt');
    bomb.end();
    await pipeline(bomb.outputStream, fs.createWriteStream(zip));
    const before = process.memoryUsage().rss;
    const verdict = await verify(zip);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 2 ** 20);
    expect(verdict).toMatchObject({ valid: false, usable: false });
    expectDefect(
      verdict,
      'unusable',
      /^refused: casegraph-bomb\/data\/bomb\.bin would expand \d+ times .*zip bomb$/,
    );
    expect(cli(zip)).toMatchObject({ code: 2, out: expect.stringContaining('zip bomb') });

    // The same bomb whose directory claims 1,000 bytes: inflating stops there, and says so.
    const lying = path.join(path.dirname(zip), 'lying.zip');
    const bytes = fs.readFileSync(zip);
    bytes.writeUInt32LE(1000, bytes.indexOf(Buffer.from('504b0102', 'hex')) + 24);
    fs.writeFileSync(lying, bytes);
    const stopped = await verify(lying);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 2 ** 20);
    expectDefect(
      stopped,
      'unusable',
      /^refused: data\/bomb\.bin could not be read to its end: too many bytes in the stream/,
    );
  });
});
