/**
 * Writes one capture and everything it read into the case graph in a single transaction: either
 * the capture, its artifacts, its observations, the changes they show and all its facts are in
 * the graph, or none of it is. Identity nodes (Account, Post) are MERGEd on their platform key and
 * never overwritten; what the capture read about each is an Observation (graph/observations/),
 * shared by every capture that read exactly the same thing. An account added by hand or mentioned
 * by handle becomes the account the capture read under its platform id (account-identity.ts).
 * A post the case last read exactly as now is only linked to the capture (case-readings.ts).
 */
import { casesTouchedByCapture } from '../case-scope.js';
import type { GraphClient, Tx } from '../graph-client.js';
import { detectChanges, type GoneRow, type Listing } from '../changes/change-detection.js';
import { observationRows, type HistoryVersion } from '../observations/observation-builder.js';
import { latestReadings, linkUnchanged, splitUnchanged } from '../observations/case-readings.js';
import {
  writeAccountObservations,
  writeHistoryObservations,
  writePostObservations,
  type ObservationScope,
} from '../observations/observation-ingest.js';
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
  /** SHA-256 and perceptual hash of the avatar as the capture kept it; null when it was not kept. */
  avatarSha256?: string | null;
  avatarPhash?: string | null;
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
  /** Earlier versions from the platform's edit history, oldest first, the current one last. */
  history?: readonly HistoryVersion[] | null;
  /** SHA-256 of the stored edit-history response. */
  historySource?: string | null;
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
  /** What the capture's listing covered, when it read an account's timeline; else null. */
  readonly listing?: Listing | null;
  /** Posts the platform answered as gone, what it said, and the stored answer's SHA-256. */
  readonly gone?: readonly GoneRow[];
}

export class CaptureIngestRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Stores a capture that failed: what was attempted, why it failed, and nothing else. */
  async recordFailure(caseId: string, capture: Record<string, unknown> & { id: string; decisionId: string }) {
    await this.graph.writeTx((tx) => createCapture(tx, caseId, capture), { cases: [caseId] });
  }

  /** The capture with its artifacts and facts, all or nothing. */
  async ingest(input: CaptureIngest): Promise<void> {
    const p = { caseId: input.caseId, platform: input.platform, captureId: input.capture.id };
    const write = async (tx: Tx) => {
      await createCapture(tx, input.caseId, input.capture);
      await tx.run(
        `MATCH (k:Capture {id: $captureId}) UNWIND $rows AS row
         MERGE (a:Artifact {sha256: row.sha256}) ON CREATE SET a.size = row.size, a.mediaType = row.mediaType
         MERGE (k)-[r:PRODUCED {name: row.name}]->(a) SET r.kind = row.kind`,
        { ...p, rows: input.artifacts },
      );
      const scope: ObservationScope = { ...p, at: captureTime(input) };
      const rows = observationRows(input);
      const latest = await latestReadings(
        tx,
        scope,
        'Post',
        rows.posts.map((r) => r.platformId),
      );
      const posts = splitUnchanged(rows.posts, latest);
      await writeAccountObservations(tx, scope, rows.accounts);
      await linkUnchanged(tx, scope, 'Post', posts.unchanged);
      await writePostObservations(tx, scope, posts.other);
      await writeHistoryObservations(tx, scope, rows.history);
      // What an unchanged post implies was written when the case first read it that way.
      await writeFacts(tx, p, input, new Set(posts.unchanged.map((r) => r.platformId)));
      // Last, once every account this capture read is in the graph under its platform id.
      const mentioned = input.mentions.flatMap((m) =>
        m.accountId === null ? [] : [{ platformId: m.accountId, handle: m.handle, url: null }],
      );
      await mergePlaceholders(tx, p, [...input.accounts, ...mentioned]);
      await detectChanges(tx, scope, {
        accounts: rows.accounts,
        posts: rows.posts,
        postsReadOtherwise: posts.other.filter((r) => latest.has(r.platformId)),
        historyPairs: historyPairs(rows),
        listing: input.listing ?? null,
        gone: input.gone ?? [],
      });
      return casesTouchedByCapture(tx, input.caseId, input.capture.id);
    };
    // Cached reads of the cases holding what the capture wrote go; every other case's stay.
    await this.graph.writeTx(write, { cases: (touched) => touched });
  }
}

/**
 * What the capture read around its posts and accounts: media (always, since the capture saw it),
 * then tags, links, mentions and replies, but not those of posts in `unchanged`.
 */
