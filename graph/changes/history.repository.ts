/**
 * A case's history of an account or a post, and its changes feed. Both read only the case's own
 * captures (OBSERVED's `caseId`, the change's `caseId`): another case's readings of the same shared
 * node never show, and a node the case does not hold has no history here.
 */
import { int, type GraphClient } from '../graph-client.js';
import { OBSERVED_LABEL } from '../observations/observation-reads.js';
import type { ChangeKind } from './change-detection.js';

/** A capture as history names it. */
export type HistoryCaptureRow = {
  readonly id: string;
  readonly startedAt: string | null;
  readonly targetValue: string | null;
};

/** What one reading said; fields a kind of node lacks are null. */
export type ReadingRow = {
  readonly [
    field in
      | 'text'
      | 'title'
      | 'url'
      | 'postedAt'
      | 'editedAt'
      | 'lang'
      | 'handle'
      | 'displayName'
      | 'bio'
      | 'avatarUrl'
      | 'avatarSha256'
      | 'createdAt'
      | 'detailsJson'
  ]: string | null;
} & { readonly media: string[] | null; readonly links: string[] | null; readonly tags: string[] | null };

/** One version of a node: what was read, and every capture of the case that read exactly that. */
export type VersionRow = {
  readonly hash: string;
  readonly fields: ReadingRow;
  /** When the platform's edit history dates this version; null for a version read live. */
  readonly versionAt: string | null;
  /** When the case first read it (or the version's own time for an edit-history version). */
  readonly firstSeenAt: string;
  readonly captures: HistoryCaptureRow[];
};

export type ChangeRow = {
  readonly id: string;
  readonly kind: ChangeKind;
  readonly basis: string;
  readonly at: string;
  readonly fields: string[];
  readonly httpStatus: number | null;
  /** For a NOT_FOUND deletion: what the platform said, in words (its status, and its error). */
  readonly notFoundAnswer: string | null;
  readonly responseSha256: string | null;
  readonly subject: string;
  readonly subjectLabel: string | null;
  readonly account: string | null;
  readonly accountLabel: string | null;
  readonly before: ReadingRow | null;
  readonly after: ReadingRow | null;
  readonly beforeCapture: HistoryCaptureRow | null;
  readonly afterCapture: HistoryCaptureRow | null;
};

export interface ChangeFilter {
  readonly kinds: readonly ChangeKind[] | null;
  /** `platform:platformId` of the account the change is about (or whose post it is). */
  readonly account: string | null;
  /** Key of a node the changes are about, `post:<platform>:<id>` or `account:<platform>:<id>`. */
  readonly subject: string | null;
  /** Only changes proven by one of these captures (a packet's). */
  readonly captureIds: readonly string[] | null;
  /** Changes older than this position (`at`, `id`), newest first. */
  readonly after: { at: string; id: string } | null;
  readonly limit: number;
}

const CAPTURE = (k: string) => `CASE WHEN ${k} IS NULL THEN null
  ELSE {id: ${k}.id, startedAt: ${k}.startedAt, targetValue: ${k}.targetValue} END`;

/** Observation properties as a version shows them, without the keys that only name the node. */
const FIELDS = (o: string) => `CASE WHEN ${o} IS NULL THEN null
  ELSE ${o} {.text, .title, .url, .postedAt, .editedAt, .lang, .media, .links, .tags, .handle,
             .displayName, .bio, .avatarUrl, .avatarSha256, .createdAt, .detailsJson} END`;

export class HistoryRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Every version of the node the case's captures read, oldest first; null outside the case. */
  async versions(caseId: string, label: 'Post' | 'Account', key: string): Promise<VersionRow[] | null> {
    const at = key.indexOf(':');
    const rows = await this.graph.read<{ versions: VersionRow[] | null }>(
      `OPTIONAL MATCH (:Case {id: $caseId})-[:CONTAINS]->(n:${label} {platform: $platform, platformId: $platformId})
       OPTIONAL CALL (n) {
         MATCH (n)<-[:OF]-(o:Observation)<-[r:OBSERVED]-(k:Capture) WHERE r.caseId = $caseId
         WITH o, r, k ORDER BY r.at, k.id
         WITH o, max(r.versionAt) AS versionAt, min(coalesce(r.versionAt, r.at)) AS firstSeenAt,
              collect(DISTINCT ${CAPTURE('k')}) AS captures
         ORDER BY firstSeenAt, o.hash
         RETURN collect({hash: o.hash, fields: ${FIELDS('o')}, versionAt: versionAt, firstSeenAt: firstSeenAt,
                         captures: captures}) AS versions
       }
       RETURN CASE WHEN n IS NULL THEN null ELSE versions END AS versions`,
      { caseId, platform: key.slice(0, at), platformId: key.slice(at + 1) },
    );
    return rows[0]?.versions ?? null;
  }

  /** The case's changes, newest first, filtered and paged. */
  async changes(caseId: string, filter: ChangeFilter): Promise<ChangeRow[]> {
    return this.graph.read<ChangeRow>(
      `MATCH (:Case {id: $caseId})-[:HAS_CHANGE]->(ch:Change)
       WHERE ($kinds IS NULL OR ch.kind IN $kinds) AND ($account IS NULL OR ch.account = $account)
         AND ($subject IS NULL OR ch.subject = $subject)
         AND ($captureIds IS NULL OR ch.afterCaptureId IN $captureIds
              OR ch.beforeCaptureId IN $captureIds)
         AND ($afterAt IS NULL OR ch.at < $afterAt OR (ch.at = $afterAt AND ch.id < $afterId))
       WITH ch ORDER BY ch.at DESC, ch.id DESC LIMIT $limit
       OPTIONAL MATCH (ch)-[:ABOUT]->(n)
       OPTIONAL MATCH (ch)-[:BEFORE]->(bo:Observation)
       OPTIONAL MATCH (ch)-[:AFTER]->(ao:Observation)
       OPTIONAL MATCH (bk:Capture {id: ch.beforeCaptureId})
       OPTIONAL MATCH (ak:Capture {id: ch.afterCaptureId})
       OPTIONAL MATCH (acc:Account {platform: split(ch.account, ':')[0],
                                   platformId: substring(ch.account, size(split(ch.account, ':')[0]) + 1)})
       RETURN ch.id AS id, ch.kind AS kind, ch.basis AS basis, ch.at AS at, ch.fields AS fields,
              ch.httpStatus AS httpStatus, ch.notFoundAnswer AS notFoundAnswer,
              ch.responseSha256 AS responseSha256,
              ch.subject AS subject, coalesce(${OBSERVED_LABEL('n')}, n.handle) AS subjectLabel,
              ch.account AS account, coalesce(${OBSERVED_LABEL('acc')}, acc.handle) AS accountLabel,
              ${FIELDS('bo')} AS before, ${FIELDS('ao')} AS after,
              ${CAPTURE('bk')} AS beforeCapture, ${CAPTURE('ak')} AS afterCapture
       ORDER BY at DESC, id DESC`,
      {
        caseId,
        kinds: filter.kinds,
        account: filter.account,
        subject: filter.subject,
        captureIds: filter.captureIds,
        afterAt: filter.after?.at ?? null,
        afterId: filter.after?.id ?? null,
        limit: int(filter.limit),
      },
    );
  }
}
