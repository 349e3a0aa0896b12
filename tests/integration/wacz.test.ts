import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { WARCParser } from 'warcio';
import yazl from 'yazl';
import { openZip } from '../../evidence/packet/verify/zip-entries.js';
import { waczKey } from '../../evidence/wacz/wacz-key.js';
import { validateWacz } from '../../evidence/wacz/wacz-validator.js';
import { writeWacz } from '../../evidence/wacz/wacz-writer.js';
import { PAGE_URL, pageExchanges, pageWarc } from '../support/page-warc.js';

/** Every entry of a zip, read whole (test files are small). */
async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await openZip(file);
  const out = new Map<string, Buffer>();
  try {
    for (const entry of zip.entries) {
      const chunks: Buffer[] = [];
      for await (const c of await zip.open(entry)) chunks.push(c as Buffer);
      out.set(entry.name, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return out;
}

/** Writes a zip holding `files` as they are given. */
async function rezip(files: Map<string, Buffer>, file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of files) zip.addBuffer(bytes, name, { compress: false });
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(file));
}

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('WACZ of a capture', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-wacz-'));
  const key = waczKey({ dataDir: dir });
  const file = path.join(dir, 'capture.wacz');
  let warc: Buffer;

  beforeAll(async () => {
    warc = await pageWarc();
    await writeWacz(
      {
        warcs: [{ filename: 'capture.warc.gz', open: () => Readable.from([warc]) }],
        title: 'Capture of a fixture page',
        description: 'test',
        software: { name: 'casegraph', version: '0.1.0' },
        key,
        titles: new Map([[PAGE_URL, 'Archived fixture page']]),
      },
      file,
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists every file with the SHA-256 and size the zip holds, and signs the datapackage hash', async () => {
    const files = await entries(file);
    expect([...files.keys()].sort()).toEqual([
      'archive/capture.warc.gz',
      'datapackage-digest.json',
      'datapackage.json',
      'indexes/index.cdxj',
      'pages/pages.jsonl',
    ]);
    const datapackage = JSON.parse(files.get('datapackage.json')!.toString()) as Record<string, any>;
    expect(datapackage).toMatchObject({
      profile: 'data-package',
      wacz_version: '1.1.1',
      mainPageUrl: PAGE_URL,
    });
    expect(datapackage.software).toBe('casegraph 0.1.0');
    expect(datapackage.resources).toHaveLength(3);
    for (const r of datapackage.resources as { path: string; hash: string; bytes: number }[]) {
      const bytes = files.get(r.path)!;
      expect(r.hash).toBe(`sha256:${sha256(bytes)}`);
      expect(r.bytes).toBe(bytes.length);
    }
    expect(files.get('archive/capture.warc.gz')!.equals(warc)).toBe(true);
    const digest = JSON.parse(files.get('datapackage-digest.json')!.toString()) as Record<string, any>;
    expect(digest.hash).toBe(`sha256:${sha256(files.get('datapackage.json')!)}`);
    expect(digest.signedData.hash).toBe(digest.hash);
    // The check ReplayWeb.page makes: ECDSA P-384 SPKI key, SHA-256, P1363 signature of the hash string.
    const publicKey = await crypto.webcrypto.subtle.importKey(
      'spki',
      Buffer.from(digest.signedData.publicKey, 'base64'),
      { name: 'ECDSA', namedCurve: 'P-384' },
      false,
      ['verify'],
    );
    const holds = await crypto.webcrypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      publicKey,
      Buffer.from(digest.signedData.signature, 'base64'),
      Buffer.from(digest.hash),
    );
    expect(holds).toBe(true);
    expect(digest.signedData.publicKey).toBe(key.publicKeyBase64);
    const verdict = await validateWacz(file);
    expect(verdict.problems).toEqual([]);
    expect(verdict.valid).toBe(true);
    expect(verdict.warcs.get('archive/capture.warc.gz')).toBe(sha256(warc));
  });

  it('indexes every response in sorted CDXJ whose offset and length find that record', async () => {
    const files = await entries(file);
    const lines = files.get('indexes/index.cdxj')!.toString().trim().split('\n');
    expect(lines).toEqual([...lines].sort());
    const urls = pageExchanges().map((e) => e.url);
    const indexed: string[] = [];
    for (const line of lines) {
      const json = JSON.parse(line.slice(line.indexOf('{'))) as Record<string, string>;
      expect(json.filename).toBe('capture.warc.gz');
      const start = Number(json.offset);
      const member = warc.subarray(start, start + Number(json.length));
      const parser = new WARCParser(Readable.from([zlib.gunzipSync(member)]));
      const record = (await parser.parse())!;
      expect(record.warcTargetURI).toBe(json.url);
      expect(record.warcPayloadDigest).toBe(`sha256:${json.digest}`);
      if (record.warcType === 'response') {
        expect(json.status).toBe('200');
        indexed.push(json.url!);
      }
    }
    expect(indexed.sort()).toEqual([...urls].sort());
    const mimes = lines.map((l) => (JSON.parse(l.slice(l.indexOf('{'))) as { mime: string }).mime);
    expect(mimes).toEqual(
      expect.arrayContaining(['text/html', 'text/css', 'image/png', 'application/javascript']),
    );
    const pages = files
      .get('pages/pages.jsonl')!
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(pages[0]).toMatchObject({ format: 'json-pages-1.0' });
    expect(pages[1]).toMatchObject({
      url: PAGE_URL,
      ts: '2026-11-30T10:00:00Z',
      title: 'Archived fixture page',
    });
  });

  it('names an altered WARC, an altered datapackage and a signature by another key', async () => {
    const files = await entries(file);
    const altered = Buffer.from(files.get('archive/capture.warc.gz')!);
    altered.writeUInt8(altered.readUInt8(altered.length - 5) ^ 0xff, altered.length - 5);
    const warcFile = path.join(dir, 'altered-warc.wacz');
    await rezip(new Map([...files, ['archive/capture.warc.gz', altered]]), warcFile);
    const warcVerdict = await validateWacz(warcFile);
    expect(warcVerdict.valid).toBe(false);
    expect(warcVerdict.problems).toEqual([
      expect.stringMatching(
        /^archive\/capture\.warc\.gz has SHA-256 [0-9a-f]{64}; datapackage\.json says sha256:/,
      ),
    ]);

    const datapackage = Buffer.from(
      files.get('datapackage.json')!.toString().replace('"title": "', '"title": "X'),
    );
    const dpFile = path.join(dir, 'altered-datapackage.wacz');
    await rezip(new Map([...files, ['datapackage.json', datapackage]]), dpFile);
    const dpVerdict = await validateWacz(dpFile);
    expect(dpVerdict.problems.join('\n')).toMatch(
      /datapackage\.json hashes to sha256:[0-9a-f]+; datapackage-digest\.json says/,
    );

    const digest = JSON.parse(files.get('datapackage-digest.json')!.toString()) as Record<string, any>;
    const other = waczKey({ dataDir: path.join(dir, 'other') });
    digest.signedData.publicKey = other.publicKeyBase64;
    const sigFile = path.join(dir, 'other-key.wacz');
    await rezip(
      new Map([...files, ['datapackage-digest.json', Buffer.from(JSON.stringify(digest))]]),
      sigFile,
    );
    expect((await validateWacz(sigFile)).problems).toEqual([
      'the signature in datapackage-digest.json does not verify with its public key',
    ]);

    const extra = path.join(dir, 'extra.wacz');
    await rezip(new Map([...files, ['archive/added.warc.gz', altered]]), extra);
    expect((await validateWacz(extra)).problems).toEqual([
      'archive/added.warc.gz is in the WACZ but not listed in datapackage.json',
    ]);
  });
});
