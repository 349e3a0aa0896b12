/**
 * The packet's WACZ: every capture's WARC of the case, as stored, in one signed WACZ 1.1.1, data/wacz/case-<number>.wacz, so the
 * recipient opens the captured pages in ReplayWeb.page or any Webrecorder tool. It is made at
 * export from the WARCs the packet certifies, not kept in the store (it would be a second copy of
 * them): its WARC bytes are those files, and `verify` checks they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { casegraphVersion } from '../../common/paths.js';
import type { EvidenceStore } from '../evidence-store.js';
import { waczKey } from '../wacz/wacz-key.js';
import { writeWacz } from '../wacz/wacz-writer.js';
import type { PayloadFile } from './bag-writer.js';
import type { PacketSources } from './packet-contents.js';

export const WACZ_FOLDER = 'wacz';

/** A WACZ of the case's captures in a file beside the packet, or null when none has a WARC. */
export async function caseWacz(
  sources: PacketSources,
  store: EvidenceStore,
  config: { dataDir: string },
  file: string,
): Promise<{ payload: PayloadFile; publicKey: string } | null> {
  const warcs = sources.captures.flatMap((capture) =>
    capture.artifacts
      .filter((a) => a.kind === 'WARC')
      .map((a) => ({
        filename: `${capture.id}.warc.gz`,
        open: () => store.open(a.sha256),
        sha256: a.sha256,
        size: a.size,
      })),
  );
  if (warcs.length === 0) return null;
  const key = waczKey(config);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeWacz(
    {
      warcs,
      title: `Case ${sources.caseInfo.number}: ${warcs.length} captured archive(s)`,
      description: `The WARC files of case ${sources.caseInfo.number}'s captures, as collected.`,
      software: { name: 'casegraph', version: casegraphVersion() },
      key,
    },
    file,
  );
  return {
    payload: {
      path: `${WACZ_FOLDER}/case-${sources.caseInfo.number.replace(/[^\w.-]/g, '_')}.wacz`,
      open: () => fs.createReadStream(file),
    },
    publicKey: key.publicKeyBase64,
  };
}
