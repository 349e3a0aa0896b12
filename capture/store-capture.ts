/**
 * The store step of a capture: every byte received, the WARC and metadata.json into the evidence
 * store, with the capture record a court asks for (Berkeley Protocol ch. VI, SWGDE 21-F-001):
 * authority, collector, time, target and each stored stream's SHA-256.
 */
import os from 'node:os';
import type { Config } from '../common/config.js';
import { casegraphVersion } from '../common/paths.js';
import type { EvidenceStore } from '../evidence/evidence-store.js';
import { storeCaptureFiles, type StoredCapture } from './capture-files.js';
import type { CaptureRun } from './capture-order.js';
import type { CollectedCapture } from './run-collector.js';

type StoredBody = { name: string; sha256: string; size: number; mediaType: string };

/** The tool as it names itself in records and WARCs. */
export const toolVersion = () => `casegraph ${casegraphVersion()}`;

/** metadata.json of a capture, given the stored bodies of its exchanges. */
function captureMetadata(
  run: CaptureRun,
  collected: CollectedCapture,
  config: Pick<Config, 'userAgent'>,
  endedAt: string,
  files: StoredBody[],
): Record<string, unknown> {
  const { order, claims } = run;
  const { result, collector } = collected;
  return {
    authority: {
      caseId: order.caseId,
      decisionId: claims.decisionId,
      policyVersion: claims.policyVersion,
      purpose: order.purpose,
      predicate: order.predicate,
    },
    collector: {
      operatorId: order.requesterId,
      persona: order.persona?.handle ?? 'none, logged out',
      device: order.device,
      host: os.hostname(),
      tool: toolVersion(),
      collector: collector.manifest.id,
      collectorVersion: collector.manifest.version,
      userAgent: config.userAgent,
    },
    time: { startedAt: run.startedAt, endedAt },
    target: {
      ...order.target,
      method: order.method,
      pagesFetched: result.pagesFetched,
      complete: result.complete,
      mediaMissed: collected.missed,
      itemsRead: result.entities.itemsRead,
      itemsUnread: result.entities.unread.map((u) => ({
        response: u.exchangeIndex + 1,
        item: u.item + 1,
        reason: u.reason,
      })),
    },
    rendering: result.rendering
      ? {
          title: result.rendering.title,
          metadata: result.rendering.metadata,
          refused: result.rendering.refused,
        }
      : null,
    exchanges: collected.exchanges.map((e, i) => ({
      url: e.request.url,
      status: e.response.status,
      serverIp: e.serverIp,
      redirectChain: e.redirectChain,
      headers: e.response.headers,
      startedAt: e.timing.startedAt,
      body: files[i],
    })),
  };
}

/** Stores the capture's bytes; `endedAt` is when collection ended, as the record states it. */
export function storeCapture(
  store: EvidenceStore,
  config: Pick<Config, 'userAgent'>,
  run: CaptureRun,
  collected: CollectedCapture,
  endedAt: string,
): Promise<StoredCapture> {
  return storeCaptureFiles(
    store,
    collected.exchanges,
    new Set(collected.indexOf.values()),
    (files) => captureMetadata(run, collected, config, endedAt, files),
    {
      name: toolVersion(),
      operator: run.order.requesterId,
      metadataUrl: `urn:casegraph:capture:${run.captureId}`,
    },
    collected.result.rendering,
  );
}
