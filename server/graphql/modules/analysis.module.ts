/**
 * GraphQL of case graph analysis. Anyone who may read the case may ask; the service bounds every
 * question, so a read-only role cannot make the server load the whole graph either.
 */
import { AnalysisRepository } from '../../../graph/repositories/analysis.repository.js';
import type { GraphClient } from '../../../graph/graph-client.js';
import { AnalysisService } from '../../analysis/analysis.service.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { GraphqlPart } from '../module.js';

type Args = Record<string, unknown>;
type Resolver = (args: Args, service: AnalysisService, caseId: string) => Promise<unknown>;

/** The analysis part of the API. */
export function analysisModule(runtime: { readonly graph: GraphClient }): GraphqlPart {
  const service = new AnalysisService(new AnalysisRepository(runtime.graph));
  const guarded =
    (resolve: Resolver) =>
    async (_: unknown, args: Args, ctx: AccessContext): Promise<unknown> => {
      const caseId = String(args.caseId);
      await requireCaseAccess(ctx, caseId, 'read');
      return resolve(args, service, caseId);
    };
  return {
    sdlFile: 'analysis.graphql',
    resolvers: {
      Query: {
        shortestPath: guarded((a, s, c) =>
          s.shortestPath(c, String(a.from), String(a.to), {
            maxHops: Number(a.maxHops ?? 8),
            includeTopics: a.includeTopics === true,
          }),
        ),
        neighbourhood: guarded((a, s, c) =>
          s.neighbourhood(c, String(a.ref), Number(a.hops ?? 1), Number(a.maxNodes ?? 200)),
        ),
        communities: guarded((a, s, c) => s.communities(c, Number(a.maxEdges ?? 50_000))),
        centralAccounts: guarded((a, s, c) =>
          s.centralAccounts(c, Number(a.limit ?? 20), Number(a.maxEdges ?? 50_000)),
        ),
        mediaSpread: guarded((a, s, c) => s.mediaSpread(c, String(a.sha256))),
      },
    },
  };
}
