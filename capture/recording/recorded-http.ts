/**
 * One HTTP(S) request to an address the guard already checked, kept as it crossed the wire: the
 * request head casegraph wrote, every response byte as received (status line, headers in their
 * order and case with repeats, the body with its chunk framing), and for HTTPS the server's
 * certificate chain, protocol and cipher. The parsed view (status, headers, de-framed body) comes
 * from Node's own HTTP parser reading the same bytes.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import tls, { type TLSSocket } from 'node:tls';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../common/errors.js';
import type { TlsRecord, WireRecord } from '../../common/wire-types.js';
import { bareHost, type ResolvedAddress } from '../net/address-guard.js';
import { tlsRecordOf } from './tls-record.js';

export interface WireRequest {
  readonly url: URL;
  /** The address the guard resolved and checked; the connection goes there and nowhere else. */
  readonly address: ResolvedAddress;
  readonly method: string;
  /** Header pairs in the order to send; Host, Connection and Content-Length are set here. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body?: Buffer;
}

export interface WireOptions {
  /** Bytes of the payload; the head and chunk framing may add FRAMING_ALLOWANCE on the wire. */
  readonly maxBytes: number;
  readonly signal: AbortSignal;
  /** Roots trusted beside Node's own (PEM), from CASEGRAPH_EXTRA_CA_FILE. */
  readonly extraCa?: readonly string[];
}

export interface WireAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly httpVersion: string;
  /** Lower-cased names, repeats joined with `, `: the parsed view collectors read. */
  readonly headers: Record<string, string>;
  /** The payload: transfer framing removed, content coding kept. */
  readonly body: Buffer;
  readonly wire: WireRecord;
}

/** What status line, headers and chunk framing may add to the payload's bytes on the wire. */
const FRAMING_ALLOWANCE = 256 * 1024;

// Never passed on from a browser's request: they describe its connection, not the exchange.
const SET_HERE = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

/** The header pairs casegraph writes, in order: Host first, then the caller's, then framing. */
function headerPairs(request: WireRequest, body: Buffer): [string, string][] {
  const pairs: [string, string][] = [['Host', request.url.host]];
  for (const [name, value] of request.headers)
    if (!SET_HERE.has(name.toLowerCase())) pairs.push([name, value]);
  if (body.length > 0 || !['GET', 'HEAD'].includes(request.method))
    pairs.push(['Content-Length', String(body.length)]);
  // One exchange per connection: the recorded bytes of a socket are exactly one response.
  pairs.push(['Connection', 'close']);
  return pairs;
}

/** The parsed view's headers: names lower-cased, repeats joined as Node joins them. */
export function flatHeaders(raw: readonly string[]): Record<string, string> {
  const flat: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    flat[name] = flat[name] === undefined ? raw[i + 1]! : `${flat[name]}, ${raw[i + 1]!}`;
  }
  return flat;
}

function transportOptions(request: WireRequest, options: WireOptions, pairs: [string, string][]) {
  const { url, address } = request;
  const host = bareHost(url);
  // The name stays in Host and SNI; only the connection is pinned to the checked address.
  const lookup = ((_host, opts, callback) => {
    if (opts.all) callback(null, [address]);
    else callback(null, address.address, address.family);
  }) as LookupFunction;
  const secure = url.protocol === 'https:';
  return {
    hostname: host,
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    method: request.method,
    headers: pairs.flat(),
    setHost: false,
    lookup,
    agent: false,
    signal: options.signal,
    ...(secure && !ipaddr.isValid(host) ? { servername: host } : {}),
    ...(secure && options.extraCa?.length ? { ca: [...tls.rootCertificates, ...options.extraCa] } : {}),
  };
}

/** Sends the request once (no redirect followed) and keeps the answer as received. */
export function sendRecorded(request: WireRequest, options: WireOptions): Promise<WireAnswer> {
  const body = request.body ?? Buffer.alloc(0);
  const pairs = headerPairs(request, body);
  const target = `${request.url.pathname}${request.url.search}`;
  const requestHead = Buffer.from(
    `${request.method} ${target} HTTP/1.1\r\n${pairs.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`,
    'latin1',
  );
  const transport = request.url.protocol === 'https:' ? https : http;
  return new Promise<WireAnswer>((resolve, reject) => {
    const received: Buffer[] = [];
    let size = 0;
    let tlsRecord: TlsRecord | null = null;
    const req = transport.request(transportOptions(request, options, pairs));
    const tooBig = () =>
      req.destroy(
        new AppError(
          'LIMIT_EXCEEDED',
          `${request.url.href}: response larger than ${options.maxBytes} bytes`,
          {
            url: request.url.href,
            maxBytes: options.maxBytes,
            retryable: false,
          },
        ),
      );
    req.on('socket', (socket: Socket) => {
      socket.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes + FRAMING_ALLOWANCE) tooBig();
        else received.push(chunk);
      });
      if (transport === https)
        socket.once('secureConnect', () => (tlsRecord = tlsRecordOf(socket as TLSSocket)));
    });
    req.on('response', (res) => {
      // A declared length over the cap is refused before its body is read.
      if (Number(res.headers['content-length'] ?? 0) > options.maxBytes) return tooBig();
      const chunks: Buffer[] = [];
      let payload = 0;
      res.on('data', (chunk: Buffer) => {
        payload += chunk.length;
        if (payload > options.maxBytes) tooBig();
        else chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          httpVersion: res.httpVersion,
          headers: flatHeaders(res.rawHeaders),
          body: Buffer.concat(chunks),
          wire: {
            requestHead,
            requestBody: body,
            response: Buffer.concat(received),
            rawHeaders: [...res.rawHeaders],
            tls: tlsRecord,
          },
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}
