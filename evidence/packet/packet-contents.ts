/**
 * What goes into a packet, read and checked before anything is bagged: the export must have the
 * gate's ALLOW, every capture must have its CAPTURED custody event naming each of its files, and
 * the release record (who asked, who receives, why, under which decision) is put in words for the
 * bag and the report.
 */
import crypto from 'node:crypto';
import type { CustodyEvent } from '../../common/custody-types.js';
import { AppError } from '../../common/errors.js';
import type {
  PacketCapture,
  PacketCase,
  PacketExport,
  PacketPerson,
  PacketSourceRepository,
} from '../../graph/repositories/packet-source.repository.js';
import type { CustodyCheckpoint } from '../custody/custody-checkpoint.js';
import type { CustodyLedger } from '../custody/custody-ledger.js';
import type { EvidenceStore } from '../evidence-store.js';
import type { PacketChange, PacketChangeSource } from './packet-changes.js';

export interface PacketSources {
  readonly caseInfo: PacketCase;
  readonly captures: readonly PacketCapture[];
  readonly release: PacketExport & { readonly decision: Record<string, unknown> };
  readonly custody: readonly CustodyEvent[];
  readonly checkpoints: readonly CustodyCheckpoint[];
  readonly people: ReadonlyMap<string, PacketPerson>;
  readonly authorizations: ReadonlyMap<string, Record<string, unknown>>;
  /** The changes proven by the packet's captures alone, oldest first (packet-changes.ts). */
  readonly changes: readonly PacketChange[];
}

/** What the certification says the export checked; export.json states the same. */
export const EXPORT_CHECKS =
  "Each stored file's SHA-256 was recomputed at export from the evidence store and equals the SHA-256 recorded at collection (the file's content address and its capture's CAPTURED custody event); SHA-512 digests were computed at export from the same bytes.";

