import { AppError } from '../../common/errors.js';
import type { CustodyEvent } from '../../common/custody-types.js';
import type { GraphClient } from '../graph-client.js';

type StoredEvent = Omit<CustodyEvent, 'details'> & { readonly detailsJson: string };

const FIELDS = `e.caseId AS caseId, e.seq AS seq, e.at AS at, e.type AS type, e.actorId AS actorId,
  e.artifactHashes AS artifactHashes, e.detailsJson AS detailsJson, e.prevHash AS prevHash, e.hash AS hash`;

const fromStored = ({ detailsJson, ...rest }: StoredEvent): CustodyEvent => ({
  ...rest,
  details: JSON.parse(detailsJson) as Record<string, unknown>,
});

/** A chain's writes change what its own case shows, and no other case. */
const CHAIN_OF = (caseId: string) => ({ cases: [caseId] });

/** The custody events of each case, appended under a per-case lock and never changed. */
export class CustodyRepository {
  constructor(private readonly graph: GraphClient) {}

  /**
   * Appends the event `build` makes from the chain's head, in one transaction that first locks the
   * case node: concurrent writers of one case queue up instead of forking the chain. With
   * `onceKey`, an event already stored under that key is returned instead (a retried job's append);
   * the key is kept beside the event, outside what its hash covers.
   */
  async append(
    caseId: string,
    build: (head: { seq: number; hash: string } | null) => CustodyEvent,
    onceKey?: string,
  ): Promise<CustodyEvent> {
    return this.graph.writeTx(async (tx) => {
      const locked = await tx.run<{ id: string }>(
        'MATCH (c:Case {id: $caseId}) SET c.custodyLock = coalesce(c.custodyLock, 0) + 1 RETURN c.id AS id',
        { caseId },
      );
      if (!locked[0]) throw new AppError('NOT_FOUND', `case ${caseId} not found`);
      if (onceKey !== undefined) {
        const stored = await tx.run<StoredEvent>(
          `MATCH (:Case {id: $caseId})-[:HAS_CUSTODY_EVENT]->(e:CustodyEvent {onceKey: $onceKey}) RETURN ${FIELDS}`,
          { caseId, onceKey },
        );
        if (stored[0]) return fromStored(stored[0]);
      }
      const heads = await tx.run<{ seq: number; hash: string }>(
        `MATCH (:Case {id: $caseId})-[:HAS_CUSTODY_EVENT]->(e:CustodyEvent)
         RETURN e.seq AS seq, e.hash AS hash ORDER BY e.seq DESC LIMIT 1`,
        { caseId },
      );
      const event = build(heads[0] ?? null);
      const { details, ...rest } = event;
      await tx.run(
        `MATCH (c:Case {id: $caseId})
         CREATE (e:CustodyEvent) SET e = $event, e.onceKey = $onceKey
         CREATE (c)-[:HAS_CUSTODY_EVENT]->(e)`,
        {
          caseId,
          onceKey: onceKey ?? null,
          event: { ...rest, artifactHashes: [...rest.artifactHashes], detailsJson: JSON.stringify(details) },
        },
      );
      return event;
    }, CHAIN_OF(caseId));
  }

  /** The case's chain in order. */
  async events(caseId: string): Promise<CustodyEvent[]> {
    const rows = await this.graph.read<StoredEvent>(
      `MATCH (:Case {id: $caseId})-[:HAS_CUSTODY_EVENT]->(e:CustodyEvent) RETURN ${FIELDS} ORDER BY e.seq`,
      { caseId },
    );
    return rows.map(fromStored);
  }

  /**
   * Stores a signed checkpoint of the case's chain unless one already pins that event, and returns
   * the stored one. The case lock serialises writers: two scheduled runs (or a run and an export)
   * that sign the same head at the same moment keep one checkpoint, not two.
   */
  async saveCheckpoint<T extends Record<string, unknown> & { caseId: string; seq: number }>(
    checkpoint: T,
  ): Promise<T> {
    return this.graph.writeTx(async (tx) => {
      await tx.run('MATCH (c:Case {id: $caseId}) SET c.custodyLock = coalesce(c.custodyLock, 0) + 1', {
        caseId: checkpoint.caseId,
      });
      const rows = await tx.run<{ k: T }>(
        `MATCH (c:Case {id: $checkpoint.caseId})
         OPTIONAL MATCH (c)-[:HAS_CHECKPOINT]->(old:CustodyCheckpoint {seq: $checkpoint.seq})
         WITH c, head(collect(old)) AS old
         FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
           CREATE (k:CustodyCheckpoint) SET k = $checkpoint CREATE (c)-[:HAS_CHECKPOINT]->(k))
         RETURN coalesce(properties(old), $checkpoint) AS k`,
        { checkpoint },
      );
      return rows[0]?.k ?? checkpoint;
    }, CHAIN_OF(checkpoint.caseId));
  }

  /** Cases whose chain has events past its last checkpoint (or has never been checkpointed). */
  async casesWithUncheckpointedEvents(): Promise<string[]> {
    const rows = await this.graph.read<{ caseId: string }>(
      `MATCH (c:Case)-[:HAS_CUSTODY_EVENT]->(e:CustodyEvent)
       WITH c, max(e.seq) AS head
       OPTIONAL MATCH (c)-[:HAS_CHECKPOINT]->(k:CustodyCheckpoint)
       WITH c, head, max(k.seq) AS signed
       WHERE signed IS NULL OR signed < head
       RETURN c.id AS caseId ORDER BY caseId`,
    );
    return rows.map((r) => r.caseId);
  }

  /** The case's checkpoints, oldest first. */
  async checkpoints<T>(caseId: string): Promise<T[]> {
    const rows = await this.graph.read<{ k: T }>(
      'MATCH (:Case {id: $caseId})-[:HAS_CHECKPOINT]->(k:CustodyCheckpoint) RETURN properties(k) AS k ORDER BY k.seq',
      { caseId },
    );
    return rows.map((r) => r.k);
  }
}
