/** Watches: repeated collections of one target, each run decided by the gate anew. */
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { WatchService } from '../../watches/watch.service.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { decisionView } from './gate.module.js';

/** The watch part of the API. */
export function watchModule(watches: WatchService): GraphqlPart {
  return graphqlPart<AccessContext>('watch.graphql', {
    Query: {
      watches: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'read');
        return watches.list(args.caseId);
      },
    },
    Mutation: {
      createWatch: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.input.caseId, 'collect');
        const { intervalHours, endsAt } = args;
        const started = await watches.create(user, { request: args.input, intervalHours, endsAt });
        return { watch: started.watch, decision: decisionView(started.decision), jobId: started.jobId };
      },
      pauseWatch: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'collect');
        return watches.pause(user, args.caseId, args.id);
      },
      resumeWatch: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'collect');
        return watches.resume(user, args.caseId, args.id);
      },
      endWatch: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'collect');
        return watches.end(user, args.caseId, args.id);
      },
    },
  });
}
