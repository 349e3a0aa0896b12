/**
 * The Capture node's record and the rows one capture writes into the case graph: the record is the
 * same for a capture that succeeded and one that failed, so both say who, when, how and under which
 * decision; a success adds what was read, each row tied to the stored body it came from.
 */
import type { Config } from '../common/config.js';
import type { Listing } from '../graph/changes/change-detection.js';
import type { CaptureIngest, IngestMedia } from '../graph/ingest/capture-ingest.repository.js';
import { batchToIngest, type AvatarHashes } from './batch-to-ingest.js';
import { mediaTypeOf, type StoredCapture } from './capture-files.js';
import type { CaptureRun } from './capture-order.js';
import { differenceHash } from './media/image-hash.js';
import type { CollectedCapture } from './run-collector.js';
import { toolVersion } from './store-capture.js';

/** What every Capture node records, whatever the outcome. */
export function captureRecordBase(run: CaptureRun, config: Pick<Config, 'userAgent'>) {
  const { order, claims } = run;
  return {
    id: run.captureId,
    caseId: order.caseId,
    requestId: order.requestId,
    decisionId: claims.decisionId,
    policyVersion: claims.policyVersion,
    platform: order.target.platform,
    targetKind: order.target.kind,
    targetValue: order.target.value,
    method: order.method,
    operatorId: order.requesterId,
    deviceId: order.device.id,
    startedAt: run.startedAt,
    toolVersion: toolVersion(),
    userAgent: config.userAgent,
  };
}

/** The media rows: each fetched file with its hash, type and (for images) perceptual hash. */
function mediaRows(collected: CollectedCapture, stored: StoredCapture): IngestMedia[] {
  const rows: IngestMedia[] = [];
  for (const m of collected.result.entities.media) {
    const index = collected.indexOf.get(m.url);
    if (index === undefined) continue;
    const exchange = collected.exchanges[index]!;
    const mediaType = mediaTypeOf(exchange);
    rows.push({
      postId: m.postId,
      sha256: stored.bodySha256[index]!,
      mediaType,
      size: exchange.response.body.length,
      url: m.url,
      phash: differenceHash(exchange.response.body, mediaType),
    });
  }
  return rows;
}

/** Each fetched avatar's SHA-256 and (for images) perceptual hash, by its URL. */
function avatarRows(collected: CollectedCapture, stored: StoredCapture): Map<string, AvatarHashes> {
  const rows = new Map<string, AvatarHashes>();
  for (const a of collected.result.entities.accounts) {
    const index = a.avatarUrl ? collected.indexOf.get(a.avatarUrl) : undefined;
    if (index === undefined || rows.has(a.avatarUrl!)) continue;
    const exchange = collected.exchanges[index]!;
    rows.set(a.avatarUrl!, {
      sha256: stored.bodySha256[index]!,
      phash: differenceHash(exchange.response.body, mediaTypeOf(exchange)),
    });
  }
  return rows;
}

/** Each item a parser could not read, as the capture record states it. */
export function unreadLines(collected: CollectedCapture): string[] {
  return collected.result.entities.unread.map((u) => {
    const url = collected.exchanges[u.exchangeIndex]?.request.url ?? 'unknown';
    return `item ${u.item + 1} of response ${u.exchangeIndex + 1} (${url}) not read: ${u.reason}`;
  });
}

const localName = (handle: string) => handle.replace(/^@/, '').toLowerCase();

/**
 * What a capture of an account's listing covered, so a re-capture can tell a vanished post from
 * one it did not reach: the account (the one named by the target, else the one its first response
 * described) and, unless it read the whole listing, the oldest posting time it reached.
 */
export function listingOf(run: CaptureRun, collected: CollectedCapture): Listing | null {
  const { target } = run.order;
  const { entities, complete } = collected.result;
  if (target.kind !== 'handle') return null;
  const wanted = localName(target.value);
  const named = entities.accounts.filter((a) => {
    const have = localName(a.handle);
    return (
      have === wanted ||
      (!(have.includes('@') && wanted.includes('@')) && have.split('@')[0] === wanted.split('@')[0])
    );
  });
  const authors = (named.length > 0 ? named : entities.accounts.filter((a) => a.exchangeIndex === 0)).map(
    (a) => a.platformId,
  );
  const times = entities.posts
    .filter((p) => authors.includes(p.authorId) && p.postedAt !== null)
    .map((p) => p.postedAt!)
    .sort();
  if (authors.length === 0 || (!complete && times.length === 0)) return null;
  return {
    target: { kind: target.kind, value: target.value },
    authorIds: authors,
    windowStart: complete ? null : times[0]!,
  };
}

/** Everything a successful capture writes to the graph, in one ingest. */
export function captureIngest(
  run: CaptureRun,
  config: Pick<Config, 'userAgent'>,
  collected: CollectedCapture,
  stored: StoredCapture,
  endedAt: string,
): CaptureIngest {
  const { result } = collected;
  const first = collected.exchanges[0];
  return {
    caseId: run.order.caseId,
    platform: run.order.target.platform,
    capture: {
      ...captureRecordBase(run, config),
      endedAt,
      status: 'CAPTURED',
      complete: result.complete,
      pagesFetched: result.pagesFetched,
      requestedUrl: first?.redirectChain[0]?.url ?? first?.request.url ?? null,
      finalUrl: first?.request.url ?? null,
      httpStatus: first?.response.status ?? null,
      serverIp: first?.serverIp ?? null,
      metadataSha256: stored.metadataSha256,
      itemsRead: result.entities.itemsRead,
      itemsUnread: result.entities.unread.length,
      unreadItems: unreadLines(collected),
    },
    artifacts: stored.artifacts,
    ...batchToIngest(
      result.entities,
      stored.bodySha256,
      mediaRows(collected, stored),
      avatarRows(collected, stored),
    ),
    listing: listingOf(run, collected),
  };
}
