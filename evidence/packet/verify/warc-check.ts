/**
 * Every record of a packet's WARC file against its own digests: WARC-Block-Digest over the record
 * block, WARC-Payload-Digest over the payload (for HTTP records, the entity body that follows the
 * HTTP headers with chunked transfer framing removed and any content coding kept; WARC 1.1
 * §5.8–5.9). The file is inflated here, not inside warcio, so the inflated size is capped (a gzip
 * bomb inside a zip that passed its own limits) and warcio never buffers more header bytes than
 * the cap allows.
 */
import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
import type { Defects } from './defects.js';

export interface WarcLimits {
  /** Inflated bytes per compressed byte, beyond a floor of `inflateFloorBytes`. */
  readonly maxInflateRatio: number;
  readonly inflateFloorBytes: number;
  /** Bytes of WARC headers, and of HTTP headers, one record may have. */
  readonly maxHeaderBytes: number;
}

export const DEFAULT_WARC_LIMITS: WarcLimits = {
  maxInflateRatio: 200,
  inflateFloorBytes: 64 * 2 ** 20,
  maxHeaderBytes: 256 * 2 ** 10,
};

/** A limit was passed while reading: the rest of the file is not read. */
class WarcLimit extends Error {}

const DIGEST_ALGORITHMS: Readonly<Record<string, string>> = {
  sha1: 'sha1',
  'sha-1': 'sha1',
  sha256: 'sha256',
  'sha-256': 'sha256',
  sha512: 'sha512',
  'sha-512': 'sha512',
};
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/** A labelled digest (`sha256:<hex>` or `sha1:<base32>`) to check bytes against. */
class LabelledDigest {
  private readonly hash: crypto.Hash | null;
  readonly algorithm: string;
  readonly expected: string;

  constructor(readonly label: string) {
    const colon = label.indexOf(':');
    this.algorithm = label.slice(0, colon).toLowerCase();
    this.expected = label.slice(colon + 1);
    const node = DIGEST_ALGORITHMS[this.algorithm];
    this.hash = colon > 0 && node ? crypto.createHash(node) : null;
  }

  get known(): boolean {
    return this.hash !== null;
  }

  update(bytes: Uint8Array): void {
    this.hash?.update(bytes);
  }

  /** The computed digest in the label's own encoding, or null when it is not the expected one. */
  mismatch(): string | null {
    const raw = this.hash!.digest();
    const hex = raw.toString('hex');
    if (this.expected.toLowerCase() === hex || this.expected.toUpperCase() === base32(raw)) return null;
    return /^[0-9a-f]+$/i.test(this.expected)
      ? `${this.algorithm}:${hex}`
      : `${this.algorithm}:${base32(raw)}`;
  }
}

interface RecordContext {
  readonly file: string;
  readonly number: number;
  readonly defects: Defects;
  readonly limits: WarcLimits;
}

/** How a defect names a record: its number in the file, type, target and record id. */
function recordName(record: WARCRecord, number: number): string {
  const id = record.warcHeader('WARC-Record-ID') ?? 'without WARC-Record-ID';
  const target = record.warcTargetURI ? ` ${record.warcTargetURI}` : '';
  return `record ${number} (${record.warcType ?? 'untyped'}${target}, ${id})`;
}

/** The record's stated digests, ready to be fed; unknown algorithms are reported. */
function statedDigests(record: WARCRecord, name: string, ctx: RecordContext) {
  const where = { file: ctx.file, record: name };
  const type = record.warcType ?? '';
  const blockLabel = record.warcBlockDigest;
  const payloadLabel = type === 'revisit' ? undefined : record.warcPayloadDigest;
  if (!blockLabel && type !== 'warcinfo') {
    ctx.defects.add('malformed', `malformed: ${ctx.file} ${name} has no WARC-Block-Digest`, where);
  }
  const block = blockLabel ? new LabelledDigest(blockLabel) : null;
  const payload = payloadLabel ? new LabelledDigest(payloadLabel) : null;
  for (const d of [block, payload]) {
    if (d && !d.known) {
      const message = `malformed: ${ctx.file} ${name} has a digest this verifier cannot check: ${d.label}`;
      ctx.defects.add('malformed', message, where);
    }
  }
  return { block, payload };
}

