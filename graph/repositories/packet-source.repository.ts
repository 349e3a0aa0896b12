import { AppError } from '../../common/errors.js';
import type { GraphClient } from '../graph-client.js';

export type PacketCase = { id: string; number: string; title: string; purpose: string; status: string };
export type PacketArtifact = {
  sha256: string;
  size: number;
  mediaType: string | null;
  name: string;
  kind: string;
};
export type PacketCapture = {
  id: string;
  properties: Record<string, unknown>;
  artifacts: PacketArtifact[];
  decision: Record<string, unknown> | null;
};

/** What an evidence packet is made of, read from the case graph. */
export class PacketSourceRepository {
  constructor(private readonly graph: GraphClient) {}

  async caseOf(caseId: string): Promise<PacketCase> {
    const rows = await this.graph.read<PacketCase>(
      `MATCH (c:Case {id: $caseId})
       RETURN c.id AS id, c.number AS number, c.title AS title, c.purpose AS purpose, c.status AS status`,
      { caseId },
    );
    if (!rows[0]) throw new AppError('NOT_FOUND', `case ${caseId} not found`);
    return rows[0];
  }

  /** The case's completed captures (all, or those listed), with artifacts and gate decisions. */
  async captures(caseId: string, captureIds: readonly string[] | null): Promise<PacketCapture[]> {
    const rows = await this.graph.read<PacketCapture>(
      `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {status: 'CAPTURED'})
       WHERE $ids IS NULL OR k.id IN $ids
       OPTIONAL MATCH (k)-[:UNDER]->(d:GateDecision)
       RETURN k.id AS id, properties(k) AS properties, properties(d) AS decision,
              [(k)-[r:PRODUCED]->(a:Artifact) | {sha256: a.sha256, size: a.size, mediaType: a.mediaType,
                                                  name: r.name, kind: r.kind}] AS artifacts
       ORDER BY k.startedAt`,
      { caseId, ids: captureIds },
    );
    if (captureIds && rows.length !== new Set(captureIds).size) {
      throw new AppError('NOT_FOUND', 'some of the chosen captures are not completed captures of this case');
    }
    return rows;
  }

  /** Finds a file among a case's captures; undefined when the case kept no such file. */
  async artifactOfCase(caseId: string, sha256: string): Promise<CaseArtifact | undefined> {
    const rows = await this.graph.read<CaseArtifact>(
      `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(:Capture)-[r:PRODUCED]->(a:Artifact {sha256: $sha256})
       RETURN a.sha256 AS sha256, a.size AS size, a.mediaType AS mediaType, r.name AS name LIMIT 1`,
      { caseId, sha256 },
    );
    return rows[0];
  }
}

/** One stored file of a case: which capture kept it, under which name and media type. */
export type CaseArtifact = { sha256: string; size: number; mediaType: string | null; name: string };
