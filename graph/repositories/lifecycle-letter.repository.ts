/**
 * Preservation letters in the case graph. A letter is evidence like any capture: a Capture node
 * (kind PRESERVATION_LETTER, method PRESERVATION_REQUEST) under its gate decision that PRODUCED
 * the PDF and the plain text, so packets carry it with its custody. What happens after it is
 * written (sent, the provider's reference, the extension) is stamped on it, never overwritten:
 * each step is also appended to its history.
 */
import { AppError } from '../../common/errors.js';
import type { GraphClient } from '../graph-client.js';

export type LetterArtifact = { sha256: string; size: number; mediaType: string; name: string; kind: string };

export type PreservationLetter = {
  readonly id: string;
  readonly caseId: string;
  readonly providerId: string;
  readonly providerName: string;
  readonly platform: string;
  readonly targetValue: string;
  readonly accountIds: string[];
  readonly urls: string[];
  readonly rangeFrom: string | null;
  readonly rangeTo: string | null;
  readonly operatorId: string;
  readonly supervisorId: string;
  readonly decisionId: string;
  readonly startedAt: string;
  readonly sentAt: string | null;
  readonly providerReference: string | null;
  /** The letter this one extends, for a §2703(f)(2) extension. */
  readonly extendsLetterId: string | null;
  /** The extension letter written for this one, once there is one. */
  readonly extendedBy: string | null;
  readonly artifacts: LetterArtifact[];
};

const FIELDS = `k.id AS id, c.id AS caseId, k.providerId AS providerId, k.providerName AS providerName,
  k.platform AS platform, k.targetValue AS targetValue, k.accountIds AS accountIds, k.urls AS urls,
  k.rangeFrom AS rangeFrom, k.rangeTo AS rangeTo, k.operatorId AS operatorId, k.supervisorId AS supervisorId,
  k.decisionId AS decisionId, k.startedAt AS startedAt, k.sentAt AS sentAt,
  k.providerReference AS providerReference, k.extendsLetterId AS extendsLetterId,
  head(COLLECT { MATCH (x:Capture {extendsLetterId: k.id}) RETURN x.id }) AS extendedBy,
  [(k)-[r:PRODUCED]->(a:Artifact) | {sha256: a.sha256, size: a.size, mediaType: a.mediaType, name: r.name, kind: r.kind}] AS artifacts`;

export class PreservationLetterRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Stores the letter's capture, its files and its decision link in one transaction. */
  async create(
    caseId: string,
    letter: Record<string, unknown> & { id: string; decisionId: string },
    artifacts: readonly LetterArtifact[],
  ): Promise<void> {
    await this.graph.writeTx(async (tx) => {
      await tx.run(
        `MATCH (c:Case {id: $caseId})
         CREATE (k:Capture) SET k = $letter
         CREATE (c)-[:HAS_CAPTURE]->(k)
         WITH k OPTIONAL MATCH (d:GateDecision {id: $letter.decisionId})
         FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | CREATE (k)-[:UNDER]->(d))`,
        { caseId, letter },
      );
      await tx.run(
        `MATCH (k:Capture {id: $id}) UNWIND $rows AS row
         MERGE (a:Artifact {sha256: row.sha256}) ON CREATE SET a.size = row.size, a.mediaType = row.mediaType
         MERGE (k)-[r:PRODUCED {name: row.name}]->(a) SET r.kind = row.kind`,
        { id: letter.id, rows: artifacts },
      );
    });
  }

  async byId(caseId: string, id: string): Promise<PreservationLetter | undefined> {
    const rows = await this.graph.read<PreservationLetter>(
      `MATCH (c:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {id: $id, kind: 'PRESERVATION_LETTER'})
       RETURN ${FIELDS}`,
      { caseId, id },
    );
    return rows[0];
  }

  /** The case's letters, newest first. */
  async ofCase(caseId: string): Promise<PreservationLetter[]> {
    return this.graph.read<PreservationLetter>(
      `MATCH (c:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {kind: 'PRESERVATION_LETTER'})
       RETURN ${FIELDS} ORDER BY k.startedAt DESC`,
      { caseId },
    );
  }

  /** Stamps when the letter was sent and the provider's reference; CONFLICT when already sent. */
  async markSent(caseId: string, id: string, sent: { at: string; reference: string | null; by: string }) {
    const rows = await this.graph.write<{ was: string | null }>(
      `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {id: $id, kind: 'PRESERVATION_LETTER'})
       WITH k, k.sentAt AS was
       FOREACH (_ IN CASE WHEN was IS NULL THEN [1] ELSE [] END |
         SET k.sentAt = $sent.at, k.providerReference = $sent.reference,
             k.trackingHistory = coalesce(k.trackingHistory, []) + $entry)
       RETURN was`,
      { caseId, id, sent, entry: JSON.stringify({ step: 'SENT', ...sent }) },
    );
    if (!rows[0])
      throw new AppError('NOT_FOUND', 'this case has no such preservation letter', { field: 'letterId' });
    if (rows[0].was)
      throw new AppError(
        'CONFLICT',
        `this letter was already recorded as sent on ${rows[0].was.slice(0, 10)}`,
      );
  }
}
