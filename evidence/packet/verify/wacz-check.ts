/**
 * A packet's WACZ files: each is read to a private temporary file as it streams out of the packet
 * and checked by the WACZ validator (every datapackage.json hash, the digest, the signature); then
 * its signing key must be the one the packet's signed export record names, and each WARC it holds
 * must be byte for byte a capture's WARC that the packet certifies.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { validateWacz, type WaczVerdict } from '../../wacz/wacz-validator.js';
import type { BagContents } from './bag-checks.js';
import type { Defects } from './defects.js';
import { EXPORT_FILE } from './export-check.js';

export const isWacz = (path: string) => path.startsWith('data/') && path.endsWith('.wacz');

/** Validates the WACZ `stream` holds. */
export async function readWacz(stream: Readable): Promise<WaczVerdict> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'casegraph-verify-wacz-'));
  const file = path.join(dir, `${crypto.randomUUID()}.wacz`);
  try {
    await pipeline(stream, fs.createWriteStream(file, { mode: 0o600 }));
    return await validateWacz(file);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

function signingKeyOf(bag: BagContents): string | null {
  try {
    const record = JSON.parse(bag.text(EXPORT_FILE) ?? '{}') as { waczSigningKey?: unknown };
    return typeof record.waczSigningKey === 'string' ? record.waczSigningKey : null;
  } catch {
    return null;
  }
}

/** Each WACZ's own verdict, its key and its WARCs against the packet. */
export function checkWaczs(
  waczs: ReadonlyMap<string, WaczVerdict>,
  bag: BagContents,
  defects: Defects,
): void {
  const key = signingKeyOf(bag);
  for (const [file, verdict] of waczs) {
    for (const problem of verdict.problems) {
      const kind = /signature/.test(problem) ? 'signature' : 'altered';
      defects.add(kind, `${kind === 'signature' ? 'signature' : 'altered'}: ${file}: ${problem}`, { file });
    }
    if (verdict.signedData && verdict.signedData.publicKey !== key) {
      defects.add('untrusted', `untrusted: ${file} is signed with a key ${EXPORT_FILE} does not name`, {
        file,
      });
    }
    for (const [warc, sha256] of verdict.warcs) {
      const id = /^archive\/(.+)\.warc\.gz$/.exec(warc)?.[1];
      const certified = id ? bag.files.get(`data/captures/${id}/capture.warc.gz`)?.digests.sha256 : undefined;
      if (certified !== sha256) {
        const message = `altered: ${file} holds ${warc} (SHA-256 ${sha256}), which is not the WARC of capture ${id ?? warc} in this packet`;
        defects.add('altered', message, { file });
      }
    }
  }
}
