import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes one new, read-only object file, bypassing the page cache for objects of 64 KiB or more.
 *
 * Why: on the virtual machines casegraph runs on, copying bytes into the page cache costs about
 * 3 CPU-seconds per GB of kernel time, while the disk takes the same bytes by direct I/O at more
 * than 1 GB/s with a sixth of that CPU. Evidence is written once and rarely read back soon, so
 * caching it buys nothing. Direct I/O needs block-aligned memory, offsets and lengths: bytes are
 * staged in page-aligned buffers, the last block is zero-padded and the file truncated to its size.
 * Where the file system refuses direct I/O (tmpfs, some network mounts) or every staging buffer is
 * busy, the object is written through the page cache as before; both end with fsync.
 */
export class ObjectFileWriter {
  private handle?: fs.promises.FileHandle;
  private direct = false;
  private staged = 0;
  private written = 0;

  private constructor(
    private readonly file: string,
    /** Page-aligned staging for direct I/O; absent when the page cache is used. */
    private readonly staging?: { buffer: Buffer; release: () => void },
  ) {}

  /** A writer for `file`, which must not exist yet; `directIo` when its directory accepts it. */
  static create(file: string, directIo: boolean): ObjectFileWriter {
    return new ObjectFileWriter(file, directIo ? stagingPool.take() : undefined);
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (!this.staging) {
      await this.writeAt(await this.opened(false), chunk, this.written);
      this.written += chunk.length;
      return;
    }
    const staging = this.staging.buffer;
    for (let offset = 0; offset < chunk.length;) {
      const copied = Math.min(chunk.length - offset, staging.length - this.staged);
      staging.set(chunk.subarray(offset, offset + copied), this.staged);
      this.staged += copied;
      offset += copied;
      if (this.staged === staging.length) await this.flushStaged(await this.opened(true), this.staged);
    }
  }

  /** Writes what is staged, makes the file durable and closes it. */
  async finish(): Promise<void> {
    try {
      const size = this.written + this.staged;
      const handle = await this.opened(this.staging !== undefined && size >= DIRECT_FROM_BYTES);
      if (this.staged > 0) {
        // A direct write must cover whole blocks: pad the last one, then cut the file to its size.
        const length = this.direct ? Math.ceil(this.staged / BLOCK_BYTES) * BLOCK_BYTES : this.staged;
        this.staging?.buffer.fill(0, this.staged, length);
        await this.flushStaged(handle, length);
        if (this.direct) await handle.truncate(size);
      }
      await handle.sync();
      await handle.close();
      this.handle = undefined;
    } finally {
      this.staging?.release();
    }
  }

  /** Closes and removes the partial file. */
  async abort(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
    this.staging?.release();
    await fs.promises.rm(this.file, { force: true });
  }

  /** The file is created read-only: this descriptor may still write, nothing after it can. */
  private async opened(direct: boolean): Promise<fs.promises.FileHandle> {
    if (this.handle) return this.handle;
    const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL;
    this.handle = await fs.promises.open(this.file, direct ? flags | DIRECT_FLAG : flags, 0o400);
    this.direct = direct;
    return this.handle;
  }

  private async flushStaged(handle: fs.promises.FileHandle, length: number): Promise<void> {
    await this.writeAt(handle, this.staging!.buffer.subarray(0, length), this.written);
    this.written += this.staged;
    this.staged = 0;
  }

  private async writeAt(handle: fs.promises.FileHandle, bytes: Uint8Array, position: number): Promise<void> {
    for (let done = 0; done < bytes.length;) {
      const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
      done += bytesWritten;
    }
  }
}

/**
 * Whether files in `dir` can be written by direct I/O from casegraph's staging buffers: tried once
 * with a real block, since only the file system knows.
 */
export function directIoWorks(dir: string): boolean {
  if (DIRECT_FLAG === 0) return false;
  let slot: ReturnType<typeof stagingPool.take>;
  try {
    slot = stagingPool.take();
  } catch {
    return false; // no WebAssembly memory here (a jitless Node, say): the page cache it is
  }
  if (!slot) return false;
  const probe = path.join(dir, `.direct-io-probe-${process.pid}`);
  try {
    const fd = fs.openSync(probe, fs.constants.O_WRONLY | fs.constants.O_CREAT | DIRECT_FLAG, 0o600);
    try {
      fs.writeSync(fd, slot.buffer, 0, BLOCK_BYTES, 0);
    } finally {
      fs.closeSync(fd);
    }
    return true;
  } catch {
    return false;
  } finally {
    slot.release();
    fs.rmSync(probe, { force: true });
  }
}

/** O_DIRECT exists on Linux only; elsewhere the flag is absent and the page cache is used. */
const DIRECT_FLAG = fs.constants.O_DIRECT ?? 0;
/** Aligns to the largest logical block size in use (4 KiB); smaller devices accept it too. */
const BLOCK_BYTES = 4096;
const STAGING_BYTES = 4 << 20;
const DIRECT_FROM_BYTES = 64 << 10;
const STAGING_SLOTS = 16;

/**
 * A fixed set of page-aligned staging buffers carved from one WebAssembly memory, the one
 * page-aligned allocation JavaScript offers (Node's Buffers are not aligned). Fixed, so that many
 * concurrent writes cannot grow memory: past 16 at once, writes use the page cache instead.
 */
class StagingPool {
  private memory?: { readonly buffer: ArrayBuffer };
  private readonly free: number[] = [];

  take(): { buffer: Buffer; release: () => void } | undefined {
    if (!this.memory) {
      const pages = (STAGING_BYTES * STAGING_SLOTS) / WASM_PAGE_BYTES;
      this.memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
      for (let slot = STAGING_SLOTS - 1; slot >= 0; slot -= 1) this.free.push(slot);
    }
    const slot = this.free.pop();
    if (slot === undefined) return undefined;
    let released = false;
    return {
      buffer: Buffer.from(this.memory.buffer, slot * STAGING_BYTES, STAGING_BYTES),
      release: () => {
        if (released) return;
        released = true;
        this.free.push(slot);
      },
    };
  }
}

const WASM_PAGE_BYTES = 64 << 10;
/** The part of the WebAssembly global used here; Node's type definitions do not declare it. */
declare const WebAssembly: {
  Memory: new (descriptor: { initial: number; maximum: number }) => { readonly buffer: ArrayBuffer };
};
const stagingPool = new StagingPool();
