/**
 * Writes one capture and everything it read into the case graph in a single transaction: either
 * the capture, its artifacts and all its facts are in the graph, or none of it is. Every write is
 * an UNWIND batch MERGEd on a constrained key, so capturing the same post again adds a CAPTURED
 * edge to the existing node instead of a second node. Each node keeps the hashes of the stored
 * responses it was read from (`sourceSha256s`). An account added by hand or mentioned by handle
 * becomes the account the capture read under its platform id (account-identity.ts).
 */
import type { GraphClient, Tx } from '../graph-client.js';
import { mergePlaceholders, writeMentions, type IngestMention } from './account-identity.js';

export type IngestArtifact = { sha256: string; size: number; mediaType: string; name: string; kind: string };
type Sourced = { source: string | null };
export type IngestAccount = Sourced & {
  platformId: string;
  handle: string;
  displayName: string | null;
  url: string | null;
  bio: string | null;
  avatarUrl: string | null;
  createdAt: string | null;
  /** Platform facts without a property of their own, as JSON; null when there are none. */
  detailsJson: string | null;
};
export type IngestPost = Sourced & {
  platformId: string;
  authorId: string;
  url: string | null;
  text: string;
  postedAt: string | null;
  editedAt: string | null;
  lang: string | null;
  title: string | null;
  /** Platform facts without a property of their own, as JSON; null when there are none. */
  detailsJson: string | null;
};
export type IngestMedia = {
  postId: string;
  sha256: string;
  mediaType: string;
  size: number;
  url: string;
  phash: string | null;
};

export interface CaptureIngest {
  readonly caseId: string;
  readonly platform: string;
  readonly capture: Record<string, unknown> & { id: string; decisionId: string };
  readonly artifacts: IngestArtifact[];
  readonly accounts: IngestAccount[];
  readonly posts: IngestPost[];
  readonly media: IngestMedia[];
  readonly hashtags: { postId: string; tag: string }[];
  readonly urls: { from: 'post' | 'account'; id: string; url: string }[];
  /** A mention with a null accountId names the account by handle only. */
  readonly mentions: IngestMention[];
  readonly links: { type: 'REPLY_TO' | 'REPOST_OF' | 'QUOTES'; from: string; to: string }[];
}

const SOURCE = (n: string) =>
  `${n}.sourceSha256s = CASE WHEN row.source IS NULL OR row.source IN coalesce(${n}.sourceSha256s, [])
     THEN ${n}.sourceSha256s ELSE coalesce(${n}.sourceSha256s, []) + row.source END`;

