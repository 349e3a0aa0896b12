/** The capture viewer's API: a capture's record, files, gate decision and custody events. */
import type { CustodyLedger } from '../../../evidence/custody/custody-ledger.js';
import type { GraphClient } from '../../../graph/graph-client.js';
import { GateDecisionRepository } from '../../../graph/repositories/gate-decision.repository.js';
import { PacketSourceRepository } from '../../../graph/repositories/packet-source.repository.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { decisionView } from './gate.module.js';

/** The capture part of the API; opening a capture is written to `custody`. */
export function captureModule(graph: GraphClient, custody: CustodyLedger): GraphqlPart {
  const source = new PacketSourceRepository(graph);
  const decisions = new GateDecisionRepository(graph);
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
