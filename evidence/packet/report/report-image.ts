/**
 * A screenshot as the printed report shows it. Full-page screenshots can be many screens tall, and
 * one scaled to fit a page would be unreadably thin; the report shows the top of the page at a
 * readable size instead and says so, while the bag keeps the full-size original.
 */
import { PNG } from 'pngjs';

export interface ReportImage {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  /** The original's size, and what was done to it. */
  readonly original: { readonly width: number; readonly height: number };
  readonly cropped: boolean;
  readonly scale: number;
}

/** Widest image kept at full resolution; wider ones are shrunk by a whole factor. */
const MAX_WIDTH = 1600;
/** Tallest part shown, as a multiple of the width (about a US Letter page's shape). */
const MAX_ASPECT = 1.35;
/** Larger originals are not decoded (memory); the report then says where the image is. */
const MAX_PIXELS = 60_000_000;

/** The PNG's dimensions from its IHDR chunk, or null when it is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The screenshot ready for the page, or why it is not shown. */
export function reportImage(bytes: Buffer): ReportImage | string {
  const size = pngSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return 'the screenshot is not a PNG image';
  if (size.width * size.height > MAX_PIXELS) {
    return `the screenshot is ${size.width} × ${size.height} pixels, too large to print`;
  }
  const scale = Math.max(1, Math.ceil(size.width / MAX_WIDTH));
  const width = Math.floor(size.width / scale);
  const height = Math.min(Math.floor(size.height / scale), Math.floor(width * MAX_ASPECT));
  const cropped = height < Math.floor(size.height / scale);
  if (scale === 1 && !cropped) {
    return { png: bytes, width, height, original: size, cropped, scale };
  }
  let source: PNG;
  try {
    source = PNG.sync.read(bytes);
  } catch (error) {
    return `the screenshot could not be decoded: ${(error as Error).message}`;
  }
  const out = new PNG({ width, height, colorType: 2, inputColorType: 6 });
  shrink(source, out, scale);
  return { png: PNG.sync.write(out, { colorType: 2 }), width, height, original: size, cropped, scale };
}

/** Averages each scale × scale block of `from` into one pixel of `to` (white under transparency). */
function shrink(from: PNG, to: PNG, scale: number): void {
  const area = scale * scale;
  for (let y = 0; y < to.height; y += 1) {
    for (let x = 0; x < to.width; x += 1) {
      const sum = [0, 0, 0];
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const i = ((y * scale + dy) * from.width + (x * scale + dx)) * 4;
          const alpha = from.data[i + 3]! / 255;
          for (let c = 0; c < 3; c += 1) sum[c]! += from.data[i + c]! * alpha + 255 * (1 - alpha);
        }
      }
      const o = (y * to.width + x) * 4;
      for (let c = 0; c < 3; c += 1) to.data[o + c] = Math.round(sum[c]! / area);
      to.data[o + 3] = 255;
    }
  }
}
