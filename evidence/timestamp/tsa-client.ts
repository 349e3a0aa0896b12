/**
 * Asks the configured time-stamping authority for an RFC 3161 token over a SHA-256 digest: POST
 * application/timestamp-query, within a time limit and a size limit on the answer. The TSA's
 * endpoint must be on the fetch allowlist (checked at start-up) and is refused, like any
 * collector request, when it is one of casegraph's own services; the connection goes to exactly
 * the address that was checked. The answer is kept only when it checks out: granted, over this
 * digest, with this request's nonce, signed by the configured TSA certificate.
 */
import crypto from 'node:crypto';
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { ForbiddenEndpoints } from '../../capture/net/forbidden-endpoints.js';
import { checkTimestamp } from './timestamp-check.js';
import { readTimestampResponse, timestampRequest } from './timestamp-request.js';

export interface TsaOptions {
  readonly url: string;
  readonly certificatePem: string;
  readonly forbidden: ForbiddenEndpoints;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

/** A token as kept: the TimeStampResp DER (what `openssl ts -verify -in` reads) and its time. */
export interface Timestamp {
  readonly tsr: Buffer;
  readonly time: string;
}

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 64 * 2 ** 10 };

async function checkedAddress(
  url: URL,
  forbidden: ForbiddenEndpoints,
): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const { address, family } = await dns.lookup(host);
  const service = await forbidden.find(host, address, port);
  if (service) throw new Error(`the time-stamping authority's address is casegraph's own ${service.service}`);
  return { address, family };
}

function post(url: URL, body: Buffer, pinned: { address: string; family: number }, limits: typeof DEFAULTS) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Buffer>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/timestamp-query', 'content-length': body.length },
        timeout: limits.timeoutMs,
        lookup: (_host, _options, done) => done(null, pinned.address, pinned.family),
      },
      (response) => {
        const type = response.headers['content-type'] ?? '';
        if (response.statusCode !== 200 || !type.startsWith('application/timestamp-reply')) {
          response.resume();
          reject(new Error(`the authority answered HTTP ${response.statusCode} (${type || 'no type'})`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes)
            request.destroy(new Error(`the answer is larger than ${limits.maxBytes} bytes`));
          else chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks)));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${limits.timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

/** The client of one configured authority. */
export class TsaClient {
  constructor(private readonly options: TsaOptions) {}

  get url(): string {
    return this.options.url;
  }

  /** A checked token over `data`'s SHA-256; an Error in words when none could be had. */
  async stamp(data: Buffer): Promise<Timestamp> {
    const sha256Hex = crypto.createHash('sha256').update(data).digest('hex');
    const url = new URL(this.options.url);
    const limits = {
      timeoutMs: this.options.timeoutMs ?? DEFAULTS.timeoutMs,
      maxBytes: this.options.maxBytes ?? DEFAULTS.maxBytes,
    };
    const { der, nonce } = timestampRequest(sha256Hex);
    const tsr = await post(url, der, await checkedAddress(url, this.options.forbidden), limits);
    const verdict = await checkTimestamp(tsr, data, this.options.certificatePem);
    if (!verdict.valid) throw new Error(verdict.problems.join('; '));
    const answered = readTimestampResponse(tsr).tstInfo.nonce;
    const asNumber = (bytes: Uint8Array) => BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
    if (!answered || asNumber(answered.valueBlock.valueHexView) !== asNumber(nonce)) {
      throw new Error('the token does not carry the nonce of this request');
    }
    return { tsr, time: verdict.time! };
  }
}
