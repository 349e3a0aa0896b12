/**
 * One WARC/1.1 file per capture (gzip per record), written with warcio: a warcinfo record, a
 * request and a response record per exchange, and a metadata record describing the capture.
 * warcio fills WARC-Block-Digest and WARC-Payload-Digest with `sha256:` digests.
 */
import { WARCRecord, WARCSerializer } from 'warcio';
import type { RawExchange } from '../../collectors/collector.js';

export interface WarcCapture {
  readonly software: string;
  readonly operator: string;
  readonly exchanges: readonly RawExchange[];
  /** JSON describing the capture, stored as the last (metadata) record. */
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly metadataUrl: string;
  /** Files made during the capture (screenshot, rendered DOM), as resource records. */
  readonly resources?: readonly {
    readonly url: string;
    readonly mediaType: string;
    readonly bytes: Buffer;
  }[];
}

/** Headers as sent on the wire, minus the chunking the recorded body no longer has. */
function wireHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (name !== 'transfer-encoding') out[name] = value;
  return out;
}

async function serialize(record: WARCRecord): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, {
    gzip: true,
    digest: { algo: 'sha-256', prefix: 'sha256:', base32: false },
  });
}

/** The capture's WARC file as bytes. */
export async function writeWarc(capture: WarcCapture): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo(
    { filename: 'capture.warc.gz', warcVersion: 'WARC/1.1' },
    { software: capture.software, operator: capture.operator, format: 'WARC File Format 1.1' },
  );
  parts.push(await serialize(info));
  for (const exchange of capture.exchanges) {
    const url = exchange.request.url;
    const date = exchange.timing.startedAt;
    const target = new URL(url);
    const request = WARCRecord.create(
      {
        url,
        date,
        type: 'request',
        warcVersion: 'WARC/1.1',
        statusline: `${exchange.request.method} ${target.pathname}${target.search} HTTP/1.1`,
        httpHeaders: { host: target.host, ...exchange.request.headers },
      },
      [],
    );
    parts.push(await serialize(request));
    const response = WARCRecord.create(
      {
        url,
        date,
        type: 'response',
        warcVersion: 'WARC/1.1',
        warcHeaders: { 'WARC-IP-Address': exchange.serverIp },
        statusline: `HTTP/${exchange.response.httpVersion} ${exchange.response.status} ${exchange.response.statusText}`,
        httpHeaders: wireHeaders(exchange.response.headers),
      },
      [new Uint8Array(exchange.response.body)],
    );
    parts.push(await serialize(response));
  }
  for (const resource of capture.resources ?? []) {
    const record = WARCRecord.create(
      {
        url: resource.url,
        type: 'resource',
        warcVersion: 'WARC/1.1',
        warcHeaders: { 'Content-Type': resource.mediaType },
      },
      [new Uint8Array(resource.bytes)],
    );
    parts.push(await serialize(record));
  }
  const metadata = WARCRecord.create(
    {
      url: capture.metadataUrl,
      type: 'metadata',
      warcVersion: 'WARC/1.1',
      warcHeaders: { 'Content-Type': 'application/json' },
    },
    [new TextEncoder().encode(JSON.stringify(capture.metadata, null, 2))],
  );
  parts.push(await serialize(metadata));
  return Buffer.concat(parts);
}
