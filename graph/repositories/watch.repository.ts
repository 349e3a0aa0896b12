/**
 * Watches of a case and their runs. The Watch node is the source of truth for what is scheduled:
 * the job schedulers in Redis are rebuilt from it. A run is a WatchRun keyed by the id of the job
 * that ran it, so a job run twice (a retry, a stalled job taken up again) records one run.
 */
import crypto from 'node:crypto';
import type { GraphClient } from '../graph-client.js';

export const WATCH_STATUSES = ['ACTIVE', 'PAUSED', 'STOPPED', 'ENDED'] as const;
export type WatchStatus = (typeof WATCH_STATUSES)[number];

export type WatchRecord = {
  readonly id: string;
  readonly caseId: string;
  /** The detective whose request each run submits to the gate again. */
  readonly requesterId: string;
  readonly platform: string;
  readonly targetKind: string;
  readonly targetValue: string;
  readonly scope: string;
  readonly method: string;
  /** The collection request each run submits, as the requester gave it (never a decision). */
  readonly requestJson: string;
  readonly intervalHours: number;
  readonly endsAt: string;
  readonly createdAt: string;
  readonly status: WatchStatus;
  /** Why a watch stopped or ended, in words, citing the gate's clause when the gate refused. */
  readonly stopReason: string | null;
  readonly changedAt: string;
  /** Who paused, resumed or ended it last; null when casegraph itself stopped it. */
  readonly changedBy: string | null;
};

export type WatchRunRecord = {
  /** The id of the job that ran it. */
  readonly id: string;
  readonly watchId: string;
  readonly at: string;
  /** The gate's answer to this run's request; null while the run has not reached the gate. */
  readonly decision: string | null;
  readonly decisionId: string | null;
  readonly requestId: string | null;
  /** The collect job the run queued, when the gate allowed it. */
  readonly collectJobId: string | null;
  readonly clauses: readonly string[];
};

/** A run as the list shows it, with the latest capture its request produced. */
export type WatchRunRow = WatchRunRecord & {
  /** True once the run's request went to the gate (or could not); false while it is being sent. */
  readonly decided: boolean;
  readonly captureId: string | null;
  readonly captureStatus: string | null;
  readonly captureError: string | null;
};

export type WatchRow = WatchRecord & {
  readonly requesterName: string | null;
  readonly runs: number;
  readonly capturesMade: number;
  readonly lastRun: WatchRunRow | null;
};

const NO_CACHE = { changesCaseContent: false } as const;

export class WatchRepository {
  constructor(private readonly graph: GraphClient) {}

  /** The watch and its first run, in one transaction. */
  async create(watch: WatchRecord, firstRun: WatchRunRecord): Promise<void> {
    await this.graph.write(
      `MATCH (c:Case {id: $watch.caseId})
       CREATE (w:Watch) SET w = $watch
       CREATE (c)-[:HAS_WATCH]->(w)
       CREATE (r:WatchRun) SET r = $run
       CREATE (w)-[:RAN]->(r)`,
      { watch: { ...watch }, run: { ...firstRun, clauses: [...firstRun.clauses] } },
      NO_CACHE,
    );
  }

  async byId(id: string): Promise<WatchRecord | null> {
    const rows = await this.graph.read<{ w: WatchRecord }>('MATCH (w:Watch {id: $id}) RETURN w{.*} AS w', {
      id,
    });
    return rows[0]?.w ?? null;
  }

  /** Every watch that should have a scheduler now. */
  async active(): Promise<WatchRecord[]> {
    const rows = await this.graph.read<{ w: WatchRecord }>(
      "MATCH (w:Watch {status: 'ACTIVE'}) RETURN w{.*} AS w ORDER BY w.createdAt",
    );
    return rows.map((r) => r.w);
  }

  /**
   * Moves a watch from one of `from` to the status in `changes`; null when it is in none of them
   * (a concurrent change got there first), so a transition is decided once.
   */
  async transition(
    id: string,
    from: readonly WatchStatus[],
    changes: Pick<WatchRecord, 'status' | 'stopReason' | 'changedAt' | 'changedBy'>,
  ): Promise<WatchRecord | null> {
    const rows = await this.graph.write<{ w: WatchRecord }>(
      'MATCH (w:Watch {id: $id}) WHERE w.status IN $from SET w += $changes RETURN w{.*} AS w',
      { id, from: [...from], changes: { ...changes } },
      NO_CACHE,
    );
    return rows[0]?.w ?? null;
  }

  /** Records that job `runId` runs the watch; false when that job already did (a repeat of it). */
  async claimRun(watchId: string, runId: string, at: string): Promise<boolean> {
    const claim = crypto.randomUUID();
    const rows = await this.graph.write<{ mine: boolean }>(
      `MATCH (w:Watch {id: $watchId})
       MERGE (w)-[:RAN]->(r:WatchRun {id: $runId})
       ON CREATE SET r.watchId = $watchId, r.at = $at, r.claim = $claim, r.clauses = []
       RETURN r.claim = $claim AS mine`,
      { watchId, runId, at, claim },
      NO_CACHE,
    );
    return rows[0]?.mine ?? false;
  }

  /** What the gate answered to a run, and the collect job it queued. */
  async completeRun(
    run: Pick<WatchRunRecord, 'id' | 'decision' | 'decisionId' | 'requestId' | 'collectJobId' | 'clauses'>,
  ): Promise<void> {
    const { id, ...fields } = run;
    await this.graph.write(
      'MATCH (r:WatchRun {id: $id}) SET r += $fields, r.decided = true',
      { id, fields: { ...fields, clauses: [...fields.clauses] } },
      NO_CACHE,
    );
  }

  /** A case's watches, newest first, each with its requester's name, counts and last run. */
  async ofCase(caseId: string): Promise<WatchRow[]> {
    const rows = await this.graph.read<{ row: WatchRow }>(
      `MATCH (:Case {id: $caseId})-[:HAS_WATCH]->(w:Watch)
       OPTIONAL MATCH (u:User {id: w.requesterId})
       CALL (w) {
         OPTIONAL MATCH (w)-[:RAN]->(r:WatchRun)
         WITH r ORDER BY r.at DESC
         RETURN count(r) AS runs, head(collect(r)) AS last
       }
       CALL (w) {
         OPTIONAL MATCH (w)-[:RAN]->(r:WatchRun)
         OPTIONAL MATCH (k:Capture {requestId: r.requestId, status: 'CAPTURED'})
         RETURN count(k) AS capturesMade
       }
       CALL (last) {
         OPTIONAL MATCH (k:Capture {requestId: last.requestId})
         WITH k ORDER BY k.startedAt DESC
         RETURN head(collect(k)) AS capture
       }
       RETURN w{.*, requesterName: u.displayName, runs: runs, capturesMade: capturesMade,
                lastRun: CASE WHEN last IS NULL THEN null ELSE last{.id, .watchId, .at, .decision,
                  decided: coalesce(last.decided, last.decision IS NOT NULL),
                  .decisionId, .requestId, .collectJobId, .clauses, captureId: capture.id,
                  captureStatus: capture.status, captureError: capture.errorCode} END} AS row
       ORDER BY w.createdAt DESC`,
      { caseId },
    );
    return rows.map((r) => r.row);
  }
}
