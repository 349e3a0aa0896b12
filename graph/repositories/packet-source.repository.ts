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

/** A user as reports name them: never by id. */
export type PacketPerson = {
  id: string;
  displayName: string;
  rank: string | null;
  badge: string | null;
  unit: string | null;
  role: string | null;
};

/** The export being packed, with the gate decision that allowed it. */
export type PacketExport = {
  id: string;
  caseId: string;
  requestedBy: string;
  createdAt: string;
  reason: string;
  policyVersion: string;
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

  /** The export and its EXPORT-stage gate decision; null when no such export exists. */
  async exportOf(exportId: string): Promise<PacketExport | null> {
    const rows = await this.graph.read<PacketExport>(
      `MATCH (e:Export {id: $exportId})
       OPTIONAL MATCH (d:GateDecision {requestId: $exportId, stage: 'EXPORT'})
       WITH e, d ORDER BY d.decidedAt DESC LIMIT 1
       RETURN e.id AS id, e.caseId AS caseId, e.requestedBy AS requestedBy, e.createdAt AS createdAt,
              e.reason AS reason, e.policyVersion AS policyVersion, properties(d) AS decision`,
      { exportId },
    );
    return rows[0] ?? null;
  }

  /** The users with these ids, as reports name them; ids without a user are left out. */
  async people(ids: readonly string[]): Promise<PacketPerson[]> {
    return this.graph.read<PacketPerson>(
      `MATCH (u:User) WHERE u.id IN $ids
       RETURN u.id AS id, u.displayName AS displayName, u.rank AS rank, u.badge AS badge,
              u.unit AS unit, u.role AS role`,
      { ids: [...new Set(ids)] },
    );
  }

  /** The authorizations with these ids (covert methods, bulk scopes), as stored. */
  async authorizations(ids: readonly string[]): Promise<Record<string, unknown>[]> {
    const rows = await this.graph.read<{ a: Record<string, unknown> }>(
      'MATCH (a:Authorization) WHERE a.id IN $ids RETURN properties(a) AS a',
      { ids: [...new Set(ids)] },
    );
    return rows.map((r) => r.a);
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
