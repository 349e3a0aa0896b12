/**
 * A 64-bit difference hash (dHash) of a PNG or JPEG, as 16 hex digits: the image shrunk to 9×8
 * grey cells, one bit per cell brighter than its right neighbour. Re-encoded or resized copies
 * of a picture land a few bits apart, which is what avatar and media matching need.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

function decode(
  bytes: Buffer,
  mediaType: string,
): { width: number; height: number; data: Uint8Array } | null {
  try {
    if (mediaType.includes('png')) return PNG.sync.read(bytes);
    if (mediaType.includes('jpeg') || mediaType.includes('jpg'))
      return jpeg.decode(bytes, { maxMemoryUsageInMB: 256 });
  } catch {
    // An undecodable image simply has no perceptual hash.
  }
  return null;
}

/** The dHash of an image, or null for other media and undecodable bytes. */
export function differenceHash(bytes: Buffer, mediaType: string): string | null {
  const image = decode(bytes, mediaType);
  if (!image || image.width === 0 || image.height === 0) return null;
  const cells: number[] = [];
  for (let cy = 0; cy < 8; cy += 1) {
    for (let cx = 0; cx < 9; cx += 1) {
      const x0 = Math.floor((cx * image.width) / 9);
      const x1 = Math.max(x0 + 1, Math.floor(((cx + 1) * image.width) / 9));
      const y0 = Math.floor((cy * image.height) / 8);
      const y1 = Math.max(y0 + 1, Math.floor(((cy + 1) * image.height) / 8));
      let sum = 0;
      let n = 0;
      for (let y = y0; y < Math.min(y1, image.height); y += 1) {
        for (let x = x0; x < Math.min(x1, image.width); x += 1) {
          const i = (y * image.width + x) * 4;
          sum += 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
          n += 1;
        }
      }
      cells.push(n ? sum / n : 0);
    }
  }
  let bits = 0n;
  for (let row = 0; row < 8; row += 1) {
    for (let col = 0; col < 8; col += 1) {
      bits = (bits << 1n) | (cells[row * 9 + col]! > cells[row * 9 + col + 1]! ? 1n : 0n);
    }
  }
  return bits.toString(16).padStart(16, '0');
}
