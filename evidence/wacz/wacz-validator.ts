/**
 * Checks a WACZ the way WACZ Signing and Verification 0.1.0 says to: every file datapackage.json
 * lists is in the zip with that SHA-256 and size (and nothing else is), the files WACZ 1.1.1
 * requires are there, datapackage-digest.json holds datapackage.json's own hash, and the signature
 * in it is a valid signature of that hash by the public key it names. Whose key that is, is the
 * caller's question. Reads within the packet verifier's zip limits; answers problems, never throws.
 */
import crypto from 'node:crypto';
import { DEFAULT_ZIP_LIMITS, openZip, type ZipLimits } from '../packet/verify/zip-entries.js';
import { signatureHolds, waczHash, type SignedData } from './wacz-signature.js';

export interface WaczVerdict {
  readonly valid: boolean;
  readonly problems: string[];
  /** archive/ files and their SHA-256 hex, as hashed from the zip. */
  readonly warcs: ReadonlyMap<string, string>;
  readonly signedData: SignedData | null;
  readonly resources: number;
}

/** datapackage.json and its digest are read whole; nothing else is kept. */
const SMALL = new Set(['datapackage.json', 'datapackage-digest.json']);
const MAX_SMALL = 16 * 2 ** 20;

interface Read {
  readonly hashes: Map<string, { sha256: string; size: number }>;
  readonly small: Map<string, Buffer>;
}

async function readAll(file: string, limits: ZipLimits, problems: string[]): Promise<Read> {
  const zip = await openZip(file, limits);
  const read: Read = { hashes: new Map(), small: new Map() };
  try {
    for (const entry of zip.entries) {
      if (read.hashes.has(entry.name)) problems.push(`${entry.name} is in the WACZ twice`);
      const hash = crypto.createHash('sha256');
      const kept: Buffer[] = [];
      let size = 0;
      for await (const chunk of await zip.open(entry)) {
        const bytes = chunk as Buffer;
        size += bytes.length;
        hash.update(bytes);
        if (SMALL.has(entry.name) && size <= MAX_SMALL) kept.push(bytes);
      }
      read.hashes.set(entry.name, { sha256: hash.digest('hex'), size });
      if (SMALL.has(entry.name) && size <= MAX_SMALL) read.small.set(entry.name, Buffer.concat(kept));
    }
  } finally {
    zip.close();
  }
  return read;
}

function parse(read: Read, name: string, problems: string[]): Record<string, unknown> | null {
  const bytes = read.small.get(name);
  if (!bytes) {
    problems.push(`${name} is missing from the WACZ, or too large to read`);
    return null;
  }
  try {
    const value = JSON.parse(bytes.toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  problems.push(`${name} is not a JSON object`);
  return null;
}

/** Each listed resource against the zip; what the zip holds beyond the list. */
function checkResources(datapackage: Record<string, unknown>, read: Read, problems: string[]): number {
  if (datapackage.profile !== 'data-package')
    problems.push('datapackage.json: profile is not "data-package"');
  if (typeof datapackage.wacz_version !== 'string') problems.push('datapackage.json: no wacz_version');
  const resources = Array.isArray(datapackage.resources) ? (datapackage.resources as unknown[]) : [];
  const listed = new Set<string>(SMALL);
  for (const r of resources) {
    const res = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
    const path = String(res.path);
    listed.add(path);
    const actual = read.hashes.get(path);
    if (!actual) problems.push(`datapackage.json lists ${path}, which is not in the WACZ`);
    else if (res.hash !== `sha256:${actual.sha256}`) {
      problems.push(`${path} has SHA-256 ${actual.sha256}; datapackage.json says ${String(res.hash)}`);
    } else if (res.bytes !== actual.size) {
      problems.push(`${path} is ${actual.size} bytes; datapackage.json says ${String(res.bytes)}`);
    }
  }
  for (const name of read.hashes.keys()) {
    if (!listed.has(name)) problems.push(`${name} is in the WACZ but not listed in datapackage.json`);
  }
  const paths = [...read.hashes.keys()];
  if (!paths.includes('pages/pages.jsonl')) problems.push('pages/pages.jsonl is missing');
  if (!paths.some((p) => /^indexes\/.+\.cdxj(\.gz)?$/.test(p))) problems.push('no CDXJ index under indexes/');
  if (!paths.some((p) => /^archive\/.+\.warc(\.gz)?$/.test(p))) problems.push('no WARC file under archive/');
  return resources.length;
}

function checkDigest(read: Read, problems: string[]): SignedData | null {
  const digest = parse(read, 'datapackage-digest.json', problems);
  const datapackage = read.small.get('datapackage.json');
  if (!digest || !datapackage) return null;
  const hash = waczHash(datapackage);
  if (digest.path !== 'datapackage.json')
    problems.push('datapackage-digest.json: path is not "datapackage.json"');
  if (digest.hash !== hash) {
    problems.push(`datapackage.json hashes to ${hash}; datapackage-digest.json says ${String(digest.hash)}`);
  }
  const signed = digest.signedData as SignedData | undefined;
  if (!signed || typeof signed !== 'object') {
    problems.push('datapackage-digest.json carries no signature');
    return null;
  }
  if (signed.hash !== hash)
    problems.push(`the signature is over ${String(signed.hash)}, not datapackage.json's ${hash}`);
  if (!signatureHolds(signed))
    problems.push('the signature in datapackage-digest.json does not verify with its public key');
  return signed;
}

/** Checks the WACZ at `file`. */
export async function validateWacz(
  file: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<WaczVerdict> {
  const problems: string[] = [];
  let read: Read;
  try {
    read = await readAll(file, limits, problems);
  } catch (error) {
    const message = `the WACZ cannot be read as a zip: ${(error as Error).message}`;
    return { valid: false, problems: [message], warcs: new Map(), signedData: null, resources: 0 };
  }
  const datapackage = parse(read, 'datapackage.json', problems);
  const resources = datapackage ? checkResources(datapackage, read, problems) : 0;
  const signedData = checkDigest(read, problems);
  const warcs = new Map(
    [...read.hashes].filter(([name]) => name.startsWith('archive/')).map(([name, h]) => [name, h.sha256]),
  );
  return { valid: problems.length === 0, problems, warcs, signedData, resources };
}
