/**
 * Signed checkpoints of a custody chain: the department's Ed25519 key signs the canonical JSON of
 * (case, sequence, head hash, time). A checkpoint pins the chain as it was at that moment, so a
 * later rewrite of the whole chain from some event on is caught even with consistent hashes.
 */
import crypto from 'node:crypto';
import type { CustodyEvent } from '../../common/custody-types.js';
import type { Ed25519Key } from '../../common/ed25519-key.js';
import { canonicalJson } from './canonical-json.js';

export interface CustodyCheckpoint {
  readonly caseId: string;
  readonly seq: number;
  readonly headHash: string;
  readonly at: string;
  /** Base64 Ed25519 signature over the canonical JSON of caseId, seq, headHash and at. */
  readonly signature: string;
  readonly keyFingerprint: string;
}

const signed = (c: Pick<CustodyCheckpoint, 'caseId' | 'seq' | 'headHash' | 'at'>) =>
  Buffer.from(canonicalJson({ caseId: c.caseId, seq: c.seq, headHash: c.headHash, at: c.at }));

/** A checkpoint of the chain's head; null for an empty chain. */
export function signCheckpoint(
  events: readonly CustodyEvent[],
  key: Ed25519Key,
  at: Date,
): CustodyCheckpoint | null {
  const head = events.at(-1);
  if (!head) return null;
  const body = { caseId: head.caseId, seq: head.seq, headHash: head.hash, at: at.toISOString() };
  return {
    ...body,
    signature: crypto.sign(null, signed(body), key.privateKey).toString('base64'),
    keyFingerprint: key.fingerprint,
  };
}

/** Whether a checkpoint's signature verifies with `publicKey` (false for a malformed signature). */
export function checkpointSignatureHolds(c: CustodyCheckpoint, publicKey: crypto.KeyObject): boolean {
  try {
    return crypto.verify(null, signed(c), publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Problems with checkpoints against a chain and a public key; empty when they all hold. */
export function checkCheckpoints(
  checkpoints: readonly CustodyCheckpoint[],
  events: readonly CustodyEvent[],
  publicKey: crypto.KeyObject,
): string[] {
  const problems: string[] = [];
  for (const c of checkpoints) {
    if (!checkpointSignatureHolds(c, publicKey)) {
      problems.push(`custody checkpoint at event ${c.seq}: the signature does not verify`);
    } else if (events.find((e) => e.seq === c.seq)?.hash !== c.headHash) {
      problems.push(
        `custody checkpoint at event ${c.seq}: the chain no longer has the signed head ${c.headHash}`,
      );
    }
  }
  return problems;
}
