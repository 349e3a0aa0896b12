/**
 * Turns a capture's exchanges into stored evidence: response bodies, media files, the WARC of the
 * whole exchange and metadata.json, all in the content-addressed store as one durable batch.
 * A payload is written once: the bodies of a recorded page load's subresources live only in the
 * WARC (their SHA-256 is their record's WARC-Payload-Digest, which metadata.json names), while the
 * page's document, the screenshot and the DOM are also kept as files of their own (see
 * docs/custody.md, "Web captures", for why those few are worth a second copy).
 * Returns the artifacts with their names and roles, and each exchange body's SHA-256.
 */
import crypto from 'node:crypto';
import type { RawExchange, Rendering } from '../collectors/collector.js';
import { WARC_FILENAME, warcRecordIds, writeWarc } from './warc/warc-writer.js';
import type { ExchangeRecordIds } from './warc/warc-records.js';
import type { EvidenceStore } from '../evidence/evidence-store.js';
import type { IngestArtifact } from '../graph/ingest/capture-ingest.repository.js';

const EXTENSIONS: Record<string, string> = {
  'application/json': 'json',
  'text/html': 'html',
  'application/rss+xml': 'xml',
  'application/atom+xml': 'xml',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
};

/** The media type of a response without parameters, e.g. `application/json`. */
export function mediaTypeOf(exchange: RawExchange): string {
  return (exchange.response.headers['content-type'] ?? 'application/octet-stream')
    .split(';')[0]!
    .trim()
    .toLowerCase();
}

export interface StoredCapture {
  readonly artifacts: IngestArtifact[];
  /** SHA-256 of each exchange's body, by exchange index. */
  readonly bodySha256: string[];
  readonly metadataSha256: string;
}

export type StoredBody = { name: string; sha256: string; size: number; mediaType: string };

/** Where each exchange's payload is kept: a file of its own, or only its WARC record. */
export interface PayloadPlace {
  /** The stored file, or null when the payload lives only in the WARC. */
  readonly file: StoredBody | null;
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  readonly warcRecordId: string;
}

export interface CaptureFilesInput {
  readonly exchanges: readonly RawExchange[];
  /** Indexes of downloaded media files, kept as media/<sha256>.<ext>. */
  readonly mediaExchanges: ReadonlySet<number>;
  /** Indexes whose payload is kept only in the WARC (a recorded load's subresources). */
  readonly warcOnly?: ReadonlySet<number>;
  readonly metadata: (files: StoredBody[], payloads: PayloadPlace[]) => Record<string, unknown>;
  readonly software: { name: string; operator: string; metadataUrl: string };
  readonly rendering?: Rendering;
}

const sha256Of = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Each exchange body's artifact (null when WARC-only) and SHA-256. */
async function storeBodies(store: EvidenceStore, input: CaptureFilesInput) {
  const kept = input.exchanges.map((_, i) => !input.warcOnly?.has(i));
  const stored = await store.putAll(input.exchanges.filter((_, i) => kept[i]).map((e) => e.response.body));
  let next = 0;
  let responseNumber = 0;
  return input.exchanges.map((exchange, i) => {
    const mediaType = mediaTypeOf(exchange);
    if (!kept[i]) return { artifact: null, sha256: sha256Of(exchange.response.body), mediaType };
    const { sha256, size } = stored[next++]!;
    const isMedia = input.mediaExchanges.has(i);
    const ext = EXTENSIONS[mediaType] ?? 'bin';
    const name = isMedia ? `media/${sha256}.${ext}` : `response-${responseNumber++}.${ext}`;
    const artifact: IngestArtifact = { sha256, size, mediaType, name, kind: isMedia ? 'MEDIA' : 'RESPONSE' };
    return { artifact, sha256, mediaType };
  });
}

/** The screenshot and DOM of a rendering, stored as files. */
async function storeRendered(store: EvidenceStore, rendering: Rendering | undefined) {
  const rendered = rendering
    ? [
        { name: 'screenshot.png', kind: 'SCREENSHOT', mediaType: 'image/png', bytes: rendering.screenshot },
        { name: 'dom.html', kind: 'DOM', mediaType: 'text/html', bytes: Buffer.from(rendering.dom) },
      ]
    : [];
  const stored = await store.putAll(rendered.map((r) => r.bytes));
  return rendered.map((r, i) => ({
    ...r,
    artifact: {
      sha256: stored[i]!.sha256,
      size: r.bytes.length,
      mediaType: r.mediaType,
      name: r.name,
      kind: r.kind,
    },
  }));
}

function payloadPlaces(
  input: CaptureFilesInput,
  bodies: Awaited<ReturnType<typeof storeBodies>>,
  ids: readonly ExchangeRecordIds[],
): PayloadPlace[] {
  return bodies.map((b, i) => ({
    file: b.artifact
      ? { name: b.artifact.name, sha256: b.sha256, size: b.artifact.size, mediaType: b.mediaType }
      : null,
    sha256: b.sha256,
    size: input.exchanges[i]!.response.body.length,
    mediaType: b.mediaType,
    warcRecordId: ids[i]!.response,
  }));
}

/** Stores bodies, rendering, WARC and metadata; see CaptureFilesInput. */
export async function storeCaptureFiles(
  store: EvidenceStore,
  input: CaptureFilesInput,
): Promise<StoredCapture> {
  const bodies = await storeBodies(store, input);
  const rendered = await storeRendered(store, input.rendering);
  const artifacts = [
    ...bodies.flatMap((b) => (b.artifact ? [b.artifact] : [])),
    ...rendered.map((r) => r.artifact),
  ];
  const ids = warcRecordIds(input.exchanges);
  const meta = input.metadata(
    artifacts.map(({ name, sha256, size, mediaType }) => ({ name, sha256, size, mediaType })),
    payloadPlaces(input, bodies, ids),
  );
  const { software } = input;
  const warc = await writeWarc({
    software: software.name,
    operator: software.operator,
    exchanges: input.exchanges,
    recordIds: ids,
    metadata: meta,
    metadataUrl: software.metadataUrl,
    resources: rendered.map((r) => ({
      url: `${software.metadataUrl}/${r.name}`,
      mediaType: r.mediaType,
      bytes: r.bytes,
    })),
  });
  const metadataBytes = Buffer.from(JSON.stringify(meta, null, 2));
  const [warcStored, metaStored] = await store.putAll([warc, metadataBytes]);
  artifacts.push(
    {
      sha256: warcStored!.sha256,
      size: warcStored!.size,
      mediaType: 'application/warc',
      name: WARC_FILENAME,
      kind: 'WARC',
    },
    {
      sha256: metaStored!.sha256,
      size: metaStored!.size,
      mediaType: 'application/json',
      name: 'metadata.json',
      kind: 'METADATA',
    },
  );
  // Two captures of the same bytes share an artifact; within one capture a name appears once.
  const unique = artifacts.filter((a, i) => artifacts.findIndex((b) => b.name === a.name) === i);
  return { artifacts: unique, bodySha256: bodies.map((b) => b.sha256), metadataSha256: metaStored!.sha256 };
}