/** Parses a stored JSON string field; an empty object when absent or unreadable. */
export function jsonField(value: unknown): Record<string, unknown> {
  if (typeof value !== 'string') return {};
  try {
    const parsed = JSON.parse(value) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Parses a stored JSON list field; empty when absent or unreadable. */
export function jsonList(value: unknown): unknown[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The release's recipient as the gate decided it. */
export function recipientOf(release: PacketSources['release']): {
  name: string;
  userId: string | null;
  lawEnforcement: boolean;
} {
  const r = jsonField(release.decision.inputsJson).recipient as Record<string, unknown> | undefined;
  return {
    name: typeof r?.name === 'string' ? r.name : 'not recorded',
    userId: typeof r?.userId === 'string' ? r.userId : null,
    lawEnforcement: r?.lawEnforcement === true,
  };
}

/** Every user id the packet mentions: operators, actors, requester, recipient, approvers. */
function mentionedIds(
  release: PacketExport,
  decisionInputs: Record<string, unknown>,
  captures: readonly PacketCapture[],
  custody: readonly CustodyEvent[],
  authorizations: readonly Record<string, unknown>[],
): string[] {
  const ids = [release.requestedBy, ...custody.map((e) => e.actorId)];
  ids.push(...captures.map((c) => String(c.properties.operatorId ?? '')));
  const recipient = decisionInputs.recipient as { userId?: unknown } | undefined;
  if (typeof recipient?.userId === 'string') ids.push(recipient.userId);
  for (const a of authorizations)
    for (const k of ['approvedBy', 'requesterId', 'revokedBy']) ids.push(String(a[k] ?? ''));
  return ids.filter((id) => id && !id.startsWith('system:'));
}

/** Reads everything the packet holds from the graph and pins the custody chain with a checkpoint. */
export async function gatherSources(
  deps: {
    source: PacketSourceRepository;
    custody: CustodyLedger;
    key: Parameters<CustodyLedger['checkpoint']>[1];
    changes: PacketChangeSource;
  },
  request: { exportId: string; caseId: string; captureIds: readonly string[] | null },
): Promise<PacketSources> {
  const { source } = deps;
  const caseInfo = await source.caseOf(request.caseId);
  const release = await source.exportOf(request.exportId);
  if (!release || release.caseId !== request.caseId || release.decision?.decision !== 'ALLOW') {
    throw new AppError(
      'FORBIDDEN',
      `export ${request.exportId} has no ALLOW decision of the gate for this case`,
    );
  }
  const captures = await source.captures(request.caseId, request.captureIds);
  // Pin the chain as it stands at export with the department's signature.
  await deps.custody.checkpoint(request.caseId, deps.key);
  const custody = await deps.custody.list(request.caseId);
  const checkpoints = await deps.custody.checkpoints(request.caseId);
  const authIds = captures
    .map((c) => c.decision?.authorizationId)
    .filter((id): id is string => typeof id === 'string');
  const authorizations = await source.authorizations(authIds);
  const ids = mentionedIds(
    release,
    jsonField(release.decision.inputsJson),
    captures,
    custody,
    authorizations,
  );
  const people = await source.people(ids);
  const changes = await deps.changes(
    request.caseId,
    captures.map((c) => c.id),
  );
  return {
    caseInfo,
    captures,
    release: { ...release, decision: release.decision },
    custody,
    checkpoints,
    people: new Map(people.map((p) => [p.id, p])),
    authorizations: new Map(authorizations.map((a) => [String(a.id), a])),
    changes,
  };
}

/**
 * Each capture's files against its CAPTURED event: a file the event did not record at collection
 * cannot be certified, so the export stops before anything is written.
 */
export function checkCapturedEvents(sources: PacketSources): void {
  const captured = new Map<string, Set<string>>();
  for (const e of sources.custody) {
    if (e.type === 'CAPTURED' && typeof e.details.captureId === 'string') {
      captured.set(e.details.captureId, new Set(e.artifactHashes));
    }
  }
  for (const capture of sources.captures) {
    const hashes = captured.get(capture.id);
    if (!hashes) {
      throw new AppError(
        'PAYLOAD_INVALID',
        `capture ${capture.id} has no CAPTURED custody event; the export stopped`,
      );
    }
    const unrecorded = capture.artifacts.find((a) => !hashes.has(a.sha256));
    if (unrecorded) {
      throw new AppError(
        'PAYLOAD_INVALID',
        `stored object ${unrecorded.sha256} (${unrecorded.name} of capture ${capture.id}) is not in its CAPTURED custody event; the export stopped`,
      );
    }
  }
}

/** A person as the bag's JSON records them. */
function personJson(sources: PacketSources, id: string | null) {
  const p = id ? sources.people.get(id) : undefined;
  return p
    ? { userId: p.id, name: p.displayName, rank: p.rank, badge: p.badge, unit: p.unit, role: p.role }
    : { userId: id, name: null };
}

/** data/authority/export.json: the release as the gate decided it and the export carried it out. */
export function exportRecord(sources: PacketSources, exportId: string) {
  const { release, caseInfo } = sources;
  const d = release.decision;
  const recipient = recipientOf(release);
  return {
    exportId,
    caseNumber: caseInfo.number,
    requestedAt: release.createdAt,
    reason: release.reason,
    exporter: personJson(sources, release.requestedBy),
    requester: personJson(sources, typeof d.requesterId === 'string' ? d.requesterId : release.requestedBy),
    recipient: {
      name: recipient.name,
      lawEnforcement: recipient.lawEnforcement,
      user: personJson(sources, recipient.userId),
    },
    decision: {
      id: d.id,
      stage: d.stage,
      decision: d.decision,
      clauses: d.clauses,
      reasons: jsonList(d.reasonsJson),
      policyVersion: d.policyVersion,
      decidedAt: d.decidedAt,
    },
    captures: sources.captures.map((c) => c.id),
    checks: EXPORT_CHECKS,
  };
}

/** bag-info.txt's Internal-Sender-Description: the release in one line. */
export function releaseLine(sources: PacketSources): string {
  const { release } = sources;
  const name = (id: string | null) =>
    id ? (sources.people.get(id)?.displayName ?? 'an unknown user') : 'nobody';
  const recipient = recipientOf(release);
  return `Released to ${recipient.name} at the request of ${name(release.requestedBy)} for: ${release.reason}. Gate decision ${String(release.decision.id)}: ${String(release.decision.decision)} under policy ${release.policyVersion}, decided ${String(release.decision.decidedAt)}. Record: data/authority/export.json.`;
}

/** A stored object read whole and checked against its collection-time SHA-256 (report images). */
export async function readVerified(store: EvidenceStore, sha256: string, label: string): Promise<Buffer> {
  const bytes = await store.read(sha256);
  const actual = crypto.createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    throw new AppError(
      'PAYLOAD_INVALID',
      `evidence altered: stored object ${sha256} (${label}) hashes to SHA-256 ${actual}, not the SHA-256 recorded at collection; the export stopped`,
    );
  }
  return bytes;
}