export class CaptureIngestRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Stores a capture that failed: what was attempted, why it failed, and nothing else. */
  async recordFailure(caseId: string, capture: Record<string, unknown> & { id: string; decisionId: string }) {
    await this.graph.writeTx((tx) => createCapture(tx, caseId, capture));
  }

  /** The capture with its artifacts and facts, all or nothing. */
  async ingest(input: CaptureIngest): Promise<void> {
    const p = { caseId: input.caseId, platform: input.platform, captureId: input.capture.id };
    await this.graph.writeTx(async (tx) => {
      await createCapture(tx, input.caseId, input.capture);
      await tx.run(
        `MATCH (k:Capture {id: $captureId}) UNWIND $rows AS row
         MERGE (a:Artifact {sha256: row.sha256}) ON CREATE SET a.size = row.size, a.mediaType = row.mediaType
         MERGE (k)-[r:PRODUCED {name: row.name}]->(a) SET r.kind = row.kind`,
        { ...p, rows: input.artifacts },
      );
      await tx.run(
        `MATCH (c:Case {id: $caseId}), (k:Capture {id: $captureId}) UNWIND $rows AS row
         MERGE (a:Account {platform: $platform, platformId: row.platformId})
         SET a.handle = row.handle, a.handleLower = toLower(row.handle), a.displayName = row.displayName,
             a.url = row.url, a.bio = row.bio,
             a.avatarUrl = row.avatarUrl, a.createdAt = row.createdAt, a.detailsJson = row.detailsJson, ${SOURCE('a')}
         MERGE (c)-[:CONTAINS]->(a) MERGE (k)-[:CAPTURED]->(a)`,
        { ...p, rows: input.accounts },
      );
      await tx.run(
        `MATCH (c:Case {id: $caseId}), (k:Capture {id: $captureId}) UNWIND $rows AS row
         MERGE (p:Post {platform: $platform, platformId: row.platformId})
         SET p.url = row.url, p.text = row.text, p.postedAt = row.postedAt, p.editedAt = row.editedAt,
             p.lang = row.lang, p.title = row.title, p.detailsJson = row.detailsJson, ${SOURCE('p')}
         MERGE (c)-[:CONTAINS]->(p) MERGE (k)-[:CAPTURED]->(p)
         WITH p, row MATCH (a:Account {platform: $platform, platformId: row.authorId}) MERGE (a)-[:POSTED]->(p)`,
        { ...p, rows: input.posts },
      );
      await tx.run(
        `MATCH (c:Case {id: $caseId}), (k:Capture {id: $captureId}) UNWIND $rows AS row
         MATCH (p:Post {platform: $platform, platformId: row.postId})
         MERGE (m:Media {sha256: row.sha256})
           ON CREATE SET m.mediaType = row.mediaType, m.size = row.size, m.url = row.url, m.phash = row.phash
         MERGE (p)-[:HAS_MEDIA]->(m) MERGE (c)-[:CONTAINS]->(m) MERGE (k)-[:CAPTURED]->(m)`,
        { ...p, rows: input.media },
      );
      await tx.run(
        `MATCH (c:Case {id: $caseId}) UNWIND $rows AS row
         MATCH (p:Post {platform: $platform, platformId: row.postId})
         MERGE (h:Hashtag {tag: row.tag}) MERGE (p)-[:TAGGED]->(h) MERGE (c)-[:CONTAINS]->(h)`,
        { ...p, rows: input.hashtags },
      );
      // One statement per label, so each row is found through the (platform, platformId) index.
      for (const [from, label] of [
        ['post', 'Post'],
        ['account', 'Account'],
      ] as const) {
        await tx.run(
          `MATCH (c:Case {id: $caseId}) UNWIND $rows AS row
           MATCH (n:${label} {platform: $platform, platformId: row.id})
           MERGE (u:Url {href: row.url}) MERGE (n)-[:LINKS_TO]->(u) MERGE (c)-[:CONTAINS]->(u)`,
          { ...p, rows: input.urls.filter((u) => u.from === from) },
        );
      }
      await writeMentions(tx, p, input.mentions);
      for (const type of ['REPLY_TO', 'REPOST_OF', 'QUOTES'] as const) {
        await tx.run(
          `MATCH (c:Case {id: $caseId}) UNWIND $rows AS row
           MATCH (from:Post {platform: $platform, platformId: row.from})
           MERGE (to:Post {platform: $platform, platformId: row.to})
           MERGE (from)-[:${type}]->(to) MERGE (c)-[:CONTAINS]->(to)`,
          { ...p, rows: input.links.filter((l) => l.type === type) },
        );
      }
      // Last, once every account this capture read is in the graph under its platform id.
      const mentioned = input.mentions.flatMap((m) =>
        m.accountId === null ? [] : [{ platformId: m.accountId, handle: m.handle, url: null }],
      );
      await mergePlaceholders(tx, p, [...input.accounts, ...mentioned]);
    });
  }
}

async function createCapture(
  tx: Tx,
  caseId: string,
  capture: Record<string, unknown> & { id: string; decisionId: string },
) {
  await tx.run(
    `MATCH (c:Case {id: $caseId})
     CREATE (k:Capture) SET k = $capture
     CREATE (c)-[:HAS_CAPTURE]->(k)
     WITH k OPTIONAL MATCH (d:GateDecision {id: $capture.decisionId})
     FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | CREATE (k)-[:UNDER]->(d))`,
    { caseId, capture },
  );
}
