/**
 * One WARC/1.1 file per capture (gzip per record), written with warcio: a warcinfo record, a
 * response and a request record per exchange (warc-records.ts), resource records for files made
 * during the capture (screenshot, rendered DOM), and a metadata record describing the capture.
 * Every record after the warcinfo names it in WARC-Warcinfo-ID; WARC-Block-Digest and
 * WARC-Payload-Digest are `sha256:` digests.
 */
import { WARCRecord, WARCSerializer } from 'warcio';
import type { RawExchange } from '../../collectors/collector.js';
import { exchangeRecords, recordId, type ExchangeRecordIds } from './warc-records.js';

export interface WarcCapture {
  readonly software: string;
  readonly operator: string;
  readonly exchanges: readonly RawExchange[];
  /** Record ids of each exchange (see warcRecordIds), so metadata.json can name them in advance. */
  readonly recordIds: readonly ExchangeRecordIds[];
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

/** The name metadata.json and the warcinfo record give the file. */
export const WARC_FILENAME = 'capture.warc.gz';

/** Fresh record ids for each exchange's response and request records. */
export function warcRecordIds(exchanges: readonly RawExchange[]): ExchangeRecordIds[] {
  return exchanges.map(() => ({ response: recordId(), request: recordId() }));
}

function serialize(record: WARCRecord): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, {
    gzip: true,
    digest: { algo: 'sha-256', prefix: 'sha256:', base32: false },
  });
}

/** A resource or metadata record made by casegraph itself. */
function ownRecord(
  type: 'resource' | 'metadata',
  url: string,
  mediaType: string,
  bytes: Uint8Array,
  warcinfoId: string,
): WARCRecord {
  return WARCRecord.create(
    {
      url,
      type,
      warcVersion: 'WARC/1.1',
      warcHeaders: { 'Content-Type': mediaType, 'WARC-Warcinfo-ID': warcinfoId },
    },
    [bytes],
  );
}

/** The capture's WARC file as bytes. */
export async function writeWarc(capture: WarcCapture): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo(
    { filename: WARC_FILENAME, warcVersion: 'WARC/1.1' },
    { software: capture.software, operator: capture.operator, format: 'WARC File Format 1.1' },
  );
  const warcinfoId = info.warcHeader('WARC-Record-ID')!;
  parts.push(await serialize(info));
  for (const [i, exchange] of capture.exchanges.entries()) {
    for (const record of exchangeRecords(exchange, capture.recordIds[i]!, warcinfoId))
      parts.push(await serialize(record));
  }
  for (const resource of capture.resources ?? []) {
    const bytes = new Uint8Array(resource.bytes);
    parts.push(await serialize(ownRecord('resource', resource.url, resource.mediaType, bytes, warcinfoId)));
  }
  const metadata = new TextEncoder().encode(JSON.stringify(capture.metadata, null, 2));
  parts.push(
    await serialize(ownRecord('metadata', capture.metadataUrl, 'application/json', metadata, warcinfoId)),
  );
  return Buffer.concat(parts);
}