/** Records whose payload is a file the capture also keeps on its own. */
const KEPT_PAYLOADS = new Set(['response', 'resource', 'metadata']);

/**
 * Hashes one record's block and payload as they stream and reports what does not match. Returns
 * the SHA-256 of the payload of a response, resource or metadata record (null for others).
 */
async function checkRecord(record: WARCRecord, ctx: RecordContext): Promise<string | null> {
  const name = recordName(record, ctx.number);
  const { block, payload } = statedDigests(record, name, ctx);
  const kept = KEPT_PAYLOADS.has(record.warcType ?? '') ? crypto.createHash('sha256') : null;
  const http = /^application\/http/i.test(record.warcContentType ?? '');
  const split = new HeaderSplit(http ? ctx.limits.maxHeaderBytes : 0);
  let dechunk: Dechunker | null = null;
  for await (const chunk of record.reader) {
    block?.update(chunk);
    const body = split.body(chunk);
    if (body === 'too long') {
      throw new WarcLimit(`${name} has HTTP headers longer than ${ctx.limits.maxHeaderBytes} bytes`);
    }
    if (body.length) {
      dechunk ??= split.chunked ? new Dechunker() : null;
      const entity = dechunk ? dechunk.feed(body) : body;
      payload?.update(entity);
      kept?.update(entity);
    }
  }
  if (dechunk?.broken) {
    const message = `malformed: ${ctx.file} ${name} has a chunked body whose framing does not parse`;
    ctx.defects.add('malformed', message, { file: ctx.file, record: name });
  }
  const report = (d: LabelledDigest | null, header: string, what: string) => {
    const got = d?.known ? d.mismatch() : null;
    if (got) {
      const message = `altered: ${ctx.file} ${name}: ${header} says ${d!.label}, the ${what} hashes to ${got}`;
      ctx.defects.add('altered', message, { file: ctx.file, record: name });
    }
  };
  report(block, 'WARC-Block-Digest', 'block');
  report(payload, 'WARC-Payload-Digest', 'payload');
  return kept ? kept.digest('hex') : null;
}

/** Finds where an HTTP message's headers end (the first CRLF CRLF), across chunks. */
class HeaderSplit {
  private head = '';
  private inBody: boolean;
  /** Whether the headers end the message's transfer codings with chunked (known once in the body). */
  chunked = false;

  constructor(private readonly maxHeaderBytes: number) {
    this.inBody = maxHeaderBytes === 0;
  }

  /** The part of `chunk` that is payload; 'too long' when the headers pass the cap. */
  body(chunk: Uint8Array): Uint8Array | 'too long' {
    if (this.inBody) return chunk;
    const before = this.head.length;
    this.head += Buffer.from(chunk).toString('latin1');
    const end = this.head.indexOf('\r\n\r\n', Math.max(0, before - 3));
    if (end === -1) {
      return this.head.length > this.maxHeaderBytes ? 'too long' : new Uint8Array(0);
    }
    this.inBody = true;
    this.chunked = isChunked(this.head.slice(0, end));
    return chunk.subarray(end + 4 - before);
  }
}

/** Whether an HTTP head's last Transfer-Encoding coding is chunked (RFC 9112 §6.1). */
function isChunked(head: string): boolean {
  const codings = head
    .split('\r\n')
    .slice(1)
    .filter((line) => /^transfer-encoding\s*:/i.test(line))
    .flatMap((line) => line.slice(line.indexOf(':') + 1).split(','))
    .map((coding) => coding.trim().toLowerCase())
    .filter(Boolean);
  return codings.at(-1) === 'chunked';
}

/**
 * Removes chunked transfer framing as the body streams (RFC 9112 §7.1): chunk sizes and
 * extensions, each chunk's CRLF, the last chunk and trailers. What follows the message is ignored.
 */
class Dechunker {
  private state: 'size' | 'data' | 'data-end' | 'trailer' | 'done' = 'size';
  private line = '';
  private left = 0;
  broken = false;

