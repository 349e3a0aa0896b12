/**
 * Assembles a case's evidence packet, in order:
 *   1. read what it holds (case, captures, the export's ALLOW decision, custody log, people, the
 *      changes its captures prove) and pin the custody chain with a signed checkpoint;
 *   2. check every capture's files against its CAPTURED custody event;
 *   3. write the case's WACZ from its captures' WARCs, then bag the payload, re-hashing every stored object on the same read and stopping at the first
 *      one whose SHA-256 is not the one recorded at collection;
 *   4. draw the report last, from the digests of everything before it;
 *   5. sign the bag and append the export to the custody chain with the packet's hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Config } from '../../common/config.js';
import type { Ed25519Key } from '../../common/ed25519-key.js';
import { casegraphVersion } from '../../common/paths.js';
import type { PacketSourceRepository } from '../../graph/repositories/packet-source.repository.js';
import { canonicalJson } from '../custody/canonical-json.js';
import type { CustodyLedger } from '../custody/custody-ledger.js';
import type { EvidenceStore } from '../evidence-store.js';
import {
  writeBag,
  type ClosingFile,
  type PayloadDigest,
  type PayloadFile,
  type WrittenBag,
} from './bag-writer.js';
import { EVIDENCE_DIGEST_ELEMENT, evidenceDigest, manifestLine, REPORT_PATH } from './evidence-digest.js';
import {
  checkCapturedEvents,
  exportRecord,
  gatherSources,
  readVerified,
  releaseLine,
  type PacketSources,
} from './packet-contents.js';
import type { PacketChangeSource } from './packet-changes.js';
import { renderReport } from './packet-report.js';
import { caseWacz } from './packet-wacz.js';

export interface PacketDeps {
  readonly source: PacketSourceRepository;
  readonly store: EvidenceStore;
  readonly custody: CustodyLedger;
  readonly config: Pick<Config, 'organization' | 'dataDir' | 'timeZone'>;
  readonly key: Ed25519Key;
  /** The case's changes proven by a set of its captures. */
  readonly changes: PacketChangeSource;
}

export interface PacketRequest {
  readonly exportId: string;
  readonly caseId: string;
  readonly requestedBy: string;
  /** Null: every completed capture of the case. */
  readonly captureIds: readonly string[] | null;
}

/** Where a packet is kept. */
export function packetPath(dataDir: string, exportId: string): string {
  return path.join(dataDir, 'exports', `${exportId}.zip`);
}

const json = (value: unknown) => () => Readable.from([Buffer.from(JSON.stringify(value, null, 2))]);

/** Step 3's payload: stored objects with the SHA-256 they must have, then the export's own files. */
function payloadOf(
  sources: PacketSources,
  store: EvidenceStore,
  exportId: string,
  waczSigningKey: string | null,
): PayloadFile[] {
  const payload: PayloadFile[] = [];
  for (const capture of sources.captures) {
    for (const artifact of capture.artifacts) {
      payload.push({
        path: `captures/${capture.id}/${artifact.name}`,
        open: () => store.open(artifact.sha256),
        sha256: artifact.sha256,
        source: `stored object ${artifact.sha256}`,
      });
    }
    payload.push({ path: `captures/${capture.id}/capture-record.json`, open: json(capture.properties) });
  }
  payload.push({
    path: 'authority/decisions.json',
    open: json(sources.captures.map((c) => ({ captureId: c.id, decision: c.decision }))),
  });
  payload.push({
    path: 'authority/export.json',
    open: json({ ...exportRecord(sources, exportId), waczSigningKey }),
  });
  const log = sources.custody.map((e) => canonicalJson(e)).join('\n') + (sources.custody.length ? '\n' : '');
  payload.push({ path: 'custody/custody.jsonl', open: () => Readable.from([Buffer.from(log)]) });
  payload.push({ path: 'custody/checkpoints.json', open: json(sources.checkpoints) });
  payload.push({ path: 'changes/changes.json', open: json(sources.changes) });
  return payload;
}

/** Step 4: the report, drawn once every other payload file is written and checked. */
function closingReport(deps: PacketDeps, sources: PacketSources, exportId: string, generatedAt: Date) {
  return async (written: readonly PayloadDigest[]): Promise<ClosingFile> => {
    const digest = evidenceDigest(written.map((d) => manifestLine(d.sha256, d.path)));
    const rechecked = sources.captures.flatMap((c) => c.artifacts);
    const report = await renderReport({
      sources,
      organization: deps.config.organization.name,
      software: `casegraph ${casegraphVersion()}`,
      exportId,
      generatedAt,
      timeZone: deps.config.timeZone,
      keyFingerprint: deps.key.fingerprint,
      evidenceDigest: digest,
      rechecked: { files: rechecked.length, octets: rechecked.reduce((n, a) => n + a.size, 0) },
      readVerified: (sha256, where) => readVerified(deps.store, sha256, where),
    });
    return {
      file: { path: REPORT_PATH.slice('data/'.length), open: () => Readable.from([report]) },
      info: [[EVIDENCE_DIGEST_ELEMENT, `sha256:${digest}`]],
    };
  };
}

/** Builds the packet and records the export on the custody ledger. */
export async function buildPacket(
  deps: PacketDeps,
  request: PacketRequest,
): Promise<WrittenBag & { file: string }> {
  const sources = await gatherSources(deps, request);
  checkCapturedEvents(sources);
  const software = `casegraph ${casegraphVersion()}`;
  const baggedAt = new Date();
  const { caseInfo, captures } = sources;
  const org = deps.config.organization;
  const file = packetPath(deps.config.dataDir, request.exportId);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const waczFile = `${file}.wacz.part`;
  const wacz = await caseWacz(sources, deps.store, deps.config, waczFile);
  const payload = payloadOf(sources, deps.store, request.exportId, wacz?.publicKey ?? null);
  const bag = await writeBag(
    {
      name: `casegraph-${caseInfo.number}-${request.exportId}`,
      info: [
        ['Source-Organization', org.name],
        ['Contact-Name', org.contactName],
        ...(org.contactEmail ? ([['Contact-Email', org.contactEmail]] as [string, string][]) : []),
        ['External-Identifier', caseInfo.number],
        ['Internal-Sender-Identifier', request.exportId],
        ['Internal-Sender-Description', releaseLine(sources)],
        ['Bag-Software-Agent', software],
        ['External-Description', `Evidence packet of case ${caseInfo.number}: ${captures.length} capture(s)`],
      ],
      payload: wacz ? [...payload, wacz.payload] : payload,
      closing: closingReport(deps, sources, request.exportId, baggedAt),
      key: deps.key,
      baggedAt,
    },
    file,
  ).finally(() => fs.promises.rm(waczFile, { force: true }));
  await deps.custody.append({
    caseId: request.caseId,
    type: 'EXPORTED',
    actorId: request.requestedBy,
    artifactHashes: [bag.sha256],
    details: {
      exportId: request.exportId,
      captures: captures.map((c) => c.id),
      payloadFiles: bag.payloadFiles,
    },
  });
  return { ...bag, file };
}
