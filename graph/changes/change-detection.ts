/**
 * Finds what changed between the case's earlier observations and the ones a capture just wrote,
 * inside the same ingest transaction, and records each change as a Change node with the two
 * captures that prove it (PROVEN_BY, role BEFORE and AFTER):
 * - EDITED_POST: the post's text, title, media or edited time differ from the case's last reading,
 *   or the platform's edit history shows an earlier version (both proofs are then this capture);
 * - PROFILE_CHANGED: the account's handle, display name, bio or avatar (its picture's hash) differ;
 * - NEW_POST: a re-capture of the same listing holds a post of its account the case never saw;
 * - DELETED_POST: the platform answers 404 or 410 for a post the case saw (basis NOT_FOUND), or a
 *   re-capture of the same listing, whose time window covers a post the case saw in it before, does
 *   not hold it (basis LISTING): "not seen since" the last capture that did.
 * Only the case's own captures count; another case's readings never make or prove a change here.
 */
import type { Tx } from '../graph-client.js';
import { PREVIOUS } from '../observations/case-readings.js';
import type { ObservationScope } from '../observations/observation-ingest.js';

export type ChangeKind = 'NEW_POST' | 'EDITED_POST' | 'DELETED_POST' | 'PROFILE_CHANGED';
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'NEW_POST',
  'EDITED_POST',
  'DELETED_POST',
  'PROFILE_CHANGED',
];

/** The fields whose difference is an edit of a post, or a change of a profile. */
const POST_FIELDS = ['text', 'title', 'media', 'editedAt'];
const PROFILE_FIELDS = ['handle', 'displayName', 'bio'];

/**
 * Cypher for whether an account's avatar changed between readings `a` and `b`: by the SHA-256 of
 * the picture when both captures kept it (a new URL for the same picture is no change; an avatar
 * one capture could not fetch is no change either), by its URL when neither did.
 */
const AVATAR_CHANGED = (a: string, b: string) => `CASE
    WHEN ${a}.avatarSha256 IS NOT NULL AND ${b}.avatarSha256 IS NOT NULL THEN ${a}.avatarSha256 <> ${b}.avatarSha256
    WHEN ${a}.avatarSha256 IS NULL AND ${b}.avatarSha256 IS NULL THEN coalesce(${a}.avatarUrl <> ${b}.avatarUrl, false)
    ELSE false END`;

/** A post the platform answered as gone: its status, what it said, and the stored answer's SHA-256. */
export interface GoneRow {
  readonly postId: string;
  readonly status: number;
  readonly answer: string;
  readonly source: string | null;
}

/**
 * What a capture of an account's listing (its timeline) covers: the accounts whose posts it lists,
 * and the oldest posting time it reached (null when it read the listing to its end).
 */
export type Listing = {
  readonly target: { kind: string; value: string };
  readonly authorIds: readonly string[];
  readonly windowStart: string | null;
};

/** Cypher for the key of a node's account: the author of a post, or the account itself. */
const ACCOUNT_OF = (n: string) =>
  `coalesce(head([(au:Account)-[:POSTED]->(${n}) | au.platform + ':' + au.platformId]),
            CASE WHEN ${n}:Account THEN ${n}.platform + ':' + ${n}.platformId END)`;

/** Cypher that ties a new change to its case, its subject, its observations and its proofs. */
const TIE = `WITH n, ch, before, after MATCH (c:Case {id: $caseId}) MERGE (c)-[:HAS_CHANGE]->(ch) MERGE (ch)-[:ABOUT]->(n)
  WITH ch, before, after
  MATCH (bk:Capture {id: ch.beforeCaptureId}), (ak:Capture {id: ch.afterCaptureId})
  MERGE (ch)-[:PROVEN_BY {role: 'BEFORE'}]->(bk) MERGE (ch)-[:PROVEN_BY {role: 'AFTER'}]->(ak)
  MERGE (ch)-[:BEFORE]->(before)
  FOREACH (o IN CASE WHEN after IS NULL THEN [] ELSE [after] END | MERGE (ch)-[:AFTER]->(o))`;

