/**
 * Purged evidence, as `verify` reports it: a file whose bytes casegraph purged after review or by
 * hand is "purged, recorded", with the PURGED custody event that keeps its hash, reason and
 * approver, never silently missing. The events come from the packet's own custody log (a packet
 * made after the purge) or, when verify runs inside casegraph, from the case's chain as it is now
 * (a packet made before the purge); the latter must continue the packet's chain to count.
 */
import type { CustodyEvent } from '../../../common/custody-types.js';
import type { BagFile } from './bag-checks.js';
import { captureFolders } from './capture-checks.js';
import type { CustodyFindings } from './custody-check.js';

/** One purged capture, as the verdict names it. */
export interface PurgedCapture {
  readonly captureId: string;
  /** The packet's files of that capture whose bytes were purged (empty for a packet made after). */
  readonly files: string[];
  readonly artifactHashes: string[];
  readonly event: number;
  readonly at: string;
  readonly reason: string;
  readonly approver: string;
  /** Where the PURGED event was read: the packet's custody log, or the case's chain now. */
  readonly recordedIn: 'packet' | 'case chain';
}

const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v : fallback);

function purgedOf(
  event: CustodyEvent,
  files: ReadonlyMap<string, BagFile>,
  recordedIn: PurgedCapture['recordedIn'],
) {
  const captureId = text(event.details.captureId, '(unnamed capture)');
  const hashes = new Set(event.artifactHashes);
  const folder = captureFolders(files.keys()).get(captureId) ?? [];
  const inPacket = folder
    .map((name) => `data/captures/${captureId}/${name}`)
    .filter((path) => hashes.has(files.get(path)?.digests.sha256 ?? ''));
  return {
    captureId,
    files: inPacket,
    artifactHashes: [...event.artifactHashes],
    event: event.seq,
    at: event.at,
    reason: text(event.details.reason, 'no reason recorded'),
    approver: text(event.details.approver, event.actorId),
    recordedIn,
  };
}

/** The note a person reads for one purged capture. */
export function purgeNote(p: PurgedCapture): string {
  const what = p.files.length
    ? `${p.files.length} file(s) of capture ${p.captureId} in this packet`
    : `capture ${p.captureId} (${p.artifactHashes.length} file(s))`;
  return `purged, recorded: ${what} purged from casegraph on ${p.at} by ${p.approver} (custody event ${p.event}, ${p.recordedIn}): ${p.reason}`;
}

/**
 * The purged captures the packet's log or the case's current chain records. The current chain
 * counts only when it holds every event of the packet's log unchanged; otherwise a note says so.
 */
export function findPurges(
  custody: CustodyFindings,
  files: ReadonlyMap<string, BagFile>,
  current: readonly CustodyEvent[] | null,
  notes: string[],
): PurgedCapture[] {
  const found = new Map<string, PurgedCapture>();
  for (const event of custody.purged ?? []) {
    const p = purgedOf(event, files, 'packet');
    found.set(p.captureId, p);
  }
  if (current) {
    const continues = [...custody.hashes].every(
      ([seq, hash]) => current.find((e) => e.seq === seq)?.hash === hash,
    );
    if (!continues) {
      notes.push(
        "the case's custody chain in casegraph does not continue this packet's custody log; its purges are not reported",
      );
    } else {
      for (const event of current) {
        if (event.type !== 'PURGED' || custody.hashes.has(event.seq)) continue;
        const p = purgedOf(event, files, 'case chain');
        if (p.files.length) found.set(p.captureId, p);
      }
    }
  }
  const list = [...found.values()];
  for (const p of list) notes.push(purgeNote(p));
  return list;
}
