import { AppError } from '../../common/errors.js';
import { int, type GraphClient } from '../graph-client.js';

export type ExportRecord = {
  readonly id: string;
  readonly caseId: string;
  readonly requestedBy: string;
  readonly status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  readonly captureIds: string[] | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly sha256: string | null;
  readonly size: number | null;
  readonly error: string | null;
  /** Why the evidence is released, as the requester stated it. */
  readonly reason: string;
  /** The policy the gate allowed the release under. */
  readonly policyVersion: string;
};

const FIELDS = `e.id AS id, e.caseId AS caseId, e.requestedBy AS requestedBy, e.status AS status,
  e.captureIds AS captureIds, e.createdAt AS createdAt, e.finishedAt AS finishedAt, e.sha256 AS sha256,
  e.size AS size, e.error AS error, e.reason AS reason, e.policyVersion AS policyVersion`;

/** Evidence packet exports of a case and their state. */
export class ExportRepository {
  constructor(private readonly graph: GraphClient) {}

  async create(
    record: Pick<
      ExportRecord,
      'id' | 'caseId' | 'requestedBy' | 'captureIds' | 'createdAt' | 'reason' | 'policyVersion'
    >,
  ): Promise<void> {
    await this.graph.write(
      `MATCH (c:Case {id: $record.caseId})
       CREATE (e:Export) SET e = $record, e.status = 'QUEUED'
       CREATE (c)-[:HAS_EXPORT]->(e)`,
      { record },
    );
  }

  async update(id: string, changes: Partial<ExportRecord>): Promise<void> {
    await this.graph.write('MATCH (e:Export {id: $id}) SET e += $changes', { id, changes });
  }

  async byId(id: string): Promise<ExportRecord> {
    const rows = await this.graph.read<ExportRecord>(`MATCH (e:Export {id: $id}) RETURN ${FIELDS}`, { id });
    if (!rows[0]) throw new AppError('NOT_FOUND', `export ${id} not found`);
    return rows[0];
  }

  async ofCase(caseId: string, limit: number): Promise<ExportRecord[]> {
    return this.graph.read<ExportRecord>(
      `MATCH (:Case {id: $caseId})-[:HAS_EXPORT]->(e:Export) RETURN ${FIELDS} ORDER BY e.createdAt DESC LIMIT $limit`,
      { caseId, limit: int(limit) },
    );
  }
}
