/**
 * GraphQL of account linking: suggestions for a case, and the analyst's confirm / reject. Only
 * roles that may analyse a case reach it; the visible cases are the ones the user reaches.
 */
import type { LinkRepository } from '../../../graph/repositories/link.repository.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { AnalystScope, LinkDecisionRecord, LinkService } from '../../linking/link.service.js';
import { graphqlPart, type GraphqlPart } from '../module.js';

function decisionView(record: LinkDecisionRecord) {
  return { ...record, decidedBy: record.actor, decidedAt: record.at };
}

export interface LinkingModuleDeps {
  /** Which cases the analyst reaches, for evidence drawn from them. */
  readonly links: LinkRepository;
  /** Scores candidates; its decisions go to the case's custody ledger. */
  readonly service: LinkService;
}

/** The linking part of the API. */
export function linkingModule({ links: repo, service }: LinkingModuleDeps): GraphqlPart {
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
        decisionView(
          await service.confirm(
            await scope(ctx, args.caseId),
            args.a,
            args.b,
            typeof args.reason === 'string' ? args.reason : undefined,
          ),
        ),
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
