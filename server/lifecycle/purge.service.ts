/**
 * Purging a capture, by review or by hand, in an order that can be retried at any step:
 *   1. the graph marks the capture as being purged, in the same transaction that checks it is
 *      not held (nothing held is purged: a hold placed first wins, a hold placed later is refused);
 *   2. the PURGED custody event, with every hash of the capture, the reason and the approver, is
 *      appended unless the chain already has it (a retry finds it);
 *   3. one graph transaction takes out the facts only this capture supports and marks it PURGED;
 *   4. the bytes no other capture produced leave the evidence store.
 * The hash stays on the chain, so `verify` reports a purged file as "purged, recorded".
 */
import crypto from 'node:crypto';
import type { CustodyEvent } from '../../common/custody-types.js';
import { AppError } from '../../common/errors.js';
import type { CustodyLedger } from '../../evidence/custody/custody-ledger.js';
import type { EvidenceStore } from '../../evidence/evidence-store.js';
import type { LifecycleRepository, PurgedFacts } from '../../graph/repositories/lifecycle.repository.js';
import type { SessionUser } from '../auth/session-user.js';
import { reasonOf, requireLifecycleRole } from './lifecycle-roles.js';
import type { ReviewService } from './review.service.js';

export interface PurgeDeps {
  readonly lifecycle: LifecycleRepository;
  readonly custody: CustodyLedger;
  readonly store: Pick<EvidenceStore, 'remove'>;
  readonly reviews: ReviewService;
  readonly now?: () => Date;
}

/** What a purge did. */
export interface PurgeOutcome {
  readonly captureId: string;
  readonly eventSeq: number;
  readonly artifactHashes: readonly string[];
  /** Hashes whose bytes left the store (others are still another capture's evidence). */
  readonly removedHashes: readonly string[];
  readonly removedFacts: PurgedFacts;
}

export class PurgeService {
  private readonly now: () => Date;

  constructor(private readonly deps: PurgeDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Purges a capture of the case; `onReview` says the review queue asked for it. */
  async purge(
    user: SessionUser,
    caseId: string,
    captureId: string,
    input: { reason: string; onReview: boolean },
  ): Promise<PurgeOutcome> {
    requireLifecycleRole(user, 'purge');
    const reason = reasonOf(input.reason, 'reason', 'say why the capture is purged');
    const capture = await this.deps.reviews.captureOf(caseId, captureId);
    const at = this.now().toISOString();
    // Step 1.
    const refused = await this.deps.lifecycle.beginPurge(captureId, { by: user.id, at, reason });
    if (refused)
      throw new AppError('CONFLICT', `capture ${capture.target ?? captureId} cannot be purged: ${refused}`);
    const shared = new Set(await this.deps.lifecycle.stillProduced(captureId, capture.artifactHashes));
    const removedHashes = capture.artifactHashes.filter((h) => !shared.has(h));
    // Step 2.
    const event =
      (await this.recordedPurge(caseId, captureId)) ??
      (await this.deps.custody.append({
        caseId,
        type: 'PURGED',
        actorId: user.id,
        artifactHashes: capture.artifactHashes,
        details: {
          captureId,
          reason,
          approvedBy: user.id,
          approver: user.displayName,
          onReview: input.onReview,
          bytesRemoved: removedHashes,
          bytesKeptForOtherCaptures: [...shared],
        },
      }));
    // Step 3.
    const removedFacts = await this.deps.lifecycle.purgeFacts(captureId, {
      at: event.at,
      by: event.actorId,
      reason: String(event.details.reason ?? reason),
      eventSeq: event.seq,
      removedHashes,
    });
    if (input.onReview) {
      await this.deps.lifecycle.recordReview({
        id: `review-${crypto.randomUUID()}`,
        captureId,
        decision: 'PURGE',
        by: user.id,
        at,
        reason,
        nextReviewAt: null,
      });
    }
    // Step 4.
    for (const sha256 of removedHashes) await this.deps.store.remove(sha256);
    return {
      captureId,
      eventSeq: event.seq,
      artifactHashes: capture.artifactHashes,
      removedHashes,
      removedFacts,
    };
  }

  /** The PURGED event a first, interrupted try already appended for this capture. */
  private async recordedPurge(caseId: string, captureId: string): Promise<CustodyEvent | undefined> {
    const events = await this.deps.custody.list(caseId);
    return events.find((e) => e.type === 'PURGED' && e.details.captureId === captureId);
  }
}
