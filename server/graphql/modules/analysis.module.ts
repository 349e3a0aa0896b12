/**
 * GraphQL of case graph analysis. Anyone who may read the case may ask; the service bounds every
 * question, so a read-only role cannot make the server load the whole graph either.
 */
import type { AnalysisService } from '../../analysis/analysis.service.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { CaseReadCache } from '../case-read-cache.js';
import { graphqlPart, type GraphqlPart } from '../module.js';

/** The analysis part of the API. */
export function analysisModule(service: AnalysisService, reads: CaseReadCache): GraphqlPart {
  /** Every question is about one case the asker may read. */
  const readable = async (ctx: AccessContext, caseId: string) => {
    await requireCaseAccess(ctx, caseId, 'read');
    return caseId;
  };
  return graphqlPart<AccessContext>('analysis.graphql', {
    Query: {
      shortestPath: async (_, a, ctx) =>
        service.shortestPath(await readable(ctx, a.caseId), a.from, a.to, {
          maxHops: a.maxHops,
          includeTopics: a.includeTopics,
        }),
      neighbourhood: async (_, a, ctx) => {
        const caseId = await readable(ctx, a.caseId);
        return reads.remember(caseId, ['neighbourhood', a.ref, a.hops, a.maxNodes], () =>
          service.neighbourhood(caseId, a.ref, a.hops, a.maxNodes),
        );
      },
      node: async (_, a, ctx) => service.nodeDetail(await readable(ctx, a.caseId), a.ref),
      communities: async (_, a, ctx) => service.communities(await readable(ctx, a.caseId), a.maxEdges),
      centralAccounts: async (_, a, ctx) =>
        service.centralAccounts(await readable(ctx, a.caseId), a.limit, a.maxEdges),
      mediaSpread: async (_, a, ctx) => service.mediaSpread(await readable(ctx, a.caseId), a.sha256),
    },
  });
}
