/**
 * Reading a packet zip without trusting it: the central directory is listed first and refused when
 * it is out of bounds (too many entries, an entry or the whole too large, a compression ratio only
 * a zip bomb has), then each entry is streamed, so memory does not grow with the input. yauzl stops
 * an entry that inflates past the size its directory declares, so a lying directory cannot get
 * past the limits either.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipLimits {
  readonly maxEntries: number;
  /** Uncompressed bytes of one entry. */
  readonly maxEntryBytes: number;
  /** Uncompressed bytes of all entries together. */
  readonly maxTotalBytes: number;
  /** Uncompressed / compressed, for entries above `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200_000,
  maxEntryBytes: 64 * 2 ** 30,
  maxTotalBytes: 256 * 2 ** 30,
  // Deflated JSON, HTML and logs come out at 3 to 30 times; a bomb at hundreds to millions.
  maxRatio: 200,
  ratioFloorBytes: 2 ** 20,
};

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly size: number;
  readonly raw: yauzl.Entry;
}

/** An open zip whose directory passed the limits. */
export interface OpenZip {
  readonly entries: readonly ZipEntry[];
  open(entry: ZipEntry): Promise<Readable>;
  close(): void;
}

/** Why a zip was refused or could not be read; the verdict's one `unusable` defect. */
export class ZipRefused extends Error {}

const openFile = (file: string) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) =>
      error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip),
    ),
  );

function listEntries(zip: yauzl.ZipFile, limits: ZipLimits): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  let total = 0;
  return new Promise((resolve, reject) => {
    const refuse = (message: string) => reject(new ZipRefused(message));
    if (zip.entryCount > limits.maxEntries) {
      return refuse(`the zip lists ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`);
    }
    zip.on('error', reject);
    zip.on('end', () => resolve(entries));
    zip.on('entry', (raw: yauzl.Entry) => {
      const problem = entryProblem(raw, limits, (total += raw.uncompressedSize));
      if (problem) return refuse(problem);
      if (!raw.fileName.endsWith('/')) {
        entries.push({
          name: raw.fileName,
          compressedSize: raw.compressedSize,
          size: raw.uncompressedSize,
          raw,
        });
      }
      zip.readEntry();
    });
    zip.readEntry();
  });
}

function entryProblem(raw: yauzl.Entry, limits: ZipLimits, total: number): string | null {
  const size = raw.uncompressedSize;
  if (size > limits.maxEntryBytes) {
    return `refused: ${raw.fileName} would expand to ${size} bytes, more than the ${limits.maxEntryBytes} allowed for one file`;
  }
  if (size > limits.ratioFloorBytes && size / Math.max(raw.compressedSize, 1) > limits.maxRatio) {
    const ratio = Math.round(size / Math.max(raw.compressedSize, 1));
    return `refused: ${raw.fileName} would expand ${ratio} times (${raw.compressedSize} to ${size} bytes), beyond the ${limits.maxRatio} times real evidence compresses; this is a zip bomb`;
  }
  if (total > limits.maxTotalBytes) {
    return `refused: the entries would expand to more than the ${limits.maxTotalBytes} bytes allowed for a packet`;
  }
  return null;
}

/** Opens `file` and checks its directory; ZipRefused or yauzl's error when it cannot be used. */
export async function openZip(file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<OpenZip> {
  const zip = await openFile(file);
  let entries: ZipEntry[];
  try {
    entries = await listEntries(zip, limits);
  } catch (error) {
    zip.close();
    throw error;
  }
  return {
    entries,
    open: (entry) =>
      new Promise((resolve, reject) =>
        zip.openReadStream(entry.raw, (error, stream) =>
          error || !stream ? reject(error ?? new Error('unreadable entry')) : resolve(stream),
        ),
      ),
    close: () => zip.close(),
  };
}
