/**
 * Writes an evidence packet: a zip holding one BagIt 1.0 bag (RFC 8493). Payload files are hashed
 * (SHA-256 and SHA-512) while the zip is being written, so each byte is read once and memory does
 * not grow with the packet. The tag manifest is signed with the department's Ed25519 key; the
 * signature and the public key sit in `signature/`, outside what they sign.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { Ed25519Key } from '../../common/ed25519-key.js';
import { useNativeCrc32 } from './native-crc32.js';

export interface PayloadFile {
  /** Path under `data/`, e.g. `captures/<id>/capture.warc.gz`. */
  readonly path: string;
  readonly open: () => Readable;
}

export interface BagInput {
  /** The bag's folder inside the zip. */
  readonly name: string;
  /** bag-info.txt lines, in order (Payload-Oxum, Bag-Size and Bagging-Date are added). */
  readonly info: readonly [string, string][];
  readonly payload: readonly PayloadFile[];
  readonly key: Ed25519Key;
  readonly baggedAt: Date;
}

export interface WrittenBag {
  readonly sha256: string;
  readonly size: number;
  readonly payloadFiles: number;
  readonly payloadOctets: number;
}

type Digest = { path: string; sha256: string; sha512: string; size: number };

/** Already-compressed formats are stored as they are; deflating them again only costs time. */
const STORED = /\.(gz|zip|png|jpe?g|gif|webp|mp4|webm|pdf)$/i;

function humanSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

const manifest = (digests: Digest[], algo: 'sha256' | 'sha512') =>
  digests.map((d) => `${d[algo]}  ${d.path}\n`).join('');

function digestOf(path: string, bytes: Buffer): Digest {
  return {
    path,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    sha512: crypto.createHash('sha512').update(bytes).digest('hex'),
    size: bytes.length,
  };
}

/** Writes the bag as a zip at `file`. */
export async function writeBag(input: BagInput, file: string): Promise<WrittenBag> {
  useNativeCrc32();
  const zip = new yazl.ZipFile();
  const zipHash = crypto.createHash('sha256');
  let zipSize = 0;
  const written = pipeline(
    zip.outputStream,
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        zipHash.update(chunk);
        zipSize += chunk.length;
        done(null, chunk);
      },
    }),
    fs.createWriteStream(file, { mode: 0o600 }),
  );
  const entry = (path: string) => `${input.name}/${path}`;
  const options = (path: string) => ({ mtime: input.baggedAt, compress: !STORED.test(path) });

  const payload: Digest[] = [];
  for (const item of input.payload) {
    const path = `data/${item.path}`;
    const sha256 = crypto.createHash('sha256');
    const sha512 = crypto.createHash('sha512');
    let size = 0;
    const hashing = new Transform({
      transform(chunk: Buffer, _enc, done) {
        sha256.update(chunk);
        sha512.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    zip.addReadStream(item.open().pipe(hashing), entry(path), options(path));
    // yazl reads entries one after another; waiting here keeps one payload file open at a time.
    await finished(hashing);
    payload.push({ path, sha256: sha256.digest('hex'), sha512: sha512.digest('hex'), size });
  }

  const octets = payload.reduce((sum, d) => sum + d.size, 0);
  const info: [string, string][] = [
    ...input.info,
    ['Bagging-Date', input.baggedAt.toISOString().slice(0, 10)],
    ['Payload-Oxum', `${octets}.${payload.length}`],
    ['Bag-Size', humanSize(octets)],
  ];
  const tags: [string, Buffer][] = [
    ['bagit.txt', Buffer.from('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')],
    ['bag-info.txt', Buffer.from(info.map(([k, v]) => `${k}: ${v.replace(/\s*\n\s*/g, ' ')}\n`).join(''))],
    ['manifest-sha256.txt', Buffer.from(manifest(payload, 'sha256'))],
    ['manifest-sha512.txt', Buffer.from(manifest(payload, 'sha512'))],
  ];
  const tagDigests = tags.map(([path, bytes]) => digestOf(path, bytes));
  const tagManifest256 = Buffer.from(manifest(tagDigests, 'sha256'));
  tags.push(
    ['tagmanifest-sha256.txt', tagManifest256],
    ['tagmanifest-sha512.txt', Buffer.from(manifest(tagDigests, 'sha512'))],
  );
  const signature = crypto.sign(null, tagManifest256, input.key.privateKey).toString('base64');
  tags.push(
    ['signature/tagmanifest-sha256.txt.sig', Buffer.from(`${signature}\n`)],
    [
      'signature/public-key.pem',
      Buffer.from(input.key.publicKey.export({ type: 'spki', format: 'pem' }) as string),
    ],
    ['signature/key-fingerprint.txt', Buffer.from(`sha256:${input.key.fingerprint}\n`)],
  );
  for (const [path, bytes] of tags) zip.addBuffer(bytes, entry(path), options(path));
  zip.end();
  await written;
  return {
    sha256: zipHash.digest('hex'),
    size: zipSize,
    payloadFiles: payload.length,
    payloadOctets: octets,
  };
}
