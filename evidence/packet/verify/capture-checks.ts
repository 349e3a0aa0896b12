/**
 * The payload against what was recorded at collection: every file of a capture must have a SHA-256
 * its CAPTURED custody event listed, every file metadata.json names must hash as it says, and the
 * capture record must point at that metadata.json. A packet whose files were replaced and whose
 * manifests were recomputed still fails here, unless the custody chain was rewritten too (which
 * breaks its signed checkpoints).
 */
import type { BagContents } from './bag-checks.js';
import type { CustodyFindings } from './custody-check.js';
import type { Defects } from './defects.js';

/** Files the export writes, not the capture; they are not in the CAPTURED event. */
const MADE_AT_EXPORT = new Set(['capture-record.json']);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The capture folders of the payload: capture id → names of its files (relative to the folder). */
export function captureFolders(paths: Iterable<string>): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const path of paths) {
    const match = /^data\/captures\/([^/]+)\/(.+)$/.exec(path);
    if (!match) continue;
    const files = folders.get(match[1]!) ?? [];
    files.push(match[2]!);
    folders.set(match[1]!, files);
  }
  return folders;
}

/** What the verifier keeps of a capture's JSON files: only the facts it compares. */
export interface CaptureFacts {
  /** metadata.json's exchange bodies, or null when it could not be read. */
  bodies?: { readonly name: string; readonly sha256: string }[] | null;
  /** capture-record.json's own id and its metadata.json hash, or null when unreadable. */
  record?: { readonly id: unknown; readonly metadataSha256: unknown } | null;
}

/** A capture's JSON file from the payload, and the capture it belongs to. */
export const CAPTURE_JSON = /^data\/captures\/([^/]+)\/(metadata|capture-record)\.json$/;

function parseJson(path: string, bytes: Buffer | null, defects: Defects): unknown {
  if (bytes === null) {
    defects.add('malformed', `malformed: ${path} is too large to read`, { file: path });
    return undefined;
  }
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    defects.add('malformed', `malformed: ${path} is not JSON (${(error as Error).message})`, { file: path });
    return undefined;
  }
}

/** Reads the facts of one metadata.json or capture-record.json as it comes out of the zip. */
export function readCaptureJson(
  path: string,
  bytes: Buffer | null,
  facts: Map<string, CaptureFacts>,
  defects: Defects,
): void {
  const match = CAPTURE_JSON.exec(path);
  if (!match) return;
  const entry = facts.get(match[1]!) ?? {};
  facts.set(match[1]!, entry);
  const value = parseJson(path, bytes, defects);
  if (match[2] === 'capture-record') {
    entry.record = isObject(value) ? { id: value.id, metadataSha256: value.metadataSha256 } : null;
    return;
  }
  if (value !== undefined && !(isObject(value) && Array.isArray(value.exchanges))) {
    defects.add('malformed', `malformed: ${path} has no list of exchanges`, { file: path });
  }
  const exchanges = isObject(value) && Array.isArray(value.exchanges) ? (value.exchanges as unknown[]) : null;
  entry.bodies =
    exchanges?.flatMap((exchange) => {
      const body = isObject(exchange) ? exchange.body : undefined;
      return isObject(body) && typeof body.name === 'string' && typeof body.sha256 === 'string'
        ? [{ name: body.name, sha256: body.sha256 }]
        : [];
    }) ?? null;
}

/** One capture folder against its CAPTURED event. */
function checkAgainstCustody(
  id: string,
  names: readonly string[],
  bag: BagContents,
  custody: CustodyFindings,
  defects: Defects,
): void {
  const folder = `data/captures/${id}`;
  const event = custody.captured.get(id);
  if (!event) {
    defects.add('custody', `custody: no CAPTURED event in the custody log names capture ${id} (${folder}/)`, {
      file: folder,
    });
    return;
  }
  const present = new Set<string>();
  for (const name of names) {
    if (MADE_AT_EXPORT.has(name)) continue;
    const path = `${folder}/${name}`;
    const sha256 = bag.files.get(path)?.digests.sha256;
    if (!sha256) continue;
    present.add(sha256);
    if (!event.hashes.has(sha256)) {
      defects.add(
        'altered',
        `altered: ${path} has SHA-256 ${sha256}, which CAPTURED event ${event.seq} did not record at collection`,
        { file: path, event: event.seq },
      );
    }
  }
  for (const hash of event.hashes) {
    if (!present.has(hash)) {
      defects.add(
        'missing',
        `missing: CAPTURED event ${event.seq} recorded ${hash}, and no file of ${folder}/ has it`,
        {
          file: folder,
          event: event.seq,
        },
      );
    }
  }
}

