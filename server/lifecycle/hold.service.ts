/**
 * Legal holds: a supervisor or prosecutor holds a case or one capture for a matter (litigation,
 * a preservation duty, an open records request); while a hold is active nothing it covers is
 * purged, by review or by hand. Placing and releasing are both on the custody chain.
 */
import crypto from 'node:crypto';
import type { CustodyRecorder } from '../../common/custody-types.js';
import type { LegalHold, LegalHoldRepository } from '../../graph/repositories/lifecycle-hold.repository.js';
import type { SessionUser } from '../auth/session-user.js';
import { reasonOf, requireLifecycleRole } from './lifecycle-roles.js';
import type { ReviewService } from './review.service.js';

export interface HoldDeps {
  readonly holds: LegalHoldRepository;
  readonly custody: CustodyRecorder;
  readonly reviews: ReviewService;
  readonly now?: () => Date;
}

export class HoldService {
  private readonly now: () => Date;

  constructor(private readonly deps: HoldDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Places a hold on the case, or on one capture of it when `captureId` is given. */
  async place(
    user: SessionUser,
    caseId: string,
    input: { captureId?: string | null; reason: string; matter: string },
  ): Promise<LegalHold> {
    requireLifecycleRole(user, 'hold');
    const reason = reasonOf(input.reason, 'reason', 'say why the evidence must be kept');
    const matter = reasonOf(input.matter, 'matter', 'name the matter (case caption, request or duty)');
    const captureId = input.captureId ?? null;
    const hashes = captureId ? (await this.deps.reviews.captureOf(caseId, captureId)).artifactHashes : [];
    const hold = {
      id: `hold-${crypto.randomUUID()}`,
      caseId,
      captureId,
      reason,
      matter,
      placedBy: user.id,
      placedAt: this.now().toISOString(),
    };
    await this.deps.holds.place(hold);
    await this.deps.custody.append({
      caseId,
      type: 'HOLD_PLACED',
      actorId: user.id,
      artifactHashes: hashes,
      details: {
        holdId: hold.id,
        on: captureId ?? 'the whole case',
        captureId,
        matter,
        reason,
        by: user.displayName,
      },
    });
    return (await this.deps.holds.byId(hold.id))!;
  }

  /** Releases an active hold of the case, with the reason, on the custody chain. */
  async release(user: SessionUser, caseId: string, holdId: string, reasonText: string): Promise<LegalHold> {
    requireLifecycleRole(user, 'hold');
    const reason = reasonOf(reasonText, 'reason', 'say why the hold ends');
    const released = await this.deps.holds.release(caseId, holdId, user.id, this.now().toISOString(), reason);
    await this.deps.custody.append({
      caseId,
      type: 'HOLD_RELEASED',
      actorId: user.id,
      artifactHashes: [],
      details: {
        holdId,
        captureId: released.captureId,
        matter: released.matter,
        reason,
        by: user.displayName,
      },
    });
    return released;
  }

  ofCase(caseId: string): Promise<LegalHold[]> {
    return this.deps.holds.ofCase(caseId);
  }
}
