/**
 * Turns a capture's exchanges into stored evidence: every response body, every media file, the
 * WARC of the whole exchange and metadata.json, all in the content-addressed store as one durable
 * batch. Returns the artifacts with their names and roles, and which artifact each exchange's body is.
 */
import type { RawExchange, Rendering } from '../collectors/collector.js';
import { writeWarc } from './warc/warc-writer.js';
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

/** Stores bodies, WARC and metadata; `mediaExchanges` are the indexes of downloaded media files. */
export async function storeCaptureFiles(
  store: EvidenceStore,
  exchanges: readonly RawExchange[],
  mediaExchanges: ReadonlySet<number>,
  metadata: (
    bodies: { name: string; sha256: string; size: number; mediaType: string }[],
  ) => Record<string, unknown>,
  software: { name: string; operator: string; metadataUrl: string },
  rendering?: Rendering,
): Promise<StoredCapture> {
  const bodies = await store.putAll(exchanges.map((e) => e.response.body));
  let responseNumber = 0;
  const artifacts: IngestArtifact[] = exchanges.map((exchange, i) => {
    const mediaType = mediaTypeOf(exchange);
    const ext = EXTENSIONS[mediaType] ?? 'bin';
    const sha256 = bodies[i]!.sha256;
    const isMedia = mediaExchanges.has(i);
    const name = isMedia ? `media/${sha256}.${ext}` : `response-${responseNumber++}.${ext}`;
    return { sha256, size: bodies[i]!.size, mediaType, name, kind: isMedia ? 'MEDIA' : 'RESPONSE' };
  });
  const rendered: { name: string; kind: string; mediaType: string; bytes: Buffer }[] = rendering
    ? [
        { name: 'screenshot.png', kind: 'SCREENSHOT', mediaType: 'image/png', bytes: rendering.screenshot },
        { name: 'dom.html', kind: 'DOM', mediaType: 'text/html', bytes: Buffer.from(rendering.dom) },
      ]
    : [];
  const renderedStored = await store.putAll(rendered.map((r) => r.bytes));
  rendered.forEach((r, i) =>
    artifacts.push({
      sha256: renderedStored[i]!.sha256,
      size: r.bytes.length,
      mediaType: r.mediaType,
      name: r.name,
      kind: r.kind,
    }),
  );
  const meta = metadata(
    artifacts.map(({ name, sha256, size, mediaType }) => ({ name, sha256, size, mediaType })),
  );
  const warc = await writeWarc({
    software: software.name,
    operator: software.operator,
    exchanges,
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
      name: 'capture.warc.gz',
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
