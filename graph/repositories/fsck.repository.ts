import type { GraphClient } from '../graph-client.js';

/** A capture as fsck compares it with custody: what it produced, and under which request. */
export type FsckCapture = {
  readonly id: string;
  readonly caseId: string;
  readonly requestId: string | null;
  readonly artifactHashes: string[];
};

/** A CAPTURED custody event, reduced to what fsck compares. */
export type FsckCustodyCapture = {
  readonly caseId: string;
  readonly seq: number;
  readonly detailsJson: string;
  readonly artifactHashes: string[];
};

/** The graph's side of `casegraph fsck`: every stored digest it names, captures and their custody. */
export class FsckRepository {
  /** `cases`: check only these cases' captures and chains (stored digests are looked up in all). */
  constructor(
    private readonly graph: GraphClient,
    private readonly cases: readonly string[] | null = null,
  ) {}

  /** Digests the graph names as stored bytes (artifacts and media). */
  async referencedDigests(): Promise<Set<string>> {
    const rows = await this.graph.read<{ sha256: string }>(
      `MATCH (a:Artifact) RETURN a.sha256 AS sha256
       UNION MATCH (m:Media) WHERE m.sha256 IS NOT NULL RETURN m.sha256 AS sha256`,
    );
    return new Set(rows.map((r) => r.sha256));
  }

  /** Every successful capture with the artifacts it produced. */
  async captures(): Promise<FsckCapture[]> {
    return this.graph.read<FsckCapture>(
      `MATCH (c:Case)-[:HAS_CAPTURE]->(k:Capture {status: 'CAPTURED'})
       WHERE $cases IS NULL OR c.id IN $cases
       RETURN k.id AS id, c.id AS caseId, k.requestId AS requestId,
              [(k)-[:PRODUCED]->(a:Artifact) | a.sha256] AS artifactHashes
       ORDER BY k.id`,
      { cases: this.cases },
    );
  }

  /** Every CAPTURED custody event. */
  async capturedEvents(): Promise<FsckCustodyCapture[]> {
    return this.graph.read<FsckCustodyCapture>(
      `MATCH (c:Case)-[:HAS_CUSTODY_EVENT]->(e:CustodyEvent {type: 'CAPTURED'})
       WHERE $cases IS NULL OR c.id IN $cases
       RETURN c.id AS caseId, e.seq AS seq, e.detailsJson AS detailsJson, e.artifactHashes AS artifactHashes`,
      { cases: this.cases },
    );
  }

  /** Digests whose bytes a PURGED custody event removed on record. */
  async purgedDigests(): Promise<Set<string>> {
    const rows = await this.graph.read<{ sha256: string }>(
      `MATCH (:Case)-[:HAS_CUSTODY_EVENT]->(e:CustodyEvent {type: 'PURGED'})
       UNWIND e.artifactHashes AS sha256 RETURN DISTINCT sha256`,
    );
    return new Set(rows.map((r) => r.sha256));
  }

  async caseIds(): Promise<string[]> {
    const rows = await this.graph.read<{ id: string }>(
      'MATCH (c:Case) WHERE $cases IS NULL OR c.id IN $cases RETURN c.id AS id ORDER BY id',
      { cases: this.cases },
    );
    return rows.map((r) => r.id);
  }
}
