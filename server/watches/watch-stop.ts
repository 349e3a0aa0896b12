/**
 * Stopping a watch, for every caller (a person ending it, a run the gate refused, an end date that
 * passed): the status changes once in Neo4j, then its scheduler goes from Redis. A stop casegraph
 * decides by itself is also written to the audit trail, since no API call records it.
 */
import crypto from 'node:crypto';
import type { WatchRecord, WatchRepository, WatchStatus } from '../../graph/repositories/watch.repository.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { WatchScheduler } from './watch-scheduler.js';

export interface WatchStopDeps {
  readonly watches: Pick<WatchRepository, 'transition'>;
  readonly scheduler: Pick<WatchScheduler, 'stop'>;
  readonly audit: Pick<AuditTrail, 'recordNow'>;
  readonly clock: () => Date;
}

/** The statuses a watch may leave for `to`. */
const FROM: Readonly<Record<'PAUSED' | 'STOPPED' | 'ENDED', readonly WatchStatus[]>> = {
  PAUSED: ['ACTIVE'],
  STOPPED: ['ACTIVE'],
  ENDED: ['ACTIVE', 'PAUSED', 'STOPPED'],
};

/**
 * Moves the watch to `to` with its reason and removes its scheduler; null when the watch was in
 * no status it may leave for `to` (someone else changed it first). `actorId` null: casegraph.
 */
export async function stopWatch(
  deps: WatchStopDeps,
  watch: Pick<WatchRecord, 'id' | 'caseId'>,
  to: 'PAUSED' | 'STOPPED' | 'ENDED',
  reason: string | null,
  actorId: string | null,
): Promise<WatchRecord | null> {
  const at = deps.clock().toISOString();
  const changed = await deps.watches.transition(watch.id, FROM[to], {
    status: to,
    stopReason: reason,
    changedAt: at,
    changedBy: actorId,
  });
  // Even when the status did not change: a watch that is not active has no business being run.
  await deps.scheduler.stop(watch.id);
  if (changed && actorId === null) {
    await deps.audit.recordNow([
      {
        id: crypto.randomUUID(),
        at,
        actorId: null,
        action: `WATCH_${to}`,
        outcome: 'DONE',
        caseId: watch.caseId,
        subjectType: 'Watch',
        subjectId: watch.id,
        detail: reason,
        ip: null,
        userAgent: null,
      },
    ]);
  }
  return changed;
}