const SET_CHANGE = (
  kind: ChangeKind,
  basis: string,
) => `ON CREATE SET ch.id = randomUUID(), ch.caseId = $caseId,
  ch.kind = '${kind}', ch.basis = '${basis}', ch.at = $at, ch.account = accountKey,
  ch.subject = CASE WHEN n:Post THEN 'post:' ELSE 'account:' END + n.platform + ':' + n.platformId`;

/** Edits and profile changes: each node read now against the case's last reading of it. */
async function recaptureChanges(
  tx: Tx,
  scope: ObservationScope,
  label: 'Post' | 'Account',
  rows: readonly { platformId: string; hash: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const kind: ChangeKind = label === 'Post' ? 'EDITED_POST' : 'PROFILE_CHANGED';
  await tx.run(
    `UNWIND $rows AS row
     MATCH (n:${label} {platform: $platform, platformId: row.platformId})
     MATCH (after:Observation {hash: row.hash})
     ${PREVIOUS}
     WITH n, after, prev AS before, pk,
          [f IN $fields WHERE coalesce(prev[f] <> after[f], (prev[f] IS NULL) <> (after[f] IS NULL))] +
          CASE WHEN n:Account AND ${AVATAR_CHANGED('prev', 'after')} THEN ['avatar'] ELSE [] END AS changed
     WHERE before.hash <> after.hash AND size(changed) > 0
     WITH n, after, before, pk, changed, ${ACCOUNT_OF('n')} AS accountKey
     MERGE (ch:Change {key: $caseId + '|${kind}|' + before.hash + '|' + after.hash + '|' + pk.id})
     ${SET_CHANGE(kind, 'RECAPTURE')}, ch.fields = changed, ch.beforeCaptureId = pk.id,
        ch.afterCaptureId = $captureId
     ${TIE}`,
    { ...scope, rows, fields: label === 'Post' ? POST_FIELDS : PROFILE_FIELDS },
  );
}

/** Edits the platform's own edit history shows: each version against the next, one proof. */
async function historyChanges(
  tx: Tx,
  scope: ObservationScope,
  pairs: readonly { platformId: string; before: string; after: string }[],
): Promise<void> {
  await tx.run(
    `UNWIND $pairs AS row
     MATCH (n:Post {platform: $platform, platformId: row.platformId})
     MATCH (before:Observation {hash: row.before}), (after:Observation {hash: row.after})
     WHERE before.text <> after.text
     WITH n, before, after, ${ACCOUNT_OF('n')} AS accountKey
     MERGE (ch:Change {key: $caseId + '|EDITED_POST|' + before.hash + '|' + after.hash + '|history'})
     ${SET_CHANGE('EDITED_POST', 'EDIT_HISTORY')}, ch.fields = ['text'], ch.beforeCaptureId = $captureId,
        ch.afterCaptureId = $captureId
     ${TIE}`,
    { ...scope, pairs },
  );
}

/** New and deleted posts of a listing captured again. */
async function listingChanges(
  tx: Tx,
  scope: ObservationScope,
  listing: Listing,
  posts: readonly { platformId: string; hash: string; authorId: string }[],
): Promise<void> {
  const params = {
    ...scope,
    ...listing.target,
    authors: listing.authorIds,
    windowStart: listing.windowStart,
  };
  const earlier = await tx.run<{ n: number }>(
    `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {status: 'CAPTURED', platform: $platform,
       targetKind: $kind, targetValue: $value}) WHERE k.id <> $captureId AND k.startedAt <= $at
     RETURN count(k) AS n`,
    params,
  );
  if ((earlier[0]?.n ?? 0) === 0) return;
  const own = posts.filter((p) => listing.authorIds.includes(p.authorId));
  await tx.run(
    `UNWIND $rows AS row
     MATCH (n:Post {platform: $platform, platformId: row.platformId})
     WHERE NOT EXISTS { MATCH (n)<-[:OF]-(:Observation)<-[r:OBSERVED]-(pk:Capture)
                        WHERE r.caseId = $caseId AND pk.id <> $captureId }
     MATCH (after:Observation {hash: row.hash})
     WITH n, after, ${ACCOUNT_OF('n')} AS accountKey
     MERGE (ch:Change {key: $caseId + '|NEW_POST|' + n.platform + ':' + n.platformId})
     ${SET_CHANGE('NEW_POST', 'LISTING')}, ch.fields = [], ch.beforeCaptureId = null, ch.afterCaptureId = $captureId
     WITH n, ch, after MATCH (c:Case {id: $caseId})
     MERGE (c)-[:HAS_CHANGE]->(ch) MERGE (ch)-[:ABOUT]->(n) MERGE (ch)-[:AFTER]->(after)
     WITH ch MATCH (ak:Capture {id: $captureId}) MERGE (ch)-[:PROVEN_BY {role: 'AFTER'}]->(ak)`,
    { ...params, rows: own },
  );
  await tx.run(
    `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(old:Capture {status: 'CAPTURED', platform: $platform,
       targetKind: $kind, targetValue: $value})-[r:OBSERVED]->(:Observation {kind: 'POST'})-[:OF]->(n:Post)
     WHERE old.id <> $captureId AND r.historical IS NULL
       AND EXISTS { MATCH (au:Account)-[:POSTED]->(n) WHERE au.platformId IN $authors }
     WITH DISTINCT n
     WHERE NOT EXISTS { MATCH (:Capture {id: $captureId})-[:OBSERVED]->(:Observation)-[:OF]->(n) }
     ${PREVIOUS}
     WITH n, prev AS before, pk, null AS after
     WHERE $windowStart IS NULL OR before.postedAt IS NULL OR before.postedAt >= $windowStart
     WITH n, before, pk, after, ${ACCOUNT_OF('n')} AS accountKey
     MERGE (ch:Change {key: $caseId + '|DELETED_POST|' + n.platform + ':' + n.platformId + '|' + pk.id})
     ${SET_CHANGE('DELETED_POST', 'LISTING')}, ch.fields = [], ch.beforeCaptureId = pk.id,
        ch.afterCaptureId = $captureId
     ${TIE}`,
    params,
  );
}

/**
 * Deleted posts the platform itself answered as gone (404, 410) when the capture asked for them:
 * each against the case's last reading, with the answer's status and stored SHA-256.
 */
async function goneChanges(tx: Tx, scope: ObservationScope, gone: readonly GoneRow[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MATCH (n:Post {platform: $platform, platformId: row.postId})
     ${PREVIOUS}
     WITH n, prev AS before, pk, null AS after, row, ${ACCOUNT_OF('n')} AS accountKey
     MERGE (ch:Change {key: $caseId + '|DELETED_POST|' + n.platform + ':' + n.platformId + '|' + pk.id})
     ${SET_CHANGE('DELETED_POST', 'NOT_FOUND')}, ch.fields = [], ch.beforeCaptureId = pk.id,
        ch.afterCaptureId = $captureId, ch.httpStatus = row.status, ch.notFoundAnswer = row.answer,
        ch.responseSha256 = row.source
     ${TIE}`,
    { ...scope, rows: gone },
  );
}

/** Every change the capture shows, recorded in its ingest transaction. */
export async function detectChanges(
  tx: Tx,
  scope: ObservationScope,
  observed: {
    accounts: readonly { platformId: string; hash: string }[];
    posts: readonly { platformId: string; hash: string; authorId: string }[];
    /** The posts the case read before, and otherwise than now: the only ones an edit can show. */
    postsReadOtherwise: readonly { platformId: string; hash: string }[];
    historyPairs: readonly { platformId: string; before: string; after: string }[];
    listing: Listing | null;
    gone: readonly GoneRow[];
  },
): Promise<void> {
  await recaptureChanges(tx, scope, 'Account', observed.accounts);
  await recaptureChanges(tx, scope, 'Post', observed.postsReadOtherwise);
  if (observed.historyPairs.length > 0) await historyChanges(tx, scope, observed.historyPairs);
  // Before the listing's: a post the platform answered as gone is recorded with that proof.
  if (observed.gone.length > 0) await goneChanges(tx, scope, observed.gone);
  if (observed.listing) await listingChanges(tx, scope, observed.listing, observed.posts);
}
