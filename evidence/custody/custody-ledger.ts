/**
 * The custody ledger: per case, an append-only chain of events, each carrying the previous
 * event's hash and its own SHA-256 over the canonical JSON of everything else. Changing, removing
 * or inserting an event breaks every hash after it, which `verifyChain` names.
 */
import crypto from 'node:crypto';
import {
  CUSTODY_EVENT_TYPES,
  type CustodyEvent,
  type CustodyEventInput,
  type CustodyRecorder,
} from '../../common/custody-types.js';
import { AppError } from '../../common/errors.js';
import type { CustodyRepository } from '../../graph/repositories/custody.repository.js';
import type { Ed25519Key } from '../../common/ed25519-key.js';
import { canonicalJson } from './canonical-json.js';
import { signCheckpoint, type CustodyCheckpoint } from './custody-checkpoint.js';

/** The previous hash of a case's first event. */
export const GENESIS_HASH = '0'.repeat(64);
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The hash of an event: SHA-256 of the canonical JSON of every field but `hash`. */
export function eventHash(event: Omit<CustodyEvent, 'hash'>): string {
  const { caseId, seq, at, type, actorId, artifactHashes, details, prevHash } = event;
  const body = { caseId, seq, at, type, actorId, artifactHashes, details, prevHash };
  return crypto.createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export interface ChainVerdict {
  readonly valid: boolean;
  readonly events: number;
  /** The first event that does not hold, and why. */
  readonly broken?: { readonly seq: number; readonly reason: string };
}

/** Checks a chain as given (from the graph or from a packet's custody.jsonl). */
export function verifyEvents(events: readonly CustodyEvent[]): ChainVerdict {
  let prev = GENESIS_HASH;
  for (const [i, event] of events.entries()) {
    const broken = (reason: string): ChainVerdict => ({
      valid: false,
      events: events.length,
      broken: { seq: event.seq, reason },
    });
    if (event.seq !== i + 1) return broken(`sequence ${event.seq} where ${i + 1} was expected`);
    if (event.prevHash !== prev) return broken('its previous hash does not match the event before it');
    if (eventHash(event) !== event.hash) return broken('its content does not match its hash');
    prev = event.hash;
  }
  return { valid: true, events: events.length };
}

export class CustodyLedger implements CustodyRecorder {
  constructor(
    private readonly events: CustodyRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Appends one event to its case's chain; BAD_USER_INPUT for a malformed event. */
  async append(input: CustodyEventInput, once?: { readonly key: string }): Promise<CustodyEvent> {
    if (!CUSTODY_EVENT_TYPES.includes(input.type)) {
      throw new AppError('BAD_USER_INPUT', `unknown custody event type ${input.type}`);
    }
    const bad = input.artifactHashes.find((h) => !SHA256_HEX.test(h));
    if (bad !== undefined) throw new AppError('BAD_USER_INPUT', `not a SHA-256 digest: ${bad}`);
    // Round-trip the details so the hash covers exactly what storage gives back.
    const details = JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>;
    const build = (head: { seq: number; hash: string } | null): CustodyEvent => {
      const unhashed = {
        caseId: input.caseId,
        seq: (head?.seq ?? 0) + 1,
        at: this.now().toISOString(),
        type: input.type,
        actorId: input.actorId,
        artifactHashes: [...input.artifactHashes],
        details,
        prevHash: head?.hash ?? GENESIS_HASH,
      };
      return { ...unhashed, hash: eventHash(unhashed) };
    };
    return this.events.append(input.caseId, build, once?.key);
  }

  /** The case's chain in order. */
  async list(caseId: string): Promise<CustodyEvent[]> {
    return this.events.events(caseId);
  }

  /** Recomputes the case's chain from the graph. */
  async verifyChain(caseId: string): Promise<ChainVerdict> {
    return verifyEvents(await this.events.events(caseId));
  }

  /**
   * A signed checkpoint of the case's chain head, or the stored one when that head is already
   * pinned; null for an empty chain.
   */
  async checkpoint(caseId: string, key: Ed25519Key): Promise<CustodyCheckpoint | null> {
    const checkpoint = signCheckpoint(await this.events.events(caseId), key, this.now());
    return checkpoint ? this.events.saveCheckpoint({ ...checkpoint }) : null;
  }

  /**
   * Signs a checkpoint of every chain that grew since its last checkpoint, so a chain's history is
   * pinned by the department's signature between exports too. Returns the cases checkpointed.
   */
  async checkpointGrownChains(key: Ed25519Key): Promise<string[]> {
    const cases = await this.events.casesWithUncheckpointedEvents();
    for (const caseId of cases) await this.checkpoint(caseId, key);
    return cases;
  }

  /** The case's signed checkpoints, oldest first. */
  async checkpoints(caseId: string): Promise<CustodyCheckpoint[]> {
    return this.events.checkpoints<CustodyCheckpoint>(caseId);
  }
}
