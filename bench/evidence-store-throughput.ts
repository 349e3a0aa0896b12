/**
 * Evidence store throughput: writing a mix of files (hash, content-address, fsync, rename) against
 * `cp -r` + `sync` of the same files, the disk's own limit. Hashing must hide behind the I/O.
 *
 *   node --import tsx bench/evidence-store-throughput.ts [--mb 1024] [--dir /tmp] [--concurrency 4] [--batch 32]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EvidenceStore } from '../evidence/evidence-store.js';
import { benchArgs, report, timed, timedCommand } from './bench-kit.js';

const args = benchArgs({ mb: '1024', dir: '/tmp', concurrency: '4', batch: '32' });
const totalBytes = Number(args.mb) * 2 ** 20;

/** Sizes of a capture's files: many small API responses, some images, a few videos and WARCs. */
function mixedSizes(total: number): number[] {
  const kinds = [
    { share: 0.1, min: 2 << 10, max: 64 << 10 },
    { share: 0.3, min: 100 << 10, max: 2 << 20 },
    { share: 0.6, min: 8 << 20, max: 64 << 20 },
  ];
  const sizes: number[] = [];
  for (const kind of kinds) {
    let left = total * kind.share;
    while (left > 0) {
      const size = Math.min(left, kind.min + Math.floor(Math.random() * (kind.max - kind.min)));
      sizes.push(Math.ceil(size));
      left -= size;
    }
  }
  return sizes;
}

function writeSource(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return mixedSizes(totalBytes).map((size, i) => {
    const file = path.join(dir, `f${i}`);
    fs.writeFileSync(file, crypto.randomBytes(size));
    return file;
  });
}

/** Stores the files in batches (as the capture pipeline does per capture), several batches at once. */
async function storeAll(files: string[], root: string, concurrency: number, batch: number): Promise<void> {
  const store = new EvidenceStore(root);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const slice = files.slice(next, next + batch);
      next += slice.length;
      await store.putAll(slice.map((file) => fs.createReadStream(file, { highWaterMark: 1 << 20 })));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const work = fs.mkdtempSync(path.join(args.dir, 'casegraph-bench-store-'));
try {
  const source = path.join(work, 'source');
  const files = writeSource(source);
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  timedCommand('sync', []);
  // Alternate the two twice and keep each one's best run, so neither pays for a cold cache alone.
  const best = { store: Infinity, copy: Infinity };
  for (let round = 0; round < 2; round += 1) {
    const copyDir = path.join(work, `copy-${round}`);
    best.copy = Math.min(best.copy, timedCommand('sh', ['-c', `cp -r "${source}" "${copyDir}" && sync`]));
    const storeDir = path.join(work, `store-${round}`);
    best.store = Math.min(
      best.store,
      await timed(() => storeAll(files, storeDir, Number(args.concurrency), Number(args.batch))),
    );
    fs.rmSync(copyDir, { recursive: true, force: true });
    fs.rmSync(storeDir, { recursive: true, force: true });
  }
  const mbs = (seconds: number) => bytes / 2 ** 20 / seconds;
  report(
    `evidence store: ${files.length} files, ${(bytes / 2 ** 20).toFixed(0)} MB, concurrency ${args.concurrency}, batches of ${args.batch}`,
    'cp -r + sync of the same files',
    [
      {
        metric: 'write throughput',
        casegraph: mbs(best.store),
        baseline: mbs(best.copy),
        unit: 'MB/s',
        higherIsBetter: true,
        target: 0.9,
      },
    ],
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
