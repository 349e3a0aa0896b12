/**
 * Assembles a case's evidence packet: the chosen captures' stored files, each capture's record
 * and gate decision, the custody log, and the report, written as a signed BagIt zip. The export
 * itself is then appended to the custody chain with the packet's hash.
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
import { writeBag, type PayloadFile, type WrittenBag } from './bag-writer.js';
import { renderReport } from './packet-report.js';

export interface PacketDeps {
  readonly source: PacketSourceRepository;
  readonly store: EvidenceStore;
  readonly custody: CustodyLedger;
  readonly config: Pick<Config, 'organization' | 'dataDir'>;
  readonly key: Ed25519Key;
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

/** Builds the packet and records the export on the custody ledger. */
export async function buildPacket(
  deps: PacketDeps,
  request: PacketRequest,
): Promise<WrittenBag & { file: string }> {
  const { source } = deps;
  const caseInfo = await source.caseOf(request.caseId);
  const captures = await source.captures(request.caseId, request.captureIds);
  // Pin the chain as it stands at export with the department's signature.
  await deps.custody.checkpoint(request.caseId, deps.key);
  const custody = await deps.custody.list(request.caseId);
  const checkpoints = await deps.custody.checkpoints(request.caseId);
  const software = `casegraph ${casegraphVersion()}`;
  const baggedAt = new Date();

  const payload: PayloadFile[] = [];
  for (const capture of captures) {
    for (const artifact of capture.artifacts) {
      payload.push({
        path: `captures/${capture.id}/${artifact.name}`,
        open: () => deps.store.open(artifact.sha256),
      });
    }
    payload.push({ path: `captures/${capture.id}/capture-record.json`, open: json(capture.properties) });
  }
  payload.push({
    path: 'authority/decisions.json',
    open: json(captures.map((c) => ({ captureId: c.id, decision: c.decision }))),
  });
  const log = custody.map((e) => canonicalJson(e)).join('\n') + (custody.length ? '\n' : '');
  payload.push({ path: 'custody/custody.jsonl', open: () => Readable.from([Buffer.from(log)]) });
  payload.push({ path: 'custody/checkpoints.json', open: json(checkpoints) });
  const report = await renderReport({
    caseInfo,
    captures,
    custody,
    organization: deps.config.organization.name,
    software,
    exportId: request.exportId,
    generatedAt: baggedAt,
  });
  payload.push({ path: 'report.pdf', open: () => Readable.from([report]) });

  const org = deps.config.organization;
  const file = packetPath(deps.config.dataDir, request.exportId);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const bag = await writeBag(
    {
      name: `casegraph-${caseInfo.number}-${request.exportId}`,
      info: [
        ['Source-Organization', org.name],
        ['Contact-Name', org.contactName],
        ...(org.contactEmail ? ([['Contact-Email', org.contactEmail]] as [string, string][]) : []),
        ['External-Identifier', caseInfo.number],
        ['Internal-Sender-Identifier', request.exportId],
        ['Bag-Software-Agent', software],
        ['External-Description', `Evidence packet of case ${caseInfo.number}: ${captures.length} capture(s)`],
      ],
      payload,
      key: deps.key,
      baggedAt,
    },
    file,
  );
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
