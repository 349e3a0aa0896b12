/**
 * The WARC/1.1 records of one exchange, made with warcio: a response record and a request record
 * that names it in WARC-Concurrent-To, both carrying WARC-IP-Address and the file's
 * WARC-Warcinfo-ID. Where the exchange was recorded on the wire, each block is the bytes exactly as
 * they crossed it (status line, headers in their order and case with repeats, chunk framing) and
 * WARC-Payload-Digest is the SHA-256 of the payload with the framing removed; otherwise the block
 * is rebuilt from the parsed view, as for exchanges made before recording existed.
 */
import crypto from 'node:crypto';
import { WARCRecord } from 'warcio';
import type { RawExchange } from '../../collectors/collector.js';

/** A fresh record id in the form WARC/1.1 §5.2 shows. */
export const recordId = () => `<urn:uuid:${crypto.randomUUID()}>`;

const sha256 = (bytes: Uint8Array) => `sha256:${crypto.createHash('sha256').update(bytes).digest('hex')}`;

/** Yields the bytes once, as warcio reads a record's block. */
async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** A record whose block is `block` as given: warcio must not rebuild an HTTP head in front of it. */
function rawHttpRecord(
  type: 'request' | 'response',
  fields: { url: string; date: string; warcHeaders: Record<string, string> },
  block: Uint8Array,
  payloadDigest: string,
): WARCRecord {
  const record = WARCRecord.create(
    {
      url: fields.url,
      date: fields.date,
      type,
      warcVersion: 'WARC/1.1',
      warcHeaders: {
        ...fields.warcHeaders,
        'Content-Type': `application/http; msgtype=${type}`,
        'WARC-Payload-Digest': payloadDigest,
      },
    },
    once(block),
  );
  record.httpHeaders = null;
  return record;
}

/** Headers as the parsed view holds them, minus the chunking the parsed body no longer has. */
function parsedHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (name !== 'transfer-encoding') out[name] = value;
  return out;
}

export interface ExchangeRecordIds {
  readonly response: string;
  readonly request: string;
}

/** The response and request records of one exchange, in that order. */
export function exchangeRecords(
  exchange: RawExchange,
  ids: ExchangeRecordIds,
  warcinfoId: string,
): [WARCRecord, WARCRecord] {
  const url = exchange.request.url;
  const date = exchange.timing.startedAt;
  const common = { 'WARC-Warcinfo-ID': warcinfoId, 'WARC-IP-Address': exchange.serverIp };
  const responseHeaders = { ...common, 'WARC-Record-ID': ids.response };
  const requestHeaders = { ...common, 'WARC-Record-ID': ids.request, 'WARC-Concurrent-To': ids.response };
  const { wire } = exchange;
  if (wire) {
    const requestBlock = Buffer.concat([wire.requestHead, wire.requestBody]);
    return [
      rawHttpRecord(
        'response',
        { url, date, warcHeaders: responseHeaders },
        wire.response,
        sha256(exchange.response.body),
      ),
      rawHttpRecord(
        'request',
        { url, date, warcHeaders: requestHeaders },
        requestBlock,
        sha256(wire.requestBody),
      ),
    ];
  }
  const target = new URL(url);
  const response = WARCRecord.create(
    {
      url,
      date,
      type: 'response',
      warcVersion: 'WARC/1.1',
      warcHeaders: responseHeaders,
      statusline: `HTTP/${exchange.response.httpVersion} ${exchange.response.status} ${exchange.response.statusText}`,
      httpHeaders: parsedHeaders(exchange.response.headers),
    },
    once(new Uint8Array(exchange.response.body)),
  );
  const request = WARCRecord.create(
    {
      url,
      date,
      type: 'request',
      warcVersion: 'WARC/1.1',
      warcHeaders: requestHeaders,
      statusline: `${exchange.request.method} ${target.pathname}${target.search} HTTP/1.1`,
      httpHeaders: { host: target.host, ...exchange.request.headers },
    },
    once(new Uint8Array()),
  );
  return [response, request];
}
