/**
 * The API's audit trail: AuditEvent nodes, only ever created. No function here (or anywhere in
 * casegraph) updates or deletes one.
 */
import { int, type GraphClient } from '../graph-client.js';

export type AuditRecord = {
  readonly id: string;
  /** UTC, ISO 8601 with milliseconds, so text order is time order. */
  readonly at: string;
  /** Null when nobody was signed in (a failed sign-in, an anonymous request). */
  readonly actorId: string | null;
  /** `query case`, `mutation addPerson`, `AUTHORIZATION_APPROVED`, ... */
  readonly action: string;
  /** DONE, REFUSED (not allowed) or FAILED (bad input, an error). */
  readonly outcome: string;
  readonly caseId: string | null;
  readonly subjectType: string;
  readonly subjectId: string | null;
  readonly detail: string | null;
  /** Where the request came from. */
  readonly ip: string | null;
  readonly userAgent: string | null;
};

/** An event as read back, with the acting user's name beside their id. */
export type AuditRow = AuditRecord & { readonly actorName: string | null };

export interface AuditFilter {
  readonly caseIds?: readonly string[];
  readonly actorId?: string;
  /** Events strictly older than this position (the last one of the previous page). */
  readonly before?: { readonly at: string; readonly id: string };
  readonly limit: number;
}

const FIELDS = `e.id AS id, e.at AS at, e.actorId AS actorId, e.action AS action, e.outcome AS outcome,
  e.caseId AS caseId, e.subjectType AS subjectType, e.subjectId AS subjectId, e.detail AS detail,
  e.ip AS ip, e.userAgent AS userAgent`;

export class AuditRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Writes a batch of events in one transaction. */
  async append(events: readonly AuditRecord[]): Promise<void> {
    if (events.length === 0) return;
    await this.graph.write(
      `UNWIND $events AS event CREATE (e:AuditEvent) SET e = event`,
      { events: events.map((e) => ({ ...e })) },
      { changesCaseContent: false },
    );
  }

  /** Newest first. */
  async list(filter: AuditFilter): Promise<AuditRow[]> {
    return this.graph.read<AuditRow>(
      `MATCH (e:AuditEvent)
       WHERE ($caseIds IS NULL OR e.caseId IN $caseIds)
         AND ($actorId IS NULL OR e.actorId = $actorId)
         AND ($beforeAt IS NULL OR e.at < $beforeAt OR (e.at = $beforeAt AND e.id < $beforeId))
       WITH e ORDER BY e.at DESC, e.id DESC LIMIT $limit
       OPTIONAL MATCH (u:User {id: e.actorId})
       RETURN ${FIELDS}, u.username AS actorName
       ORDER BY e.at DESC, e.id DESC`,
      {
        caseIds: filter.caseIds ?? null,
        actorId: filter.actorId ?? null,
        beforeAt: filter.before?.at ?? null,
        beforeId: filter.before?.id ?? null,
        limit: int(filter.limit),
      },
    );
  }
}
