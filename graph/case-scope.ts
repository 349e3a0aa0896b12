/**
 * Which cases a write into shared nodes may change. Accounts, posts, media, hashtags and links are
 * one node each whatever case holds them, so a capture for one case can change what another case
 * holding the same post or account shows; cached reads of those cases must go, and only those.
 */
import type { Tx } from './graph-client.js';

/**
 * The cases that hold anything a capture wrote: what it captured and the nodes those point to
 * (hashtags, links, mentions, replies, reposts, quotes, media). Read inside the capture's own
 * transaction, after its writes, so a node merged into one the capture read is counted too. Edges
 * into a captured node (an account's POSTED) are not followed: they may number in the hundred
 * thousands and the capture did not write them.
 */
export async function casesTouchedByCapture(tx: Tx, caseId: string, captureId: string): Promise<string[]> {
  const rows = await tx.run<{ cases: string[] }>(
    `MATCH (k:Capture {id: $captureId})
     OPTIONAL MATCH (k)-[:CAPTURED]->(n)
     OPTIONAL MATCH (n)-[:TAGGED|LINKS_TO|MENTIONS|REPLY_TO|REPOST_OF|QUOTES|HAS_MEDIA]->(m)
     WITH collect(DISTINCT n) + collect(DISTINCT m) AS touched
     CALL (touched) {
       UNWIND touched AS x
       MATCH (c:Case)-[:CONTAINS]->(x)
       RETURN collect(DISTINCT c.id) AS holders
     }
     RETURN holders AS cases`,
    { captureId },
  );
  return [...new Set([caseId, ...(rows[0]?.cases ?? [])])];
}
