/** The capture viewer's API: a capture's record, files, gate decision and custody events. */
import type { CustodyLedger } from '../../../evidence/custody/custody-ledger.js';
import type { GateDecisionRepository } from '../../../graph/repositories/gate-decision.repository.js';
import type { PacketSourceRepository } from '../../../graph/repositories/packet-source.repository.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { decisionView } from './gate.module.js';

export interface CaptureModuleDeps {
  readonly source: PacketSourceRepository;
  readonly decisions: GateDecisionRepository;
  /** Opening a capture is a VIEWED event on the case's chain. */
  readonly custody: CustodyLedger;
}

/** The capture part of the API. */
export function captureModule({ source, decisions, custody }: CaptureModuleDeps): GraphqlPart {
  return graphqlPart<AccessContext>('capture.graphql', {
    Query: {
      capture: async (_, { caseId, id }, ctx) => {
        const user = await requireCaseAccess(ctx, caseId, 'read');
        const [capture] = await source.captures(caseId, [id]);
        const hashes = new Set(capture!.artifacts.map((a) => a.sha256));
        await custody.append({
          caseId,
          type: 'VIEWED',
          actorId: user.id,
          artifactHashes: [...hashes],
          details: { captureId: id, view: 'capture viewer' },
        });
        const events = (await custody.list(caseId)).filter(
          (e) => e.details.captureId === id || e.artifactHashes.some((h) => hashes.has(h)),
        );
        const decisionId = capture!.properties.decisionId;
        const decision =
          typeof decisionId === 'string' ? await decisions.findDecision(decisionId) : undefined;
        return {
          id,
          recordJson: JSON.stringify(capture!.properties, null, 2),
          artifacts: capture!.artifacts.map((a) => ({
            ...a,
            downloadPath: `/cases/${encodeURIComponent(caseId)}/artifacts/${a.sha256}`,
          })),
          decision: decision ? decisionView(decision) : null,
          custody: events.map((e) => ({ ...e, detailsJson: JSON.stringify(e.details) })),
        };
      },
    },
  });
}
