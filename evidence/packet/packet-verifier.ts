/**
 * Checks an evidence packet the way a defence expert would, and names every defect:
 *   1. the zip, read within limits (entry count and sizes, compression ratio), one entry at a time;
 *   2. the bag: declaration, payload and tag manifests in every algorithm present, Payload-Oxum;
 *   3. the signature, against keys trusted outside the packet;
 *   4. the custody log (one event per line, chained) and its signed checkpoints;
 *   5. every WARC record's block and payload digest;
 *   6. every capture's files against its CAPTURED event and its metadata.json;
 *   7. the release record and the evidence digest the report prints;
 *   8. purged captures, "purged, recorded" by their PURGED custody events.
 * Malformed input ends in a verdict, never in an exception.
 */
import type { Readable } from 'node:stream';
import type { CustodyEvent } from '../../common/custody-types.js';
import { finished } from 'node:stream/promises';
import {
  checkDeclaration,
  checkOxum,
  checkPayloadManifests,
  checkTagManifests,
  manifestsOf,
  type BagContents,
  type BagFile,
} from './verify/bag-checks.js';
import { CAPTURE_JSON, checkCaptures, readCaptureJson, type CaptureFacts } from './verify/capture-checks.js';
import { CUSTODY_FILE, readCustody, type CustodyFindings } from './verify/custody-check.js';
import { Defects, type Defect } from './verify/defects.js';
import { CHANGES_FILE, checkChanges } from './verify/changes-check.js';
import { checkExportRecord, EXPORT_FILE } from './verify/export-check.js';
import { findPurges, type PurgedCapture } from './verify/purge-check.js';
import { BAG_ALGORITHMS, HashTap } from './verify/hash-tap.js';
import { checkCheckpoints, checkSignature, shippedPublicKey, type Trust } from './verify/signature-check.js';
import { checkTokens, TOKEN } from './verify/timestamp-tokens.js';
import { checkWaczs, isWacz, readWacz } from './verify/wacz-check.js';
import { checkWarc } from './verify/warc-check.js';
import type { WaczVerdict } from '../wacz/wacz-validator.js';
import {
  DEFAULT_ZIP_LIMITS,
  openZip,
  ZipRefused,
  type OpenZip,
  type ZipEntry,
  type ZipLimits,
} from './verify/zip-entries.js';

export type { Trust } from './verify/signature-check.js';
export type { Defect } from './verify/defects.js';

export interface VerifyOptions {
  readonly trust: Trust;
  readonly limits?: ZipLimits;
  /**
   * The case's custody chain as it is now, when verify runs inside casegraph for someone who
   * reaches the case: purges recorded after the packet was made are then reported too.
   */
  readonly currentChain?: (caseId: string) => Promise<readonly CustodyEvent[] | null>;
  /** The time-stamping authority's certificate (PEM) tokens are checked against; unset: not checked. */
  readonly tsaCertificatePem?: string | undefined;
}

export interface PacketVerdict {
  readonly valid: boolean;
  /** False when the input could not be read as a packet at all (exit code 2 on the command line). */
  readonly usable: boolean;
  /** Every defect's message, in the order found. */
  readonly problems: string[];
  readonly defects: Defect[];
  /** What the packet lacks without that being a defect (older packets, no timestamps yet). */
  readonly notes: string[];
  /** Captures purged after review or by hand, each "purged, recorded" by its PURGED event. */
  readonly purged: PurgedCapture[];
  readonly payloadFiles: number;
  readonly keyFingerprint: string | null;
  /** The trusted key's name, or null when the signer is unknown. */
  readonly signer: string | null;
  readonly checked: {
    readonly payloadManifests: string[];
    readonly tagManifests: string[];
    readonly warcRecords: number;
    readonly custodyEvents: number;
    readonly checkpoints: number;
    readonly captures: number;
    /** WACZ files checked, and RFC 3161 tokens found valid. */
    readonly waczs: number;
    readonly timestamps: number;
  };
}

/** Small files read whole (tag files, signature, checkpoints, release record), with their caps. */
function keepCap(path: string): number {
  if (/^(tag)?manifest-([a-z0-9]+)\.txt$/.test(path)) {
    return BAG_ALGORITHMS[path.replace(/^(tag)?manifest-|\.txt$/g, '')] ? 32 * 2 ** 20 : 0;
  }
  if (path === 'bagit.txt' || path === 'bag-info.txt' || path.startsWith('signature/')) return 2 ** 20;
  if (path === 'data/custody/checkpoints.json') return 16 * 2 ** 20;
  if (path === EXPORT_FILE || path === CHANGES_FILE || CAPTURE_JSON.test(path)) return 16 * 2 ** 20;
  if (TOKEN.test(path)) return 64 * 2 ** 10;
  return 0;
}