async function writeFacts(
  tx: Tx,
  p: { caseId: string; platform: string; captureId: string },
  input: CaptureIngest,
  unchanged: ReadonlySet<string>,
) {
  await tx.run(
    `MATCH (c:Case {id: $caseId}), (k:Capture {id: $captureId}) UNWIND $rows AS row
     MATCH (p:Post {platform: $platform, platformId: row.postId})
     MERGE (m:Media {sha256: row.sha256})
       ON CREATE SET m.mediaType = row.mediaType, m.size = row.size, m.url = row.url, m.phash = row.phash
     MERGE (p)-[:HAS_MEDIA]->(m) MERGE (c)-[:CONTAINS]->(m) MERGE (k)-[:CAPTURED]->(m)`,
    { ...p, rows: input.media },
  );
  const facts = factsToWrite(input, unchanged);
  await writeHashtags(tx, p, facts.hashtags);
  // One statement per label, so each row is found through the (platform, platformId) index.
  for (const [from, label] of [
    ['post', 'Post'],
    ['account', 'Account'],
  ] as const) {
    const urls = facts.urls.filter((u) => u.from === from);
    if (urls.length === 0) continue;
    await tx.run(
      `MATCH (c:Case {id: $caseId}) UNWIND $rows AS row
       MATCH (n:${label} {platform: $platform, platformId: row.id})
       MERGE (u:Url {href: row.url}) MERGE (n)-[:LINKS_TO]->(u) MERGE (c)-[:CONTAINS]->(u)`,
      { ...p, rows: urls },
    );
  }
  await writeMentions(tx, p, facts.mentions);
  for (const type of ['REPLY_TO', 'REPOST_OF', 'QUOTES'] as const) {
    const links = facts.links.filter((l) => l.type === type);
    if (links.length === 0) continue;
    await tx.run(
      `MATCH (c:Case {id: $caseId}) UNWIND $rows AS row
       MATCH (from:Post {platform: $platform, platformId: row.from})
       MERGE (to:Post {platform: $platform, platformId: row.to})
       MERGE (from)-[:${type}]->(to) MERGE (c)-[:CONTAINS]->(to)`,
      { ...p, rows: links },
    );
  }
}

/** The capture's tags, links, mentions and replies, without those of posts the case read unchanged. */
function factsToWrite(input: CaptureIngest, unchanged: ReadonlySet<string>) {
  return {
    hashtags: input.hashtags.filter((h) => !unchanged.has(h.postId)),
    urls: input.urls.filter((u) => u.from === 'account' || !unchanged.has(u.id)),
    mentions: input.mentions.filter((m) => !unchanged.has(m.postId)),
    links: input.links.filter((l) => !unchanged.has(l.from)),
  };
}

/** The posts' hashtags: each tag joins the case once, however many posts carry it. */
async function writeHashtags(
  tx: Tx,
  p: { caseId: string; platform: string },
  rows: CaptureIngest['hashtags'],
) {
  if (rows.length === 0) return;
  await tx.run(
    `MATCH (c:Case {id: $caseId}) UNWIND $tags AS tag
     MERGE (h:Hashtag {tag: tag}) MERGE (c)-[:CONTAINS]->(h)`,
    { ...p, tags: [...new Set(rows.map((r) => r.tag))] },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (p:Post {platform: $platform, platformId: row.postId}), (h:Hashtag {tag: row.tag})
     MERGE (p)-[:TAGGED]->(h)`,
    { ...p, rows },
  );
}

async function createCapture(
  tx: Tx,
  caseId: string,
  capture: Record<string, unknown> & { id: string; decisionId: string },
) {
  await tx.run(
    `MATCH (c:Case {id: $caseId})
     MERGE (k:Capture {id: $capture.id}) SET k = $capture
     MERGE (c)-[:HAS_CAPTURE]->(k)
     WITH k OPTIONAL MATCH (d:GateDecision {id: $capture.decisionId})
     FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (k)-[:UNDER]->(d))`,
    { caseId, capture },
  );
}

/** The capture's start, which orders its observations among the case's others. */
function captureTime(input: CaptureIngest): string {
  const at = input.capture.startedAt;
  return typeof at === 'string' ? at : new Date().toISOString();
}

/** Each edit-history version against the next, the last against the post as read now. */
function historyPairs(rows: ReturnType<typeof observationRows>) {
  const current = new Map(rows.posts.map((r) => [r.platformId, r.hash]));
  return rows.history.map((v, i) => {
    const next = rows.history[i + 1];
    const after = next?.platformId === v.platformId ? next.hash : current.get(v.platformId)!;
    return { platformId: v.platformId, before: v.hash, after };
  });
}
