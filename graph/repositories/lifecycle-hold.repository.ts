/**
 * Legal holds in the case graph: one LegalHold node per hold, on a case or on one capture. A hold
 * is never deleted; releasing it stamps who released it, when and why, so the history stays.
 */
import { AppError } from '../../common/errors.js';
import type { GraphClient } from '../graph-client.js';

export type LegalHold = {
  readonly id: string;
  readonly caseId: string;
  /** Null for a hold on the whole case. */
  readonly captureId: string | null;
  readonly reason: string;
  readonly matter: string;
  readonly placedBy: string;
  readonly placedByName: string | null;
  readonly placedAt: string;
  readonly releasedAt: string | null;
  readonly releasedBy: string | null;
  readonly releasedByName: string | null;
  readonly releaseReason: string | null;
};

export type NewHold = Omit<
  LegalHold,
  'placedByName' | 'releasedAt' | 'releasedBy' | 'releasedByName' | 'releaseReason'
>;

const FIELDS = `h.id AS id, h.caseId AS caseId, h.captureId AS captureId, h.reason AS reason,
  h.matter AS matter, h.placedBy AS placedBy, placer.displayName AS placedByName, h.placedAt AS placedAt,
  h.releasedAt AS releasedAt, h.releasedBy AS releasedBy, releaser.displayName AS releasedByName,
  h.releaseReason AS releaseReason`;
const NAMES = `OPTIONAL MATCH (placer:User {id: h.placedBy}) OPTIONAL MATCH (releaser:User {id: h.releasedBy})`;

export class LegalHoldRepository {
  constructor(private readonly graph: GraphClient) {}

  /**
   * Places a hold on the case, or on one of its captures. A capture that is being purged or was
   * purged cannot be held (CONFLICT), decided in the same transaction as the purge's own check.
   */
  async place(hold: NewHold): Promise<void> {
    const rows = await this.graph.write<{ status: string | null; pending: boolean }>(
      `MATCH (c:Case {id: $hold.caseId})
       OPTIONAL MATCH (c)-[:HAS_CAPTURE]->(k:Capture {id: $hold.captureId})
       WITH c, k WHERE $hold.captureId IS NULL OR k IS NOT NULL
       WITH c, k, k IS NOT NULL AND (k.purgePending IS NOT NULL OR k.status = 'PURGED') AS gone
       FOREACH (_ IN CASE WHEN gone THEN [] ELSE [1] END |
         CREATE (h:LegalHold) SET h = $hold
         FOREACH (target IN [coalesce(k, c)] | CREATE (h)-[:HOLDS]->(target)))
       RETURN k.status AS status, gone AS pending`,
      { hold },
    );
    const row = rows[0];
    if (!row)
      throw new AppError('NOT_FOUND', `capture ${hold.captureId} is not in this case`, {
        field: 'captureId',
      });
    if (row.pending)
      throw new AppError('CONFLICT', 'this capture has been purged or is being purged; it cannot be held');
  }

  /** Releases an active hold of the case; NOT_FOUND when the case has no such active hold. */
  async release(caseId: string, holdId: string, by: string, at: string, reason: string): Promise<LegalHold> {
    const rows = await this.graph.write<{ id: string }>(
      `MATCH (h:LegalHold {id: $holdId, caseId: $caseId}) WHERE h.releasedAt IS NULL
       SET h.releasedAt = $at, h.releasedBy = $by, h.releaseReason = $reason
       RETURN h.id AS id`,
      { caseId, holdId, by, at, reason },
    );
    if (!rows[0])
      throw new AppError('NOT_FOUND', 'this case has no active hold with that id', { field: 'holdId' });
    return (await this.byId(holdId))!;
  }

  async byId(holdId: string): Promise<LegalHold | undefined> {
    const rows = await this.graph.read<LegalHold>(
      `MATCH (h:LegalHold {id: $holdId}) ${NAMES} RETURN ${FIELDS}`,
      { holdId },
    );
    return rows[0];
  }

  /** The case's holds, active first, then newest first. */
  async ofCase(caseId: string): Promise<LegalHold[]> {
    return this.graph.read<LegalHold>(
      `MATCH (h:LegalHold {caseId: $caseId}) ${NAMES}
       RETURN ${FIELDS} ORDER BY h.releasedAt IS NULL DESC, h.placedAt DESC`,
      { caseId },
    );
  }
}
