/** Starting collections and following their jobs. */
import { AppError } from '../../../common/errors.js';
import { GateDecisionRepository } from '../../../graph/repositories/gate-decision.repository.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import { gateRecordService } from '../../gate/execution-check.js';
import { parseCollectionInput } from '../../gate/gate-input.schema.js';
import type { Runtime } from '../../runtime.js';
import { decisionView } from './gate.module.js';
import { graphqlPart, type GraphqlPart } from '../module.js';

/** The collection part of the API. */
export function collectionModule(runtime: Runtime): GraphqlPart {
  const decisions = new GateDecisionRepository(runtime.graph);
  return graphqlPart<AccessContext>('collection.graphql', {
    Mutation: {
      startCollection: async (_, args, ctx) => {
        const caseId = args.input.caseId;
        const user = await requireCaseAccess(ctx, caseId, 'collect');
        const outcome = await gateRecordService(runtime).submit(
          parseCollectionInput(args.input, user.id),
          'ENQUEUE',
        );
        const stored = await decisions.findDecision(outcome.decisionId);
        if (!stored) throw new AppError('INTERNAL', `decision ${outcome.decisionId} was not stored`);
        const decision = decisionView(stored);
        if (outcome.result.decision !== 'ALLOW' || !outcome.token) return { decision, jobId: null };
        const jobId = await runtime.queue.add('collect', {
          requestId: outcome.requestId,
          caseId,
          decisionToken: outcome.token,
        });
        return { decision, jobId };
      },
    },
    Query: {
      collectionJob: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'collect');
        const status = await runtime.queue.status(args.id);
        if (!status || status.caseId !== args.caseId)
          throw new AppError('NOT_FOUND', `no job ${args.id} in this case`);
        const progress = (status.progress ?? {}) as { stage?: string; captureId?: string };
        return {
          id: args.id,
          state: status.state,
          stage: progress.stage ?? null,
          captureId: progress.captureId ?? null,
          error: status.failedReason ?? null,
        };
      },
    },
  });
}
