/**
 * A watch as a detective reads it: the target in words, the requester's name, where it stands
 * (an active watch past its end date reads as ended before its next run records it), and what
 * came of its latest run.
 */
import type { WatchRow, WatchRunRow, WatchStatus } from '../../graph/repositories/watch.repository.js';
import type { CollectionJobView } from '../services/collection.service.js';

export interface WatchRunView {
  readonly at: string;
  readonly decision: 'ALLOW' | 'DENY' | 'NEEDS_AUTHORIZATION' | null;
  readonly clauses: readonly string[];
  readonly result: string;
  readonly captureId: string | null;
  readonly collectJobId: string | null;
}

export interface WatchView {
  readonly id: string;
  readonly caseId: string;
  readonly target: string;
  readonly platform: string;
  readonly targetKind: string;
  readonly targetValue: string;
  readonly method: string;
  readonly requesterName: string;
  readonly intervalHours: number;
  readonly endsAt: string;
  readonly createdAt: string;
  readonly status: WatchStatus;
  readonly stopReason: string | null;
  readonly nextRunAt: string | null;
  readonly runs: number;
  readonly capturesMade: number;
  readonly lastRun: WatchRunView | null;
}

/** What came of a run, in words; `job` is its collect job while no capture says so. */
export function runResult(run: WatchRunRow, job: CollectionJobView | null): string {
  if (run.decision === null) return run.decided ? 'did not reach the gate' : 'with the gate';
  if (run.decision !== 'ALLOW') return `refused by the gate (${run.clauses.join(', ')})`;
  if (run.captureStatus === 'CAPTURED') return 'captured';
  if (run.captureStatus) return `capture failed (${run.captureError ?? run.captureStatus})`;
  if (!job) return 'queued';
  if (job.state === 'failed') return `collection failed (${job.error ?? 'no reason given'})`;
  return job.state === 'active' ? `collecting (${job.stage ?? 'started'})` : job.state;
}

/** The watch's view; `nextRunAt` from its scheduler, `job` the last run's collect job. */
export function watchView(
  row: WatchRow,
  now: Date,
  nextRunAt: string | null,
  job: CollectionJobView | null,
): WatchView {
  const pastEnd = row.status === 'ACTIVE' && Date.parse(row.endsAt) <= now.getTime();
  const last = row.lastRun;
  return {
    id: row.id,
    caseId: row.caseId,
    target: `${row.platform} ${row.targetKind} ${row.targetValue}`,
    platform: row.platform,
    targetKind: row.targetKind,
    targetValue: row.targetValue,
    method: row.method,
    requesterName: row.requesterName ?? 'a user no longer in casegraph',
    intervalHours: row.intervalHours,
    endsAt: row.endsAt,
    createdAt: row.createdAt,
    status: pastEnd ? 'ENDED' : row.status,
    stopReason: pastEnd ? `Its end date ${row.endsAt} passed.` : row.stopReason,
    nextRunAt: row.status === 'ACTIVE' && !pastEnd && nextRunAt && nextRunAt < row.endsAt ? nextRunAt : null,
    runs: row.runs,
    capturesMade: row.capturesMade,
    lastRun: last
      ? {
          at: last.at,
          decision: last.decision as WatchRunView['decision'],
          clauses: last.clauses ?? [],
          result: runResult(last, job),
          captureId: last.captureId,
          collectJobId: last.collectJobId,
        }
      : null,
  };
}
