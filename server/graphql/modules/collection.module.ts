/** Starting collections and following their jobs. */
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { CollectionService } from '../../services/collection.service.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { decisionView } from './gate.module.js';

/** The collection part of the API. */
export function collectionModule(collections: CollectionService): GraphqlPart {
  return graphqlPart<AccessContext>('collection.graphql', {
    Mutation: {
      startCollection: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.input.caseId, 'collect');
        const started = await collections.start(args.input, user.id);
        return { decision: decisionView(started.decision), jobId: started.jobId };
      },
    },
    Query: {
      collectionJob: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'collect');
        return collections.job(args.caseId, args.id);
      },
    },
  });
}
