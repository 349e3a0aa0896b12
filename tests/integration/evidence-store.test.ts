import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import { tempDir } from '../support/services.js';

/** The store on a real disk: content addressing, write-once, limits, and nothing half-written. */
describe('evidence store', () => {
  let store: EvidenceStore;
  beforeEach(() => {
    store = new EvidenceStore(tempDir('evidence-store'));
  });

  const tmpFiles = () => fs.readdirSync(path.join(store.root, 'tmp'));

  it('stores bytes under their SHA-256, read-only, and reads them back', async () => {
    // SHA-256 of the ASCII bytes "abc" (FIPS 180-2 test vector).
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    const stored = await store.put('abc');
    expect(stored).toEqual({ sha256: abc, size: 3, created: true });
    expect(store.pathOf(abc)).toBe(path.join(store.root, 'sha256', 'ba', '78', abc));
    expect(fs.statSync(store.pathOf(abc)).mode & 0o777).toBe(0o400);
    expect((await store.read(abc)).toString()).toBe('abc');
    expect(await store.verify(abc)).toBe(true);
    expect(tmpFiles()).toEqual([]);
  });

  it('hashes a stream while storing it, and a second write of the same bytes is a no-op', async () => {
    const bytes = crypto.randomBytes(3 * 1024 * 1024 + 17);
    const expected = crypto.createHash('sha256').update(bytes).digest('hex');
    const chunks = [bytes.subarray(0, 1000), bytes.subarray(1000)];
    const first = await store.put(Readable.from(chunks));
    const before = fs.statSync(store.pathOf(expected));
    const second = await store.put(bytes);
    expect(first).toEqual({ sha256: expected, size: bytes.length, created: true });
    expect(second).toEqual({ sha256: expected, size: bytes.length, created: false });
    expect(fs.statSync(store.pathOf(expected)).mtimeMs).toBe(before.mtimeMs);
  });

  /** Splits bytes into uneven chunks, as a network stream delivers them. */
  const unevenChunks = (bytes: Buffer) => {
    const chunks: Buffer[] = [];
    for (let at = 0, size = 777; at < bytes.length; at += size, size = (size * 7) % 300_001)
      chunks.push(bytes.subarray(at, at + size));
    return Readable.from(chunks);
  };

  it('writes objects of every size around the direct-I/O block and staging boundaries exactly', async () => {
    // On Linux disks large objects bypass the page cache: whole blocks, the last one padded and cut.
    expect(store.directIo).toBe(process.platform === 'linux');
    const sizes = [0, 1, 4095, 65_535, 65_536, 65_537, 4 << 20, (4 << 20) + 1, (9 << 20) + 4095];
    for (const size of sizes) {
      const bytes = crypto.randomBytes(size);
      const expected = crypto.createHash('sha256').update(bytes).digest('hex');
      const stored = await store.put(unevenChunks(bytes));
      expect(stored).toEqual({ sha256: expected, size, created: true });
      const file = store.pathOf(expected);
      expect(fs.statSync(file).size).toBe(size);
      expect(fs.statSync(file).mode & 0o777).toBe(0o400);
      expect((await store.read(expected)).equals(bytes)).toBe(true);
    }
    expect(tmpFiles()).toEqual([]);
  });

  it('stores more large objects at once than it has staging buffers, each one intact', async () => {
    const objects = Array.from({ length: 24 }, (_, i) => crypto.randomBytes((1 << 20) + i * 4099));
    const stored = await Promise.all(objects.map((bytes) => store.put(unevenChunks(bytes))));
    for (const [i, bytes] of objects.entries()) {
      expect(stored[i]!.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
      expect((await store.read(stored[i]!.sha256)).equals(bytes)).toBe(true);
    }
    expect(tmpFiles()).toEqual([]);
  });

  it('refuses an object over the limit and leaves nothing behind', async () => {
    await expect(store.put(Buffer.alloc(2048), 1024)).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(tmpFiles()).toEqual([]);
    expect(fs.readdirSync(path.join(store.root, 'sha256'))).toEqual([]);
  });

  it('leaves nothing behind when the source stream fails midway', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(4096, 1));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow('connection reset');
    expect(tmpFiles()).toEqual([]);
  });

  it('detects bytes altered on disk, and answers NOT_FOUND or BAD_USER_INPUT for bad names', async () => {
    const { sha256 } = await store.put('original evidence');
    const file = store.pathOf(sha256);
    fs.chmodSync(file, 0o600);
    fs.writeFileSync(file, 'tampered evidence');
    expect(await store.verify(sha256)).toBe(false);
    expect(() => store.open('0'.repeat(64))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => store.pathOf('../../etc/passwd')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
