/**
 * One account, one node. A detective adds an account by hand as `handle:<name>` or `url:<href>`
 * (server/services/case.service.ts, manualAccountKey), and a post may mention one by handle only;
 * a capture later reads the same account under the platform's own id. At ingest, inside the
 * capture's transaction, every such node of the platform is merged into the node of the platform
 * id: each relationship it had moves across (a person's USES with its basis and confidence, case
 * membership, notes, mentions, links), both sets of facts and sources are kept, and the node says
 * what it absorbed and which capture did it. A mention by handle alone first looks for an account
 * of that handle the case already holds under its platform id.
 */
import type { Tx } from '../graph-client.js';

export interface AccountIdentity {
  readonly platformId: string;
  readonly handle: string | null;
  readonly url: string | null;
}

export interface IngestMention {
  readonly postId: string;
  /** The platform's id of the mentioned account; null when the post names it by handle only. */
  readonly accountId: string | null;
  readonly handle: string;
}

/** Keys of accounts added by hand or mentioned by handle, as they would have been written. */
function placeholderKeys(handle: string | null, url: string | null): string[] {
  const keys: string[] = [];
  const name = handle?.replace(/^@/, '').toLowerCase();
  let page: URL | null = null;
  try {
    page = url ? new URL(url) : null;
  } catch {
    page = null;
  }
  if (name) {
    keys.push(`handle:${name}`);
    // Federated platforms name an instance's own accounts without the instance, which a
    // detective writes out (alice@mastodon.social); the profile page's host is that instance.
    if (!name.includes('@') && page) keys.push(`handle:${name}@${page.host}`);
  }
  if (page) keys.push(`url:${page.href}`);
  return keys;
}

/**
 * The (account, placeholder key) pairs to merge, in rounds: an account appears once per round so
 * each statement reads an account's properties before it, not halfway through another merge; a
 * key goes to the first account that claims it.
 */
function mergeRounds(accounts: readonly AccountIdentity[]) {
  const claimed = new Set<string>();
  const seen = new Set<string>();
  const rounds: { platformId: string; key: string }[][] = [];
  for (const a of accounts) {
    if (/^(handle|url):/.test(a.platformId) || seen.has(a.platformId)) continue;
    seen.add(a.platformId);
    const keys = placeholderKeys(a.handle, a.url).filter((k) => !claimed.has(k));
    keys.forEach((key, i) => {
      claimed.add(key);
      (rounds[i] ??= []).push({ platformId: a.platformId, key });
    });
  }
  return rounds;
}

/**
 * Merges the platform's placeholder accounts into the accounts just read. Properties of both are
 * kept (the platform's read wins where both have one), sources are united, and `mergedFrom` /
 * `mergedByCapture` name each absorbed key and the capture that merged it.
 */
export async function mergePlaceholders(
  tx: Tx,
  p: { platform: string; captureId: string },
  accounts: readonly AccountIdentity[],
): Promise<void> {
  const rounds = mergeRounds(accounts);
  const keys = rounds.flatMap((round) => round.map((r) => r.key));
  if (keys.length === 0) return;
  // Most captures find no placeholder at all: ask which keys exist before merging any.
  const found = await tx.run<{ key: string }>(
    `UNWIND $keys AS key MATCH (old:Account {platform: $platform, platformId: key}) RETURN key`,
    { platform: p.platform, keys },
  );
  const existing = new Set(found.map((f) => f.key));
  for (const rows of rounds.map((round) => round.filter((r) => existing.has(r.key)))) {
    if (rows.length === 0) continue;
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Account {platform: $platform, platformId: row.platformId})
       MATCH (old:Account {platform: $platform, platformId: row.key})
       CALL (a, old) {
         MATCH (old)-[r]->(o) WHERE o <> a
         MERGE (a)-[n:$(type(r))]->(o) ON CREATE SET n = properties(r)
       }
       CALL (a, old) {
         MATCH (o)-[r]->(old) WHERE o <> a
         MERGE (o)-[n:$(type(r))]->(a) ON CREATE SET n = properties(r)
       }
       WITH a, old, properties(old) AS was, properties(a) AS read
       // The placeholder goes first: its key may stand on the merged node for a moment below.
       DETACH DELETE old
       SET a += was
       SET a += read
       SET a.sourceSha256s = coalesce(read.sourceSha256s, []) +
             [s IN coalesce(was.sourceSha256s, []) WHERE NOT s IN coalesce(read.sourceSha256s, [])],
           a.mergedFrom = coalesce(read.mergedFrom, []) + coalesce(was.mergedFrom, []) + was.platformId,
           a.mergedByCapture = coalesce(read.mergedByCapture, []) + coalesce(was.mergedByCapture, []) + $captureId`,
      { ...p, rows },
    );
  }
}

/**
 * Writes the mentions. One by handle alone is the case's account of that handle under its
 * platform id when the case holds one, else the `handle:` placeholder a later capture merges.
 */
export async function writeMentions(
  tx: Tx,
  p: { caseId: string; platform: string },
  mentions: readonly IngestMention[],
): Promise<void> {
  const byHandle = mentions
    .filter((m) => m.accountId === null)
    .map((m) => ({
      postId: m.postId,
      handle: m.handle,
      handleLower: m.handle.replace(/^@/, '').toLowerCase(),
    }));
  const resolved =
    byHandle.length === 0
      ? []
      : await tx.run<{ postId: string; accountId: string; handle: string }>(
          `UNWIND $rows AS row
     OPTIONAL CALL (row) {
       MATCH (:Case {id: $caseId})-[:CONTAINS]->(known:Account {platform: $platform, handleLower: row.handleLower})
       WHERE NOT (known.platformId STARTS WITH 'handle:' OR known.platformId STARTS WITH 'url:')
       RETURN known.platformId AS id ORDER BY id LIMIT 1
     }
     RETURN row.postId AS postId, coalesce(id, 'handle:' + row.handleLower) AS accountId, row.handle AS handle`,
          { ...p, rows: byHandle },
        );
  const rows = [...mentions.filter((m) => m.accountId !== null), ...resolved];
  if (rows.length === 0) return;
  // The accounts first, each joining the case once however many posts mention it.
  const accounts = [...new Map(rows.map((r) => [r.accountId, r])).values()];
  await tx.run(
    `MATCH (c:Case {id: $caseId}) UNWIND $accounts AS row
     MERGE (a:Account {platform: $platform, platformId: row.accountId})
       ON CREATE SET a.handle = row.handle, a.handleLower = toLower(row.handle)
     MERGE (c)-[:CONTAINS]->(a)`,
    { ...p, accounts },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (p:Post {platform: $platform, platformId: row.postId}),
           (a:Account {platform: $platform, platformId: row.accountId})
     MERGE (p)-[:MENTIONS]->(a)`,
    { ...p, rows },
  );
}
