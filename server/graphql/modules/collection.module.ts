/** Starting collections and following their jobs. */
import { AppError } from '../../../common/errors.js';
import { GateDecisionRepository } from '../../../graph/repositories/gate-decision.repository.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import { gateRecordService } from '../../gate/execution-check.js';
import { parseCollectionInput } from '../../gate/gate-input.schema.js';
import type { Runtime } from '../../runtime.js';
import type { GraphqlPart } from '../module.js';

type Args = Record<string, unknown>;

/** The collection part of the API. */
export function collectionModule(runtime: Runtime): GraphqlPart {
  const decisions = new GateDecisionRepository(runtime.graph);
  return {
    sdlFile: 'collection.graphql',
    resolvers: {
      Mutation: {
        startCollection: async (_: unknown, args: Args, ctx: AccessContext) => {
          const caseId = String((args.input as { caseId?: unknown }).caseId ?? '');
          const user = await requireCaseAccess(ctx, caseId, 'collect');
          const outcome = await gateRecordService(runtime).submit(
            parseCollectionInput(args.input, user.id),
            'ENQUEUE',
          );
          const stored = await decisions.findDecision(outcome.decisionId);
          if (!stored) throw new AppError('INTERNAL', `decision ${outcome.decisionId} was not stored`);
          const decision = { ...stored, reasons: JSON.parse(stored.reasonsJson) as unknown[] };
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
        collectionJob: async (_: unknown, args: Args, ctx: AccessContext) => {
          await requireCaseAccess(ctx, String(args.caseId), 'collect');
          const status = await runtime.queue.status(String(args.id));
          if (!status || status.caseId !== args.caseId)
            throw new AppError('NOT_FOUND', `no job ${String(args.id)} in this case`);
          const progress = (status.progress ?? {}) as { stage?: string; captureId?: string };
          return {
            id: String(args.id),
            state: status.state,
            stage: progress.stage ?? null,
            captureId: progress.captureId ?? null,
            error: status.failedReason ?? null,
          };
        },
      },
    },
  };
}
