/**
 * GraphQL of account linking: suggestions for a case, and the analyst's confirm / reject. Only
 * roles that may analyse a case reach it; the visible cases are the ones the user reaches.
 */
import type { CustodyRecorder } from '../../../common/custody-types.js';
import { LinkRepository } from '../../../graph/repositories/link.repository.js';
import type { GraphClient } from '../../../graph/graph-client.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import { custodyDecisionRecorder } from '../../linking/link-custody.js';
import { LinkService, type AnalystScope, type LinkDecisionRecord } from '../../linking/link.service.js';
import { graphqlPart, type GraphqlPart } from '../module.js';

function decisionView(record: LinkDecisionRecord) {
  return { ...record, decidedBy: record.actor, decidedAt: record.at };
}

/** The linking part of the API; decisions go to `custody` (the case's custody ledger). */
export function linkingModule(
  runtime: { readonly graph: GraphClient },
  custody: CustodyRecorder,
): GraphqlPart {
  const repo = new LinkRepository(runtime.graph);
  const service = new LinkService(repo, custodyDecisionRecorder(custody));

  async function scope(ctx: AccessContext, caseId: string): Promise<AnalystScope> {
    const user = await requireCaseAccess(ctx, caseId, 'analyse');
    return { userId: user.id, caseId, visibleCaseIds: await repo.visibleCases(user.id) };
  }

  return graphqlPart<AccessContext>('linking.graphql', {
    Query: {
      linkCandidates: async (_, args, ctx) => service.candidates(await scope(ctx, args.caseId), args.limit),
    },
    LinkFeature: {
      // Features are scored with their artifacts; a feature read back from an older decision may lack them.
      artifacts: (f) => f.artifacts ?? [],
    },
    Mutation: {
      confirmLink: async (_, args, ctx) =>
        decisionView(await service.confirm(await scope(ctx, args.caseId), args.a, args.b)),
      rejectLink: async (_, args, ctx) =>
        decisionView(
          await service.reject(
            await scope(ctx, args.caseId),
            args.a,
            args.b,
            typeof args.reason === 'string' ? args.reason : undefined,
          ),
        ),
    },
  });
}
