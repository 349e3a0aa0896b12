/**
 * yazl computes each zip entry's CRC-32 with buffer-crc32, plain JavaScript that runs at about
 * 280 MB/s here and was the slowest step of an export. Node's own zlib.crc32 gives the same checksum
 * natively, several times faster. yazl looks up `unsigned` on buffer-crc32's module object at every
 * call, so pointing that one function at zlib makes every zip casegraph writes use it.
 */
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

type BufferCrc32 = { unsigned(data: Buffer, previous?: number | Buffer): number };

let installed = false;

/** Makes yazl's CRC-32 native; safe to call more than once. */
export function useNativeCrc32(): void {
  if (installed) return;
  // Resolve buffer-crc32 from yazl's side, the copy yazl itself loads.
  const fromYazl = createRequire(createRequire(import.meta.url).resolve('yazl'));
  const module = fromYazl('buffer-crc32') as BufferCrc32;
  module.unsigned = (data, previous) =>
    zlib.crc32(data, Buffer.isBuffer(previous) ? previous.readUInt32BE(0) : (previous ?? 0));
  installed = true;
}