  feed(bytes: Uint8Array): Uint8Array {
    const out: Uint8Array[] = [];
    let at = 0;
    while (at < bytes.length && this.state !== 'done' && !this.broken) {
      if (this.state === 'data') {
        const take = Math.min(this.left, bytes.length - at);
        out.push(bytes.subarray(at, at + take));
        at += take;
        this.left -= take;
        if (this.left === 0) this.state = 'data-end';
        continue;
      }
      const lf = bytes.indexOf(0x0a, at);
      const stop = lf === -1 ? bytes.length : lf + 1;
      this.line += Buffer.from(bytes.subarray(at, stop)).toString('latin1');
      at = stop;
      if (this.line.length > 4096) this.broken = true;
      if (lf !== -1) this.endLine(this.line.replace(/\r?\n$/, ''));
    }
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }

  private endLine(line: string): void {
    this.line = '';
    if (this.state === 'data-end') {
      if (line === '') this.state = 'size';
      else this.broken = true;
    } else if (this.state === 'trailer') {
      if (line === '') this.state = 'done';
    } else {
      const size = /^([0-9a-f]+)\s*(;.*)?$/i.exec(line);
      if (!size) this.broken = true;
      else if ((this.left = parseInt(size[1]!, 16)) === 0) this.state = 'trailer';
      else this.state = 'data';
    }
  }
}

/**
 * The inflated bytes in pieces of at most 64 KiB, refusing more than the inflation cap, and
 * refusing header bytes past the cap while warcio is between records.
 */
async function* bounded(
  source: AsyncIterable<Buffer>,
  maxBytes: number,
  phase: { headers: boolean; headerBytes: number; maxHeaderBytes: number },
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    for (let at = 0; at < chunk.length; at += 65536) {
      const piece = chunk.subarray(at, at + 65536);
      total += piece.length;
      if (total > maxBytes) throw new WarcLimit(`it inflates to more than ${maxBytes} bytes`);
      if (phase.headers && (phase.headerBytes += piece.length) > phase.maxHeaderBytes + 65536) {
        throw new WarcLimit(`a record's WARC headers are longer than ${phase.maxHeaderBytes} bytes`);
      }
      yield piece;
    }
  }
}

/** What a WARC file held: how many records, and the SHA-256 of each kept payload. */
export interface WarcFindings {
  readonly records: number;
  readonly payloads: ReadonlySet<string>;
  /** False when the file could not be read to its end (its payloads are then only some). */
  readonly complete: boolean;
}

/**
 * Checks every record of the WARC streaming out of `entry` (gzip per record or plain). The entry
 * may be left partly unread when the file is unreadable.
 */
export async function checkWarc(
  entry: Readable,
  file: string,
  compressedSize: number,
  defects: Defects,
  limits: WarcLimits = DEFAULT_WARC_LIMITS,
): Promise<WarcFindings> {
  const payloads = new Set<string>();
  const gunzip = file.endsWith('.gz') ? zlib.createGunzip() : null;
  const inflated: AsyncIterable<Buffer> = gunzip ? entry.pipe(gunzip) : entry;
  const maxBytes = limits.inflateFloorBytes + compressedSize * limits.maxInflateRatio;
  const phase = { headers: true, headerBytes: 0, maxHeaderBytes: limits.maxHeaderBytes };
  const parser = new WARCParser(new AsyncIterReader(bounded(inflated, maxBytes, phase), null), {
    parseHttp: false,
  });
  let number = 0;
  let complete = false;
  try {
    for await (const record of parser) {
      phase.headers = false;
      number += 1;
      const kept = await checkRecord(record, { file, number, defects, limits });
      if (kept) payloads.add(kept);
      phase.headers = true;
      phase.headerBytes = 0;
    }
    if (number === 0) defects.add('malformed', `malformed: ${file} holds no WARC record`, { file });
    complete = true;
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof WarcLimit) {
      defects.add('unusable', `refused: ${file} was not read to its end: ${message}`, { file });
    } else {
      defects.add(
        'malformed',
        `malformed: ${file} is not a readable WARC after record ${number}: ${message}`,
        {
          file,
        },
      );
    }
  } finally {
    gunzip?.destroy();
  }
  return { records: number, payloads, complete };
}
