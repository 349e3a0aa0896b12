import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../common/errors.js';
import { directIoWorks, ObjectFileWriter } from './object-file-writer.js';

export interface StoredObject {
  readonly sha256: string;
  readonly size: number;
  /** False when the same bytes were already in the store (the write was a no-op). */
  readonly created: boolean;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Bytes to store: a stream (hashed as it flows), or bytes already in memory. */
export type Source = Readable | Buffer | string;

/**
 * The content-addressed, write-once evidence store on disk: `sha256/ab/cd/<hash>`. Bytes are
 * hashed while they stream to a temporary file, which is fsynced and renamed into place; a second
 * write of the same bytes changes nothing. Stored files are read-only and never modified.
 */
export class EvidenceStore {
  /** Fan-out directories known to exist, so a put does not ask the file system again. */
  private readonly knownDirs = new Set<string>();
  private directIoAnswer?: boolean;

  constructor(readonly root: string) {
    fs.mkdirSync(path.join(root, 'sha256'), { recursive: true, mode: 0o700 });
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true, mode: 0o700 });
  }

  /**
   * Whether objects of 64 KiB or more bypass the page cache (see ObjectFileWriter); asked of the
   * file system at the first write, so stores that only read never probe it.
   */
  get directIo(): boolean {
    this.directIoAnswer ??= directIoWorks(path.join(this.root, 'tmp'));
    return this.directIoAnswer;
  }

  pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new AppError('BAD_USER_INPUT', `not a SHA-256 digest: ${sha256}`);
    return path.join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /** Stores a byte stream; `maxBytes` aborts (and stores nothing) when exceeded. */
  async put(source: Source, maxBytes = Number.POSITIVE_INFINITY): Promise<StoredObject> {
    const [stored] = await this.putAll([source], maxBytes);
    return stored!;
  }

  /**
   * Stores several byte streams as one batch: each is hashed into a temporary file that is fsynced
   * through the descriptor that wrote it, then all are renamed into place and their directories
   * fsynced once each. Any failure stores none of the batch's new objects.
   */
  async putAll(sources: readonly Source[], maxBytes = Number.POSITIVE_INFINITY): Promise<StoredObject[]> {
    const written: { tmp: string; sha256: string; size: number }[] = [];
    try {
      for (const source of sources) written.push(await this.writeTemporary(source, maxBytes));
    } catch (error) {
      await Promise.all(written.map((w) => fs.promises.rm(w.tmp, { force: true })));
      throw error;
    }
    const results: StoredObject[] = [];
    const dirs = new Set<string>();
    for (const { tmp, sha256, size } of written) {
      const target = this.pathOf(sha256);
      if (fs.existsSync(target)) {
        await fs.promises.rm(tmp, { force: true });
        results.push({ sha256, size, created: false });
        continue;
      }
      for (const dir of await this.ensureDir(path.dirname(target))) dirs.add(dir);
      await fs.promises.rename(tmp, target);
      dirs.add(path.dirname(target));
      results.push({ sha256, size, created: true });
    }
    await Promise.all([...dirs].map((dir) => syncPath(dir, 'r')));
    return results;
  }

  /**
   * Creates `dir` when missing and returns the directories whose entries changed (the parents of
   * what was created), which must be fsynced too for the new path to survive a crash.
   */
  private async ensureDir(dir: string): Promise<string[]> {
    if (this.knownDirs.has(dir)) return [];
    const first = await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
    this.knownDirs.add(dir);
    if (!first) return [];
    const changed: string[] = [];
    for (let created = dir; created.length >= first.length; created = path.dirname(created))
      changed.push(path.dirname(created));
    return changed;
  }

  /** Writes a source to a temporary file, hashing and counting as it goes, and fsyncs it. */
  private async writeTemporary(source: Source, maxBytes: number) {
    const tmp = path.join(this.root, 'tmp', `${process.pid}-${crypto.randomBytes(8).toString('hex')}`);
    const hash = crypto.createHash('sha256');
    let size = 0;
    const file = ObjectFileWriter.create(tmp, this.directIo);
    try {
      const chunks = typeof source === 'string' || Buffer.isBuffer(source) ? [Buffer.from(source)] : source;
      for await (const chunk of chunks as AsyncIterable<Buffer> | Buffer[]) {
        size += chunk.length;
        if (size > maxBytes) throw new AppError('LIMIT_EXCEEDED', `object larger than ${maxBytes} bytes`);
        hash.update(chunk);
        await file.write(chunk);
      }
      await file.finish();
    } catch (error) {
      await file.abort();
      if (typeof source === 'object' && !Buffer.isBuffer(source)) source.destroy();
      throw error;
    }
    return { tmp, sha256: hash.digest('hex'), size };
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

  /** The digest of every stored object, fan-out directory by directory (for fsck). */
  async *list(): AsyncGenerator<string> {
    const top = path.join(this.root, 'sha256');
    for (const first of (await fs.promises.readdir(top)).sort()) {
      for (const second of (await fs.promises.readdir(path.join(top, first))).sort()) {
        const names = await fs.promises.readdir(path.join(top, first, second));
        yield* names.filter((name) => SHA256_HEX.test(name)).sort();
      }
    }
  }

  /**
   * Deletes a stored object for a recorded purge (the PURGED custody event comes first, so the
   * hash stays on record); true when it was there, false when it already was gone, so a purge
   * can be retried. The directory is fsynced so the removal survives a crash.
   */
  async remove(sha256: string): Promise<boolean> {
    const file = this.pathOf(sha256);
    if (!fs.existsSync(file)) return false;
    await fs.promises.rm(file, { force: true });
    await syncPath(path.dirname(file), 'r');
    return true;
  }
}

/**
 * fsync of a file (it reaches the file's pages whichever descriptor wrote them) or of a directory
 * (so a rename into it survives a crash).
 */
async function syncPath(target: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await fs.promises.open(target, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
