import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../common/errors.js';

export interface StoredObject {
  readonly sha256: string;
  readonly size: number;
  /** False when the same bytes were already in the store (the write was a no-op). */
  readonly created: boolean;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The content-addressed, write-once evidence store on disk: `sha256/ab/cd/<hash>`. Bytes are
 * hashed while they stream to a temporary file, which is fsynced and renamed into place; a second
 * write of the same bytes changes nothing. Stored files are read-only and never modified.
 */
export class EvidenceStore {
  constructor(readonly root: string) {
    fs.mkdirSync(path.join(root, 'sha256'), { recursive: true, mode: 0o700 });
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true, mode: 0o700 });
  }

  pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new AppError('BAD_USER_INPUT', `not a SHA-256 digest: ${sha256}`);
    return path.join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /** Stores a byte stream; `maxBytes` aborts (and stores nothing) when exceeded. */
  async put(source: Readable | Buffer | string, maxBytes = Number.POSITIVE_INFINITY): Promise<StoredObject> {
    const input =
      typeof source === 'string' || Buffer.isBuffer(source) ? Readable.from([Buffer.from(source)]) : source;
    const tmp = path.join(this.root, 'tmp', `${process.pid}-${crypto.randomBytes(8).toString('hex')}`);
    const hash = crypto.createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) {
          done(new AppError('LIMIT_EXCEEDED', `object larger than ${maxBytes} bytes`));
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(input, meter, fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      // fsync reaches the file's pages whichever descriptor wrote them.
      await syncPath(tmp, 'r+');
    } catch (error) {
      await fs.promises.rm(tmp, { force: true });
      throw error;
    }
    const sha256 = hash.digest('hex');
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) {
      await fs.promises.rm(tmp, { force: true });
      return { sha256, size, created: false };
    }
    await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await fs.promises.chmod(tmp, 0o400);
    await fs.promises.rename(tmp, target);
    await syncPath(path.dirname(target), 'r');
    return { sha256, size, created: true };
  }

  /** A read stream of a stored object; NOT_FOUND when it is absent. */
  open(sha256: string): fs.ReadStream {
    const file = this.pathOf(sha256);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `no stored object ${sha256}`);
    return fs.createReadStream(file);
  }

  async read(sha256: string): Promise<Buffer> {
    const file = this.pathOf(sha256);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `no stored object ${sha256}`);
    return fs.promises.readFile(file);
  }

  /** Re-hashes a stored object: true when its bytes still match its name. */
  async verify(sha256: string): Promise<boolean> {
    const hash = crypto.createHash('sha256');
    await pipeline(this.open(sha256), hash);
    return hash.digest('hex') === sha256;
  }
}

/** fsync of a file or directory (a directory's, so a rename into it survives a crash). */
async function syncPath(target: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await fs.promises.open(target, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
