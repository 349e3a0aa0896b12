/**
 * A pass-through that hashes a zip entry in every algorithm the bag's manifests use, and keeps the
 * bytes of small files the verifier has to read (up to a cap, so a huge "small" file cannot fill
 * memory).
 */
import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** BagIt manifest algorithm names (RFC 8493 §2.4) and the node:crypto hash each one is. */
export const BAG_ALGORITHMS: Readonly<Record<string, string>> = {
  md5: 'md5',
  sha1: 'sha1',
  sha224: 'sha224',
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
};

export type Digests = Readonly<Record<string, string>>;

export class HashTap extends Transform {
  private readonly hashes: [string, crypto.Hash][];
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  size = 0;
  /** True when the entry was larger than the keep cap and its bytes were not all kept. */
  overflowed = false;

  constructor(
    algorithms: readonly string[],
    private readonly keepUpTo = 0,
  ) {
    super();
    this.hashes = algorithms.map((a) => [a, crypto.createHash(BAG_ALGORITHMS[a]!)]);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    for (const [, hash] of this.hashes) hash.update(chunk);
    this.size += chunk.length;
    if (this.keepUpTo > 0 && !this.overflowed) {
      if (this.kept + chunk.length > this.keepUpTo) {
        this.overflowed = true;
        this.chunks.length = 0;
      } else {
        this.chunks.push(chunk);
        this.kept += chunk.length;
      }
    }
    done(null, chunk);
  }

  /** The digests, hex, by algorithm; call once, after the entry has ended. */
  digests(): Digests {
    return Object.fromEntries(this.hashes.map(([a, hash]) => [a, hash.digest('hex')]));
  }

  /** The kept bytes, or null when the entry overflowed the cap or nothing was to be kept. */
  bytes(): Buffer | null {
    return this.keepUpTo > 0 && !this.overflowed ? Buffer.concat(this.chunks) : null;
  }
}
