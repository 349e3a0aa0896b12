/**
 * Which of a case's captures stored given files. Evidence elsewhere in the API (a link feature, a
 * media spread) names the SHA-256 of what it was read from; a reader follows that to the capture
 * that kept the bytes. Only this case's captures answer, so another case's captures stay unseen.
 */
import { int, type GraphClient } from '../graph-client.js';

export type ArtifactCaptureRow = {
  readonly sha256: string;
  readonly captureId: string;
  readonly name: string | null;
  readonly kind: string | null;
  readonly platform: string | null;
  readonly targetValue: string | null;
  readonly startedAt: string | null;
};

export class ArtifactCaptureRepository {
  constructor(private readonly graph: GraphClient) {}

  /** The captures of `caseId` that produced any of `sha256s`, newest first, at most `limit` rows. */
  async capturesOf(caseId: string, sha256s: readonly string[], limit: number): Promise<ArtifactCaptureRow[]> {
    return this.graph.read<ArtifactCaptureRow>(
      `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture)-[r:PRODUCED]->(a:Artifact)
       WHERE a.sha256 IN $sha256s
       RETURN a.sha256 AS sha256, k.id AS captureId, r.name AS name, r.kind AS kind,
              k.platform AS platform, k.targetValue AS targetValue, k.startedAt AS startedAt
       ORDER BY k.startedAt DESC LIMIT $limit`,
      { caseId, sha256s: [...sha256s], limit: int(limit) },
    );
  }
}
