/**
 * The store step of a capture: every byte received, the WARC and metadata.json into the evidence
 * store, with the capture record a court asks for (Berkeley Protocol ch. VI, SWGDE 21-F-001):
 * authority, collector, time, target, the browser that drew a rendered page, each exchange's
 * server, TLS certificate chain and redirect hops, and each stored stream's SHA-256.
 */
import os from 'node:os';
import type { RawExchange, Rendering } from '../collectors/collector.js';
import type { Config } from '../common/config.js';
import { casegraphVersion } from '../common/paths.js';
import type { EvidenceStore } from '../evidence/evidence-store.js';
import { trustedTimeStatement } from '../evidence/timestamp/capture-timestamp.js';
import { storeCaptureFiles, type PayloadPlace, type StoredCapture } from './capture-files.js';
import type { CaptureRun } from './capture-order.js';
import type { CollectedCapture } from './run-collector.js';
import { WARC_FILENAME } from './warc/warc-writer.js';

/** The tool as it names itself in records and WARCs. */
export const toolVersion = () => `casegraph ${casegraphVersion()}`;

/** One exchange as metadata.json lists it: where its payload is, who answered, over what TLS. */
export function exchangeEntry(e: RawExchange, place: PayloadPlace) {
  return {
    url: e.request.url,
    method: e.request.method,
    status: e.response.status,
    serverIp: e.serverIp,
    redirectChain: e.redirectChain,
    // As received, in order, repeats kept, where the exchange was recorded on the wire.
    rawHeaders: e.wire?.rawHeaders ?? null,
    headers: e.response.headers,
    tls: e.wire?.tls ?? null,
    startedAt: e.timing.startedAt,
    // A file of its own (listed so `verify` finds it), or only the WARC record named here.
    body: place.file,
    payload: {
      sha256: place.sha256,
      size: place.size,
      mediaType: place.mediaType,
      warcFile: WARC_FILENAME,
      warcRecordId: place.warcRecordId,
    },
  };
}

/** The rendering's part of metadata.json: what drew it, and what the page did not get. */
export function renderingEntry(rendering: Rendering | undefined) {
  if (!rendering) return null;
  return {
    title: rendering.title,
    metadata: rendering.metadata,
    browser: rendering.browser,
    refused: rendering.refused,
    notKept: rendering.notKept,
    shownMedia: rendering.shownMedia,
  };
}

/** metadata.json of a capture, given where its exchanges' payloads were kept. */
function captureMetadata(
  run: CaptureRun,
  collected: CollectedCapture,
  config: Pick<Config, 'userAgent' | 'tsa'>,
  endedAt: string,
  payloads: PayloadPlace[],
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
      userAgent: result.rendering?.browser.userAgent ?? config.userAgent,
    },
    time: { startedAt: run.startedAt, endedAt, trustedTime: trustedTimeStatement(config) },
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
    warc: { file: WARC_FILENAME },
    rendering: renderingEntry(result.rendering),
    exchanges: collected.exchanges.map((e, i) => exchangeEntry(e, payloads[i]!)),
  };
}

/**
 * Payloads a recorded page load keeps only in the WARC: every exchange of the load but the document
 * and the media the page shows. Those are files of their own too, a second copy of their bytes
 * beside the WARC record, because they are what people look at: the workspace shows them by hash,
 * the linking features compare them, and a packet lists them as files a reader opens without WARC
 * tools. Scripts, styles, fonts and XHR answers, most of a load's bytes, stay in the WARC alone.
 */
export function warcOnlyIndexes(
  collected: Pick<CollectedCapture, 'result'> & Partial<Pick<CollectedCapture, 'indexOf'>>,
): Set<number> {
  const loaded = collected.result.rendering?.exchanges.length ?? 0;
  const media = new Set(collected.indexOf?.values() ?? []);
  return new Set(
    Array.from({ length: Math.max(0, loaded - 1) }, (_, i) => i + 1).filter((i) => !media.has(i)),
  );
}

/** Stores the capture's bytes; `endedAt` is when collection ended, as the record states it. */
export function storeCapture(
  store: EvidenceStore,
  config: Pick<Config, 'userAgent' | 'tsa'>,
  run: CaptureRun,
  collected: CollectedCapture,
  endedAt: string,
): Promise<StoredCapture> {
  return storeCaptureFiles(store, {
    exchanges: collected.exchanges,
    mediaExchanges: new Set(collected.indexOf.values()),
    warcOnly: warcOnlyIndexes(collected),
    metadata: (_files, payloads) => captureMetadata(run, collected, config, endedAt, payloads),
    software: {
      name: toolVersion(),
      operator: run.order.requesterId,
      metadataUrl: `urn:casegraph:capture:${run.captureId}`,
    },
    ...(collected.result.rendering ? { rendering: collected.result.rendering } : {}),
  });
}