interface Reading {
  readonly zip: OpenZip;
  readonly root: string;
  readonly algorithms: string[];
  readonly defects: Defects;
  readonly files: Map<string, BagFile>;
  readonly texts: Map<string, string>;
  readonly facts: Map<string, CaptureFacts>;
  custody: CustodyFindings | null;
  warcRecords: number;
  /** Each WARC file's kept payloads (SHA-256), by path. */
  readonly warcPayloads: Map<string, ReadonlySet<string>>;
  /** Each WACZ file's own verdict, by path. */
  readonly waczs: Map<string, WaczVerdict>;
  /** Timestamp tokens and the metadata.json files they cover, kept whole. */
  readonly kept: Map<string, Buffer>;
}

/** Drains what a consumer left unread, so the entry is hashed to its end. */
async function drain(tap: HashTap): Promise<void> {
  if (!tap.readableEnded) {
    tap.resume();
    await finished(tap);
  }
}

/** Streams one entry through its hashes and, by its path, the custody or WARC reader. */
async function readEntry(r: Reading, entry: ZipEntry, path: string): Promise<void> {
  const tap = new HashTap(r.algorithms, keepCap(path));
  let stream: Readable;
  try {
    stream = await r.zip.open(entry);
  } catch (error) {
    r.defects.add(
      'unusable',
      `unreadable: ${path} cannot be read from the zip: ${(error as Error).message}`,
      { file: path },
    );
    return;
  }
  stream.on('error', (error) => tap.destroy(error));
  stream.pipe(tap);
  try {
    if (path === CUSTODY_FILE) r.custody = await readCustody(tap, r.defects);
    else if (path.startsWith('data/') && /\.warc(\.gz)?$/.test(path)) {
      const warc = await checkWarc(tap, path, entry.compressedSize, r.defects);
      r.warcRecords += warc.records;
      // A WARC read only in part cannot say which payloads it lacks; its own defect says why.
      if (warc.complete) r.warcPayloads.set(path, warc.payloads);
    } else if (isWacz(path)) {
      r.waczs.set(path, await readWacz(tap));
    }
    await drain(tap);
  } catch (error) {
    const message = (error as Error).message;
    r.defects.add('unusable', `refused: ${path} could not be read to its end: ${message}`, { file: path });
    return;
  }
  r.files.set(path, { digests: tap.digests(), size: tap.size });
  const bytes = tap.bytes();
  if (bytes && (TOKEN.test(path) || path.endsWith('/metadata.json'))) r.kept.set(path, bytes);
  if (CAPTURE_JSON.test(path)) readCaptureJson(path, bytes, r.facts, r.defects);
  else if (bytes) r.texts.set(path, bytes.toString('utf8'));
  else if (keepCap(path) > 0 && tap.overflowed) {
    r.defects.add(
      'malformed',
      `malformed: ${path} is larger than a file of its kind may be, and was not read`,
      { file: path },
    );
  }
}

