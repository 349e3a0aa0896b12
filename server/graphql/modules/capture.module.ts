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
/** Who acted, as people read it: a user's name, or the part of casegraph that acted. */
function actorName(actorId: string, people: ReadonlyMap<string, string>): string {
  if (actorId.startsWith('system:')) return `casegraph (${actorId.slice('system:'.length)})`;
  return people.get(actorId) ?? 'an unknown user';
}

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
        const people = new Map(
          (await source.people([...new Set(events.map((e) => e.actorId))])).map((p) => [p.id, p.displayName]),
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
          custody: events.map((e) => ({
            ...e,
            actorName: actorName(e.actorId, people),
            detailsJson: JSON.stringify(e.details),
          })),
        };
      },
    },
  });
}
