import type { CaseStatus } from '../../common/case-types.js';
import type { Purpose } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import { int, type GraphClient } from '../graph-client.js';
import { REACHES_CASE } from './case-access.repository.js';

/** A case as stored. */
export type CaseRecord = {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly purpose: Purpose;
  readonly status: CaseStatus;
  readonly unit: string | null;
  readonly description: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly closedAt: string | null;
  readonly closedReason: string | null;
};

export type CaseCounts = {
  readonly caseId: string;
  readonly persons: number;
  readonly accounts: number;
  readonly posts: number;
  readonly captures: number;
};

export type Assignee = {
  readonly caseId: string;
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly unit: string | null;
};

const FIELDS = `c.id AS id, c.number AS number, c.title AS title, c.purpose AS purpose, c.status AS status,
  c.unit AS unit, c.description AS description, c.createdAt AS createdAt, c.createdBy AS createdBy,
  c.closedAt AS closedAt, c.closedReason AS closedReason`;

/** Cases reachable by a user: assigned, or in the unit a supervisor oversees. */
const REACHABLE = `MATCH (u:User {id: $userId}), (c:Case) WHERE ${REACHES_CASE}`;

export interface CaseListFilter {
  readonly userId: string;
  readonly status?: string | undefined;
  readonly search?: string | undefined;
  /** Cursor position: cases created before this (createdAt, id), newest first. */
  readonly after?: { readonly createdAt: string; readonly id: string } | undefined;
  readonly limit: number;
}

/** Cases, their assignments and counts. */
export class CaseRepository {
  constructor(private readonly graph: GraphClient) {}

  /**
   * Creates a case and assigns its creator; CONFLICT when the unit already has a case of that
   * number (numbers are unique per unit, so the answer never reveals another unit's case).
   */
  async create(record: Omit<CaseRecord, 'closedAt' | 'closedReason'>): Promise<void> {
    const rows = await this.graph.write<{ id: string }>(
      `OPTIONAL MATCH (existing:Case {numberKey: $numberKey})
       WITH existing WHERE existing IS NULL
       MATCH (u:User {id: $record.createdBy})
       CREATE (c:Case) SET c = $record, c.numberKey = $numberKey
       CREATE (u)-[:ASSIGNED_TO {at: $record.createdAt, by: $record.createdBy}]->(c)
       RETURN c.id AS id`,
      { record, numberKey: `${record.unit ?? ''}/${record.number}` },
    );
    if (!rows[0]) {
      throw new AppError('CONFLICT', `your unit already has a case numbered ${record.number}`, {
        field: 'number',
      });
    }
  }

  async byId(id: string): Promise<CaseRecord | undefined> {
    const rows = await this.graph.read<CaseRecord>(`MATCH (c:Case {id: $id}) RETURN ${FIELDS}`, { id });
    return rows[0];
  }

  /** One page of the cases a user reaches, newest first. */
  async list(filter: CaseListFilter): Promise<CaseRecord[]> {
    return this.graph.read<CaseRecord>(
      `${REACHABLE}
         AND ($status IS NULL OR c.status = $status)
         AND ($search IS NULL OR toLower(c.title) CONTAINS toLower($search) OR toLower(c.number) CONTAINS toLower($search))
         AND ($after IS NULL OR c.createdAt < $after.createdAt
              OR (c.createdAt = $after.createdAt AND c.id < $after.id))
       RETURN ${FIELDS} ORDER BY c.createdAt DESC, c.id DESC LIMIT $limit`,
      {
        userId: filter.userId,
        status: filter.status ?? null,
        search: filter.search ?? null,
        after: filter.after ?? null,
        limit: int(filter.limit),
      },
    );
  }

  async update(id: string, changes: Partial<CaseRecord>): Promise<void> {
    await this.graph.write('MATCH (c:Case {id: $id}) SET c += $changes', { id, changes }, { cases: [id] });
  }

  /** Assigns a user; NOT_FOUND when the user does not exist. Assigning twice changes nothing. */
  async assign(caseId: string, userId: string, by: string, at: string): Promise<void> {
    const rows = await this.graph.write<{ ok: boolean }>(
      `MATCH (c:Case {id: $caseId}) MATCH (u:User {id: $userId})
       MERGE (u)-[a:ASSIGNED_TO]->(c) ON CREATE SET a.at = $at, a.by = $by
       RETURN true AS ok`,
      { caseId, userId, by, at },
      { cases: [caseId] },
    );
    if (!rows[0]) throw new AppError('NOT_FOUND', `user ${userId} not found`, { field: 'userId' });
  }

  /** Counts for many cases in one query. */
  async counts(caseIds: readonly string[]): Promise<CaseCounts[]> {
    return this.graph.read<CaseCounts>(
      `UNWIND $caseIds AS caseId MATCH (c:Case {id: caseId})
       RETURN caseId,
         COUNT { (c)-[:CONCERNS]->(:Person) } AS persons,
         COUNT { (c)-[:CONTAINS]->(:Account) } AS accounts,
         COUNT { (c)-[:CONTAINS]->(:Post) } AS posts,
         COUNT { (c)-[:HAS_CAPTURE]->(:Capture) } AS captures`,
      { caseIds },
    );
  }

  /** Assignees of many cases in one query. */
  async assignees(caseIds: readonly string[]): Promise<Assignee[]> {
    return this.graph.read<Assignee>(
      `UNWIND $caseIds AS caseId MATCH (u:User)-[:ASSIGNED_TO]->(:Case {id: caseId})
       RETURN caseId, u.id AS id, u.username AS username, u.displayName AS displayName, u.role AS role,
              u.unit AS unit
       ORDER BY u.username`,
      { caseIds },
    );
  }
}
