import type { GraphClient } from '../graph-client.js';

/** A capture already in the graph: what its CAPTURED custody event names. */
export type CapturedOutcome = {
  readonly captureId: string;
  readonly artifactHashes: string[];
  readonly posts: number;
  readonly complete: boolean;
};

/**
 * What the graph holds of one capture id. A collect job derives its capture id from the request
 * and the job, so a retry after a worker died finds the capture its first attempt ingested and
 * finishes it (its custody event) instead of collecting a second one.
 */
export class CaptureOutcomeRepository {
  constructor(private readonly graph: GraphClient) {}

  /** The ingested capture of that id, or null when no attempt got as far as the ingest. */
  async captured(captureId: string): Promise<CapturedOutcome | null> {
    const rows = await this.graph.read<CapturedOutcome>(
      `MATCH (k:Capture {id: $captureId}) WHERE k.status = 'CAPTURED'
       RETURN k.id AS captureId, coalesce(k.complete, false) AS complete,
              [(k)-[:PRODUCED]->(a:Artifact) | a.sha256] AS artifactHashes,
              COUNT { (k)-[:CAPTURED]->(:Post) } AS posts`,
      { captureId },
    );
    return rows[0] ?? null;
  }
}
