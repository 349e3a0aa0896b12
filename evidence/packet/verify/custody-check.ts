/**
 * The packet's custody log, read line by line as it streams out of the zip: each line must be one
 * custody event, the events must chain (sequence, previous hash, own hash), and what the CAPTURED
 * events recorded is kept for the comparison with the payload. A malformed line is a named defect,
 * never an exception; a line longer than the cap is skipped, not buffered.
 */
import { CUSTODY_EVENT_TYPES, type CustodyEvent } from '../../../common/custody-types.js';
import { eventHash, GENESIS_HASH } from '../../custody/custody-ledger.js';
import type { Defects } from './defects.js';

export const CUSTODY_FILE = 'data/custody/custody.jsonl';

/** What the CAPTURED event of one capture recorded at collection. */
export interface CapturedRecord {
  readonly seq: number;
  readonly hashes: ReadonlySet<string>;
}

export interface CustodyFindings {
  events: number;
  caseId: string | null;
  /** The hash of each well-formed event, by sequence number (for the signed checkpoints). */
  readonly hashes: Map<number, string>;
  /** CAPTURED events by capture id. */
  readonly captured: Map<string, CapturedRecord>;
  /** PURGED events, in chain order (purge-check.ts reports them). */
  purged?: CustodyEvent[];
}

const HEX64 = /^[0-9a-f]{64}$/;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The event a parsed line holds, or why it is not one. */
export function asCustodyEvent(value: unknown): CustodyEvent | string {
  if (!isObject(value)) return 'it is not a JSON object';
  const e = value;
  if (typeof e.caseId !== 'string') return 'caseId is missing or not text';
  if (!Number.isSafeInteger(e.seq) || (e.seq as number) < 1) return 'seq is not a positive whole number';
  if (typeof e.at !== 'string' || Number.isNaN(Date.parse(e.at))) return 'at is not a time';
  if (!CUSTODY_EVENT_TYPES.includes(e.type as never)) return `type ${JSON.stringify(e.type)} is unknown`;
  if (typeof e.actorId !== 'string') return 'actorId is missing or not text';
  const hashes = e.artifactHashes;
  if (!Array.isArray(hashes) || !hashes.every((h) => typeof h === 'string' && HEX64.test(h))) {
    return 'artifactHashes is not a list of SHA-256 digests';
  }
  if (!isObject(e.details)) return 'details is not a JSON object';
  if (typeof e.prevHash !== 'string' || !HEX64.test(e.prevHash)) return 'prevHash is not a SHA-256 digest';
  if (typeof e.hash !== 'string' || !HEX64.test(e.hash)) return 'hash is not a SHA-256 digest';
  return e as unknown as CustodyEvent;
}

/** Splits a byte stream into lines of at most `maxLine` bytes; longer ones come out as null. */
async function* lines(source: AsyncIterable<Buffer>, maxLine: number): AsyncGenerator<Buffer | null> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  for await (const chunk of source) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (skipping || pendingBytes + piece.length > maxLine) yield null;
      else yield Buffer.concat([...pending, piece]);
      pending = [];
      pendingBytes = 0;
      skipping = false;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (!skipping && pendingBytes + rest.length > maxLine) {
      skipping = true;
      pending = [];
      pendingBytes = 0;
    }
    if (!skipping && rest.length) {
      pending.push(Buffer.from(rest));
      pendingBytes += rest.length;
    }
  }
  if (skipping) yield null;
  else if (pendingBytes) yield Buffer.concat(pending);
}

/** Reads and checks the custody log; defects name the line and the event. */
export async function readCustody(
  source: AsyncIterable<Buffer>,
  defects: Defects,
  maxLine = 4 * 2 ** 20,
): Promise<CustodyFindings> {
  const found: CustodyFindings = { events: 0, caseId: null, hashes: new Map(), captured: new Map() };
  const chain = { prev: GENESIS_HASH, broken: false };
  let lineNo = 0;
  for await (const line of lines(source, maxLine)) {
    lineNo += 1;
    const where = `${CUSTODY_FILE} line ${lineNo}`;
    if (line === null) {
      defects.add('malformed', `malformed: ${where} is longer than ${maxLine} bytes`, { file: CUSTODY_FILE });
      chain.broken = true;
      continue;
    }
    const text = line.toString('utf8').replace(/\r$/, '');
    if (text.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      defects.add('malformed', `malformed: ${where} is not JSON (${(error as Error).message})`, {
        file: CUSTODY_FILE,
      });
      chain.broken = true;
      continue;
    }
    const event = asCustodyEvent(parsed);
    if (typeof event === 'string') {
      defects.add('malformed', `malformed: ${where} is not a custody event: ${event}`, {
        file: CUSTODY_FILE,
      });
      chain.broken = true;
      continue;
    }
    found.events += 1;
    checkLink(event, found, chain, where, defects);
    remember(event, found, where, defects);
  }
  return found;
}

/** The chain at one event; only the first break is reported, since every later link follows from it. */
function checkLink(
  event: CustodyEvent,
  found: CustodyFindings,
  chain: { prev: string; broken: boolean },
  where: string,
  defects: Defects,
): void {
  const broken = (reason: string) => {
    if (!chain.broken) {
      defects.add('custody', `custody chain broken at event ${event.seq} (${where}): ${reason}`, {
        file: CUSTODY_FILE,
        event: event.seq,
      });
    }
    chain.broken = true;
  };
  if (event.seq !== found.events) broken(`sequence ${event.seq} where ${found.events} was expected`);
  else if (event.prevHash !== chain.prev) broken('its previous hash does not match the event before it');
  else if (eventHash(event) !== event.hash) broken('its content does not match its hash');
  chain.prev = event.hash;
}

function remember(event: CustodyEvent, found: CustodyFindings, where: string, defects: Defects): void {
  if (found.caseId === null) found.caseId = event.caseId;
  else if (event.caseId !== found.caseId) {
    defects.add('custody', `custody event ${event.seq} (${where}) belongs to another case`, {
      file: CUSTODY_FILE,
      event: event.seq,
    });
  }
  if (found.hashes.has(event.seq)) {
    defects.add('custody', `custody event ${event.seq} appears twice (${where})`, {
      file: CUSTODY_FILE,
      event: event.seq,
    });
  } else found.hashes.set(event.seq, event.hash);
  const captureId = event.details.captureId;
  if (event.type === 'PURGED') (found.purged ??= []).push(event);
  if (event.type === 'CAPTURED' && typeof captureId === 'string') {
    found.captured.set(captureId, { seq: event.seq, hashes: new Set(event.artifactHashes) });
  }
}
