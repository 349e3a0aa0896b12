/** Evidence packet exports: start one, follow it, find where to download it. */
import crypto from 'node:crypto';
import { AppError } from '../../../common/errors.js';
import { ExportRepository, type ExportRecord } from '../../../graph/repositories/export.repository.js';
import { GateDecisionRepository } from '../../../graph/repositories/gate-decision.repository.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { Runtime } from '../../runtime.js';
import { graphqlPart, type GraphqlPart } from '../module.js';

const view = (e: ExportRecord) => ({
  ...e,
  downloadPath: e.status === 'DONE' ? `/exports/${e.id}/packet.zip` : null,
});

/** The export part of the API. */
export function exportModule(runtime: Runtime): GraphqlPart {
  const exports = new ExportRepository(runtime.graph);
  const decisions = new GateDecisionRepository(runtime.graph);
  return graphqlPart<AccessContext>('export.graphql', {
    Query: {
      exports: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'export');
        const first = Math.max(1, Math.min(100, args.first));
        return (await exports.ofCase(args.caseId, first)).map(view);
      },
    },
    Mutation: {
      startExport: async (_, args, ctx) => {
        const caseId = args.caseId;
        const user = await requireCaseAccess(ctx, caseId, 'export');
        const reason = String(args.reason ?? '');
        // Release of evidence is itself decided by the gate (need and right to know, 28 CFR 23.20(e)-(f)).
        const facts = await decisions.caseFacts(caseId, user.id);
        const verdict = runtime.gate.current().evaluateExport(
          {
            caseId,
            requesterId: user.id,
            recipient: { name: user.displayName, userId: user.id, lawEnforcement: true },
            reason,
            imminentDanger: false,
          },
          {
            now: new Date().toISOString(),
            case: facts.case,
            requester: facts.user,
            recipientAssignedToCase: facts.user?.assignedToCase ?? false,
          },
        );
        if (verdict.decision !== 'ALLOW') {
          const unmet = verdict.reasons;
          throw new AppError('GATE_DENIED', unmet.map((r) => `${r.clause}: ${r.finding}`).join('; '), {
            clauses: unmet.map((r) => r.clause),
          });
        }
        const captureIds = Array.isArray(args.captureIds) ? args.captureIds.map(String) : null;
        const id = `export-${crypto.randomUUID()}`;
        await exports.create({
          id,
          caseId,
          requestedBy: user.id,
          captureIds,
          createdAt: new Date().toISOString(),
          reason,
          policyVersion: verdict.policyVersion,
        });
        await runtime.queue.add('export', { exportId: id, caseId, requestedBy: user.id, captureIds });
        return view(await exports.byId(id));
      },
    },
  });
}