/** The bag folder: the one top-level folder of the zip. */
function bagRoot(entries: readonly ZipEntry[], defects: Defects): string {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const top = e.name.includes('/') ? e.name.split('/')[0]! : '';
    counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  if (counts.size !== 1 || counts.has('')) {
    defects.add(
      'malformed',
      `malformed: expected one bag folder in the zip, found ${counts.size} top-level names`,
    );
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

async function readPacket(zip: OpenZip, defects: Defects): Promise<Reading> {
  const root = bagRoot(zip.entries, defects);
  const inBag = (name: string) => (name.startsWith(`${root}/`) ? name.slice(root.length + 1) : null);
  const paths = zip.entries.map((e) => inBag(e.name)).filter((p): p is string => p !== null);
  const listed = manifestsOf(paths).map((m) => m.algorithm);
  const algorithms = [...new Set(['sha256', ...listed])].filter((a) => BAG_ALGORITHMS[a]);
  const r: Reading = {
    zip,
    root,
    algorithms,
    defects,
    files: new Map(),
    texts: new Map(),
    facts: new Map(),
    custody: null,
    warcRecords: 0,
    warcPayloads: new Map(),
    waczs: new Map(),
    kept: new Map(),
  };
  for (const entry of zip.entries) {
    const path = inBag(entry.name);
    if (path === null) {
      defects.add('added', `added: ${entry.name} is outside the bag folder ${root}/`, { file: entry.name });
    } else if (r.files.has(path)) {
      defects.add('added', `added: the zip holds ${path} twice`, { file: path });
    } else await readEntry(r, entry, path);
  }
  return r;
}

/** Steps 2 to 8 over what was read; `current` is the case's chain now, when known. */
async function judge(
  r: Reading,
  options: VerifyOptions,
  current: readonly CustodyEvent[] | null,
): Promise<PacketVerdict> {
  const { trust } = options;
  const { defects } = r;
  const notes: string[] = [];
  const bag: BagContents = { files: r.files, text: (p) => r.texts.get(p) };
  checkDeclaration(bag, defects);
  const payloadManifests = checkPayloadManifests(bag, defects);
  checkOxum(bag, defects);
  const tagManifests = checkTagManifests(bag, defects);
  const signer = checkSignature(bag, trust, defects);
  const custody = r.custody ?? { events: 0, caseId: null, hashes: new Map(), captured: new Map() };
  if (!r.custody && !r.files.has(CUSTODY_FILE)) {
    defects.add('missing', `missing: ${CUSTODY_FILE} is not in the packet`, { file: CUSTODY_FILE });
  }
  const checkpoints = checkCheckpoints(bag, custody, trust, shippedPublicKey(bag), defects);
  const captures = checkCaptures(bag, { custody, facts: r.facts, warcPayloads: r.warcPayloads }, defects);
  checkExportRecord(bag, defects, notes);
  checkChanges(bag, defects, notes);
  const purged = findPurges(custody, r.files, current, notes);
  checkWaczs(r.waczs, bag, defects);
  const timestamps = await checkTokens(r.kept, options.tsaCertificatePem, defects, notes);
  if (![...r.files.keys()].some((p) => p.endsWith('.tsr'))) {
    notes.push('no RFC 3161 timestamp tokens: none are made until a time-stamping authority is configured');
  }
  return {
    valid: defects.list.length === 0,
    usable: defects.usable,
    problems: defects.list.map((d) => d.message),
    defects: defects.list,
    notes,
    purged,
    payloadFiles: [...r.files.keys()].filter((p) => p.startsWith('data/')).length,
    keyFingerprint: signer.fingerprint,
    signer: signer.name,
    checked: {
      payloadManifests,
      tagManifests,
      warcRecords: r.warcRecords,
      custodyEvents: custody.events,
      checkpoints,
      captures,
      waczs: r.waczs.size,
      timestamps,
    },
  };
}

/** The verdict for input that is not a usable packet. */
function unusable(message: string): PacketVerdict {
  const defects = new Defects();
  defects.add('unusable', message);
  return {
    valid: false,
    usable: false,
    problems: defects.list.map((d) => d.message),
    defects: defects.list,
    notes: [],
    purged: [],
    payloadFiles: 0,
    keyFingerprint: null,
    signer: null,
    checked: {
      payloadManifests: [],
      tagManifests: [],
      warcRecords: 0,
      custodyEvents: 0,
      checkpoints: 0,
      captures: 0,
      waczs: 0,
      timestamps: 0,
    },
  };
}

/** Verifies the packet at `file` against the trusted keys; always answers a verdict. */
export async function verifyPacket(file: string, options: VerifyOptions): Promise<PacketVerdict> {
  let zip: OpenZip;
  try {
    zip = await openZip(file, options.limits ?? DEFAULT_ZIP_LIMITS);
  } catch (error) {
    const message = (error as Error).message;
    return unusable(error instanceof ZipRefused ? message : `not a readable zip: ${message}`);
  }
  try {
    const reading = await readPacket(zip, new Defects());
    const caseId = reading.custody?.caseId ?? null;
    const current = caseId && options.currentChain ? await options.currentChain(caseId) : null;
    return await judge(reading, options, current);
  } catch (error) {
    // Every check reports into the verdict; this is the last guard, for what none of them foresaw.
    return unusable(`the packet could not be checked: ${(error as Error).message}`);
  } finally {
    zip.close();
  }
}
