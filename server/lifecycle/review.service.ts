/**
 * Review of what casegraph holds (28 CFR 23.20(h)): every capture gets a review date when it
 * enters, from the records schedule of its case's purpose; a supervisor's queue lists the captures
 * whose date has come; the reviewer keeps one (name, date, reason, new review date, on the custody
 * chain) or purges it (purge.service.ts). A charge moves the case's captures to the evidence
 * schedule.
 */
import crypto from 'node:crypto';
import type { CustodyRecorder } from '../../common/custody-types.js';
import { AppError } from '../../common/errors.js';
import type { CaseRepository } from '../../graph/repositories/case.repository.js';
import type {
  CaptureReview,
  LifecycleCapture,
  LifecycleRepository,
  ReviewMonths,
} from '../../graph/repositories/lifecycle.repository.js';
import type { SessionUser } from '../auth/session-user.js';
import { reasonOf, requireLifecycleRole } from './lifecycle-roles.js';
import { addMonths, reviewPeriod, type RecordsSchedule } from './records-schedule.js';

export interface ReviewDeps {
  readonly lifecycle: LifecycleRepository;
  readonly cases: CaseRepository;
  readonly custody: CustodyRecorder;
  readonly schedule: () => RecordsSchedule;
  readonly now?: () => Date;
}

export class ReviewService {
  private readonly now: () => Date;

  constructor(private readonly deps: ReviewDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The capture of the case, or NOT_FOUND. */
  async captureOf(caseId: string, captureId: string): Promise<LifecycleCapture> {
    const capture = await this.deps.lifecycle.capture(caseId, captureId, this.months());
    if (!capture) throw new AppError('NOT_FOUND', 'this case holds no such capture', { field: 'captureId' });
    return capture;
  }

  /** The schedule's periods as the graph computes review dates from them. */
  private months(): ReviewMonths {
    const schedule = this.deps.schedule();
    return { intelligence: schedule.intelligenceReview.months, charged: schedule.chargedEvidence.months };
  }

  /** Gives a newly entered capture its review date from the schedule (a no-op when it has one). */
  async scheduleAtEntry(caseId: string, captureId: string, enteredAt: Date): Promise<void> {
    const capture = await this.captureOf(caseId, captureId);
    const period = reviewPeriod(this.deps.schedule(), capture.purpose, capture.charged);
    const dueAt = addMonths(enteredAt, period.months).toISOString();
    await this.deps.lifecycle.setReviewDue(captureId, dueAt, period.clause, true);
  }

  /** A supervisor's queue: captures of the cases they oversee whose review date has come. */
  async queue(user: SessionUser, limit: number): Promise<LifecycleCapture[]> {
    requireLifecycleRole(user, 'review');
    return this.deps.lifecycle.dueForReview(user.id, this.now().toISOString(), limit, this.months());
  }

  /**
   * Keeps a capture after review: the reviewer's name, the date, the reason and the next review
   * date (no later than the schedule allows) go on the capture and on the custody chain.
   */
  async keep(
    user: SessionUser,
    caseId: string,
    captureId: string,
    input: { reason: string; nextReviewAt: string },
  ): Promise<CaptureReview> {
    requireLifecycleRole(user, 'review');
    const reason = reasonOf(input.reason, 'reason', 'say why the capture is still needed');
    const capture = await this.captureOf(caseId, captureId);
    if (capture.status !== 'CAPTURED') {
      throw new AppError('CONFLICT', `a ${capture.status.toLowerCase()} capture is not reviewed`);
    }
    const next = this.nextReview(input.nextReviewAt);
    const review = {
      id: `review-${crypto.randomUUID()}`,
      captureId,
      decision: 'KEEP' as const,
      by: user.id,
      at: this.now().toISOString(),
      reason,
      nextReviewAt: next,
    };
    await this.deps.custody.append({
      caseId,
      type: 'REVIEWED',
      actorId: user.id,
      artifactHashes: capture.artifactHashes,
      details: { captureId, decision: 'KEEP', reviewer: user.displayName, reason, nextReviewAt: next },
    });
    await this.deps.lifecycle.recordReview(review);
    return { ...review, byName: user.displayName };
  }

  /** The next review date: a real date, after today, within maxKeepMonths. */
  private nextReview(value: string): string {
    const at = new Date(value);
    const now = this.now();
    const latest = addMonths(now, this.deps.schedule().maxKeepMonths);
    if (Number.isNaN(at.getTime())) {
      throw new AppError('BAD_USER_INPUT', 'nextReviewAt: give a date such as 2027-06-30', {
        field: 'nextReviewAt',
      });
    }
    if (at <= now)
      throw new AppError('BAD_USER_INPUT', 'nextReviewAt: the next review must be after today', {
        field: 'nextReviewAt',
      });
    if (at > latest) {
      throw new AppError(
        'BAD_USER_INPUT',
        `nextReviewAt: no later than ${latest.toISOString().slice(0, 10)} (28 CFR 23.20(h): at most ${this.deps.schedule().maxKeepMonths} months ahead)`,
        { field: 'nextReviewAt' },
      );
    }
    return at.toISOString();
  }

  /** The capture's reviews, newest first. */
  reviews(captureId: string): Promise<CaptureReview[]> {
    return this.deps.lifecycle.reviews(captureId);
  }
}
