/**
 * `casegraph fsck`: whether the evidence store, the case graph and the custody ledger agree.
 * - orphan: bytes in the store that no artifact or media node names (an attempt that stored its
 *   evidence and died before its ingest leaves these; nothing refers to them, so nothing is lost);
 * - missing: a capture's artifact whose bytes the store lacks, unless a PURGED event removed them;
 * - without custody / custody twice: a capture with no CAPTURED event, or with more than one;
 * - custody differs: the event names other artifacts than the capture produced;
 * - captures twice: two successful captures of one collection request;
 * - broken chain: a case's custody chain that does not verify.
 */
import { verifyEvents } from '../../evidence/custody/custody-ledger.js';
import type { CustodyEvent } from '../../common/custody-types.js';
import type { FsckCapture, FsckRepository } from '../../graph/repositories/fsck.repository.js';

export interface FsckStore {
  list(): AsyncIterable<string>;
}

export interface FsckReport {
  readonly objects: number;
  readonly captures: number;
  readonly orphans: string[];
  readonly missing: string[];
  readonly withoutCustody: string[];
  readonly custodyTwice: string[];
  readonly custodyDiffers: string[];
  readonly requestsCapturedTwice: string[];
  readonly brokenChains: string[];
}

/** True when nothing but orphans (unreferenced, never evidence) was found. */
export function consistent(report: FsckReport): boolean {
  const { orphans: _orphans, objects: _o, captures: _c, ...problems } = report;
  return Object.values(problems).every((list) => list.length === 0);
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

function custodyProblems(captures: readonly FsckCapture[], events: Map<string, string[][]>) {
  const withoutCustody: string[] = [];
  const custodyTwice: string[] = [];
  const custodyDiffers: string[] = [];
  for (const k of captures) {
    const named = events.get(k.id) ?? [];
    if (named.length === 0) withoutCustody.push(k.id);
    if (named.length > 1) custodyTwice.push(k.id);
    if (named.length > 0 && !named.every((hashes) => sameSet(hashes, k.artifactHashes)))
      custodyDiffers.push(k.id);
  }
  return { withoutCustody, custodyTwice, custodyDiffers };
}

function requestsCapturedTwice(captures: readonly FsckCapture[]): string[] {
  const count = new Map<string, number>();
  for (const k of captures) if (k.requestId) count.set(k.requestId, (count.get(k.requestId) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([id]) => id);
}

/** Reads the three and compares them; `chainOf` gives a case's custody chain in order. */
export async function checkConsistency(
  store: FsckStore,
  graph: FsckRepository,
  chainOf: (caseId: string) => Promise<CustodyEvent[]>,
): Promise<FsckReport> {
  const referenced = await graph.referencedDigests();
  const stored = new Set<string>();
  for await (const sha256 of store.list()) stored.add(sha256);
  const captures = await graph.captures();
  const purged = await graph.purgedDigests();
  const events = new Map<string, string[][]>();
  for (const e of await graph.capturedEvents()) {
    const captureId = (JSON.parse(e.detailsJson) as { captureId?: string }).captureId ?? '';
    events.set(captureId, [...(events.get(captureId) ?? []), e.artifactHashes]);
  }
  const brokenChains: string[] = [];
  for (const caseId of await graph.caseIds()) {
    if (!verifyEvents(await chainOf(caseId)).valid) brokenChains.push(caseId);
  }
  const missing = [...new Set(captures.flatMap((k) => k.artifactHashes))].filter(
    (sha256) => !stored.has(sha256) && !purged.has(sha256),
  );
  return {
    objects: stored.size,
    captures: captures.length,
    orphans: [...stored].filter((sha256) => !referenced.has(sha256)),
    missing,
    ...custodyProblems(captures, events),
    requestsCapturedTwice: requestsCapturedTwice(captures),
    brokenChains,
  };
}

/** The report as a person reads it. */
export function describeReport(report: FsckReport): string {
  const lines = [
    `${report.objects} stored objects, ${report.captures} captures`,
    `orphans (stored, named by nothing): ${report.orphans.length}`,
    `missing (named by a capture, not stored, not purged): ${report.missing.length}`,
    `captures without custody: ${report.withoutCustody.length}`,
    `captures with custody twice: ${report.custodyTwice.length}`,
    `captures whose custody names other artifacts: ${report.custodyDiffers.length}`,
    `requests captured twice: ${report.requestsCapturedTwice.length}`,
    `custody chains broken: ${report.brokenChains.length}`,
  ];
  const named = (title: string, ids: readonly string[]) => ids.map((id) => `  ${title}: ${id}`);
  return [
    ...lines,
    ...named('orphan', report.orphans),
    ...named('missing', report.missing),
    ...named('without custody', report.withoutCustody),
    ...named('custody twice', report.custodyTwice),
    ...named('custody differs', report.custodyDiffers),
    ...named('captured twice', report.requestsCapturedTwice),
    ...named('broken chain', report.brokenChains),
    consistent(report) ? 'consistent' : 'NOT consistent',
  ].join('\n');
}
