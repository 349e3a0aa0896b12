/**
 * Writes an evidence packet: a zip holding one BagIt 1.0 bag (RFC 8493). Payload files are hashed
 * (SHA-256 and SHA-512) while the zip is being written, so each byte is read once and memory does
 * not grow with the packet. A payload file that states the SHA-256 it must have (a stored object's
 * collection-time digest) is checked on that same read, and a mismatch stops the bag and removes
 * the partial zip. The tag manifest is signed with the department's Ed25519 key; the signature and
 * the public key sit in `signature/`, outside what they sign.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { Ed25519Key } from '../../common/ed25519-key.js';
import { AppError } from '../../common/errors.js';
import { manifestLine } from './evidence-digest.js';
import { useNativeCrc32 } from './native-crc32.js';

export interface PayloadFile {
  /** Path under `data/`, e.g. `captures/<id>/capture.warc.gz`. */
  readonly path: string;
  readonly open: () => Readable;
  /** The SHA-256 the bytes must have (recorded at collection); a mismatch stops the bag. */
  readonly sha256?: string;
  /** How an error names the file's source, e.g. `stored object <hash>`. */
  readonly source?: string;
}

/** A payload file as written: its path under the bag and its digests. */
export type PayloadDigest = { path: string; sha256: string; sha512: string; size: number };

/** The last payload file, made from the digests of all the others, and bag-info lines about it. */
export interface ClosingFile {
  readonly file: PayloadFile;
  readonly info?: readonly [string, string][];
}

export interface BagInput {
  /** The bag's folder inside the zip. */
  readonly name: string;
  /** bag-info.txt lines, in order (Payload-Oxum, Bag-Size and Bagging-Date are added). */
  readonly info: readonly [string, string][];
  readonly payload: readonly PayloadFile[];
  readonly key: Ed25519Key;
  readonly baggedAt: Date;
  /** Called once every payload file is written; its file is written last (the report). */
  readonly closing?: (written: readonly PayloadDigest[]) => Promise<ClosingFile>;
}

export interface WrittenBag {
  readonly sha256: string;
  readonly size: number;
  readonly payloadFiles: number;
  readonly payloadOctets: number;
}

type Digest = PayloadDigest;

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
  digests.map((d) => manifestLine(d[algo], d.path)).join('');

function digestOf(path: string, bytes: Buffer): Digest {
  return {
    path,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    sha512: crypto.createHash('sha512').update(bytes).digest('hex'),
    size: bytes.length,
  };
}

/** Adds one payload file to the zip and hashes it on the way; checks the SHA-256 it must have. */
async function addPayload(
  zip: yazl.ZipFile,
  item: PayloadFile,
  entry: string,
  options: object,
): Promise<Digest> {
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
  const source = item.source ?? path;
  let opened: Readable;
  try {
    opened = item.open();
  } catch (error) {
    throw new AppError('PAYLOAD_INVALID', `${source} (${path}) cannot be read: ${(error as Error).message}`);
  }
  opened.on('error', (error) => hashing.destroy(error));
  zip.addReadStream(opened.pipe(hashing), entry, options);
  // yazl reads entries one after another; waiting here keeps one payload file open at a time.
  try {
    await finished(hashing);
  } catch (error) {
    throw new AppError('PAYLOAD_INVALID', `${source} (${path}) cannot be read: ${(error as Error).message}`);
  }
  const digest = { path, sha256: sha256.digest('hex'), sha512: sha512.digest('hex'), size };
  if (item.sha256 !== undefined && digest.sha256 !== item.sha256) {
    throw new AppError(
      'PAYLOAD_INVALID',
      `evidence altered: ${source} (${path}) hashes to SHA-256 ${digest.sha256}, not the ${item.sha256} recorded at collection; the export stopped`,
      { path, expected: item.sha256, actual: digest.sha256 },
    );
  }
  return digest;
}

/** The tag files: declaration, bag-info, manifests, tag manifests and the signature over them. */
function tagFiles(
  input: BagInput,
  payload: Digest[],
  closingInfo: readonly [string, string][],
): [string, Buffer][] {
  const octets = payload.reduce((sum, d) => sum + d.size, 0);
  const info: [string, string][] = [
    ...input.info,
    ...closingInfo,
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
  return tags;
}

/** Writes the bag as a zip at `file`; on any failure the partial zip is removed. */
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
  try {
    const payload: Digest[] = [];
    for (const item of input.payload) {
      payload.push(await addPayload(zip, item, entry(`data/${item.path}`), options(item.path)));
    }
    const closing = input.closing ? await input.closing(payload) : null;
    if (closing) {
      const { path } = closing.file;
      payload.push(await addPayload(zip, closing.file, entry(`data/${path}`), options(path)));
    }
    for (const [path, bytes] of tagFiles(input, payload, closing?.info ?? [])) {
      zip.addBuffer(bytes, entry(path), options(path));
    }
    zip.end();
    await written;
    const octets = payload.reduce((sum, d) => sum + d.size, 0);
    return {
      sha256: zipHash.digest('hex'),
      size: zipSize,
      payloadFiles: payload.length,
      payloadOctets: octets,
    };
  } catch (error) {
    (zip.outputStream as Readable).destroy();
    await written.catch(() => undefined);
    fs.rmSync(file, { force: true });
    throw error;
  }
}
