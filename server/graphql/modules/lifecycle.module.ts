/** The records lifecycle: review and purge, legal holds, reopening, charges and unassignment. */
import type { LegalHold } from '../../../graph/repositories/lifecycle-hold.repository.js';
import type { CaptureReview } from '../../../graph/repositories/lifecycle.repository.js';
import type { AccessCache } from '../../auth/access-cache.js';
import { requireCaseAccess, requireUser, type AccessContext } from '../../auth/case-access.js';
import type { CaseStatusService } from '../../lifecycle/case-status.service.js';
import type { HoldService } from '../../lifecycle/hold.service.js';
import type { LetterView, PreservationService } from '../../lifecycle/preservation.service.js';
import type { PurgeService } from '../../lifecycle/purge.service.js';
import type { ReviewService } from '../../lifecycle/review.service.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { pageSize } from '../page-size.js';

export interface LifecycleModuleDeps {
  readonly reviews: ReviewService;
  readonly purges: PurgeService;
  readonly holds: HoldService;
  readonly status: CaseStatusService;
  readonly preservation: PreservationService;
  readonly access: AccessCache;
}

const reviewView = (r: CaptureReview) => ({ ...r, reviewer: r.byName });
const holdView = (h: LegalHold) => ({
  ...h,
  placedBy: h.placedByName,
  releasedBy: h.releasedByName,
  active: h.releasedAt === null,
});

const letterView = (l: LetterView) => ({ ...l, writtenAt: l.startedAt, files: l.artifacts });

/** The lifecycle part of the API; every field checks the case's reach first, then the role. */
export function lifecycleModule({
  reviews,
  purges,
  holds,
  status,
  preservation,
  access,
}: LifecycleModuleDeps): GraphqlPart {
  return graphqlPart<AccessContext>('lifecycle.graphql', {
    Query: {
      reviewQueue: (_, args, ctx) => reviews.queue(requireUser(ctx), pageSize(args.first, 'first', 50, 500)),
      captureLifecycle: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'read');
        return reviews.captureOf(args.caseId, args.captureId);
      },
      captureReviews: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'read');
        await reviews.captureOf(args.caseId, args.captureId);
        return (await reviews.reviews(args.captureId)).map(reviewView);
      },
      preservationLetters: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'read');
        return (await preservation.ofCase(args.caseId)).map(letterView);
      },
      legalHolds: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'read');
        return (await holds.ofCase(args.caseId)).map(holdView);
      },
    },
    Mutation: {
      keepCapture: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'read');
        const review = await reviews.keep(user, args.caseId, args.captureId, {
          reason: args.reason,
          nextReviewAt: args.nextReviewAt,
        });
        return reviewView(review);
      },
      purgeCapture: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'read');
        const done = await purges.purge(user, args.caseId, args.captureId, {
          reason: args.reason,
          onReview: args.onReview === true,
        });
        return {
          captureId: done.captureId,
          custodyEvent: done.eventSeq,
          artifactHashes: [...done.artifactHashes],
          removedHashes: [...done.removedHashes],
          removedPosts: done.removedFacts.posts,
          removedAccounts: done.removedFacts.accounts,
          removedMedia: done.removedFacts.media,
        };
      },
      placeLegalHold: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'read');
        const hold = await holds.place(user, args.caseId, {
          captureId: args.captureId ?? null,
          reason: args.reason,
          matter: args.matter,
        });
        return holdView(hold);
      },
      releaseLegalHold: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'read');
        return holdView(await holds.release(user, args.caseId, args.holdId, args.reason));
      },
      requestPreservation: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.input.caseId, 'collect');
        const { supervisorId, officerContact, ...ids } = args.letter;
        return letterView(
          await preservation.request(user, {
            request: { ...args.input },
            supervisorId,
            officerContact,
            ...ids,
          }),
        );
      },
      recordPreservationSent: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'collect');
        const letter = await preservation.markSent(
          user,
          args.caseId,
          args.letterId,
          args.sentAt,
          args.providerReference ?? null,
        );
        return letterView(letter);
      },
      reopenCase: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'read');
        return status.reopen(user, args.caseId, args.reason);
      },
      recordCharge: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'read');
        return status.recordCharge(user, args.caseId, args.reference);
      },
      unassignUser: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'read');
        await status.unassign(user, args.caseId, args.userId, args.reason);
        // The person taken off must stop reaching the case at once, not when the cache expires.
        access.forgetUser(args.userId);
        return status.caseOf(args.caseId);
      },
    },
  });
}