/** The bodies metadata.json lists, and the capture record's pointer to metadata.json. */
function checkAgainstMetadata(id: string, facts: CaptureFacts, bag: BagContents, defects: Defects): void {
  const folder = `data/captures/${id}`;
  const metadataPath = `${folder}/metadata.json`;
  for (const body of facts.bodies ?? []) {
    const path = `${folder}/${body.name}`;
    const actual = bag.files.get(path)?.digests.sha256;
    if (actual === undefined) {
      defects.add(
        'missing',
        `missing: ${metadataPath} lists ${body.name} (SHA-256 ${body.sha256}), which is not in the packet`,
        {
          file: path,
        },
      );
    } else if (actual !== body.sha256) {
      defects.add(
        'altered',
        `altered: ${path} has SHA-256 ${actual}, ${metadataPath} recorded ${body.sha256}`,
        { file: path },
      );
    }
  }
  const record = facts.record;
  if (!record) return;
  const metadataSha256 = bag.files.get(metadataPath)?.digests.sha256;
  if (
    typeof record.metadataSha256 === 'string' &&
    metadataSha256 &&
    record.metadataSha256 !== metadataSha256
  ) {
    defects.add(
      'altered',
      `altered: ${metadataPath} has SHA-256 ${metadataSha256}, its capture record says ${record.metadataSha256}`,
      {
        file: metadataPath,
      },
    );
  }
  if (record.id !== id) {
    defects.add(
      'altered',
      `altered: ${folder}/capture-record.json is the record of ${String(record.id)}, not of ${id}`,
      {
        file: `${folder}/capture-record.json`,
      },
    );
  }
}

/** What the captures are compared with. */
export interface CaptureEvidence {
  readonly custody: CustodyFindings;
  readonly facts: ReadonlyMap<string, CaptureFacts>;
  /** Each WARC file's kept payloads (SHA-256), by path. */
  readonly warcPayloads: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Files the WARC does not hold as a record payload: itself, the timestamp token, what the export writes. */
// The timestamp token is over metadata.json, made after the WARC that holds metadata.json.
const NOT_IN_WARC = new Set(['capture.warc.gz', 'capture.warc', 'metadata.json.tsr', ...MADE_AT_EXPORT]);

/**
 * Each kept file of a capture against its WARC: a response body, media file, screenshot, DOM or
 * metadata.json must be the payload of one of the WARC's records, since both were written from
 * the same bytes at collection.
 */
function checkAgainstWarc(
  id: string,
  names: readonly string[],
  bag: BagContents,
  warcPayloads: ReadonlyMap<string, ReadonlySet<string>>,
  defects: Defects,
): void {
  const folder = `data/captures/${id}`;
  const warc = [`${folder}/capture.warc.gz`, `${folder}/capture.warc`].find((p) => warcPayloads.has(p));
  if (!warc) return;
  const payloads = warcPayloads.get(warc)!;
  for (const name of names) {
    if (NOT_IN_WARC.has(name)) continue;
    const path = `${folder}/${name}`;
    const sha256 = bag.files.get(path)?.digests.sha256;
    if (sha256 && !payloads.has(sha256)) {
      const message = `altered: ${path} has SHA-256 ${sha256}, which is not the payload of any record in ${warc}`;
      defects.add('altered', message, { file: path });
    }
  }
}

/** Every capture folder against the custody log, its WARC and its own metadata. */
export function checkCaptures(bag: BagContents, evidence: CaptureEvidence, defects: Defects): number {
  const folders = captureFolders(bag.files.keys());
  for (const [id, names] of folders) {
    checkAgainstCustody(id, names, bag, evidence.custody, defects);
    checkAgainstWarc(id, names, bag, evidence.warcPayloads, defects);
    checkAgainstMetadata(id, evidence.facts.get(id) ?? {}, bag, defects);
  }
  return folders.size;
}
