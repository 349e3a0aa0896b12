/**
 * One run of a watch: the watch's stored request goes to CollectionService.start like any
 * collection, so the gate decides it with the case, requester, authorizations and policy of this
 * moment, a fresh decision and token are stored, and only an ALLOW queues a collect job (which the
 * worker decides again before any request). Nothing of an earlier run's decision is reused.
 */
import { isAppError } from '../../common/errors.js';
import type { StoredDecision } from '../../graph/repositories/gate-decision.repository.js';
import type { WatchRecord, WatchRunRecord } from '../../graph/repositories/watch.repository.js';
import type { CollectionService, StartedCollection } from '../services/collection.service.js';
import type { Reason } from '../gate/gate-types.js';

/** What a run came to: the fields of its WatchRun, and why the watch must stop, if it must. */
export interface SubmittedRun {
  readonly started: StartedCollection | null;
  readonly fields: Pick<WatchRunRecord, 'decision' | 'decisionId' | 'requestId' | 'collectJobId' | 'clauses'>;
  /** Set when the gate refused the run or the request can no longer be made. */
  readonly stopReason: string | null;
}

/** The refusal in words, each finding with the clause it rests on. */
export function refusalText(decision: StoredDecision, at: string): string {
  const reasons = JSON.parse(decision.reasonsJson) as readonly Reason[];
  const verdict = decision.decision === 'DENY' ? 'denied' : 'needs a written authorization for';
  const why = reasons.map((r) => `${r.finding} (${r.clause})`).join('; ');
  return `The gate ${verdict} the run of ${at}: ${why}`;
}

/** Submits the watch's request for a run at `at`. */
export async function submitRun(
  collections: Pick<CollectionService, 'start'>,
  watch: Pick<WatchRecord, 'requestJson' | 'requesterId'>,
  at: string,
): Promise<SubmittedRun> {
  let started: StartedCollection;
  try {
    started = await collections.start(JSON.parse(watch.requestJson), watch.requesterId);
  } catch (error) {
    // The request itself no longer holds (a method the collector stopped performing): stop.
    if (isAppError(error) && error.code === 'BAD_USER_INPUT') {
      const fields = { decision: null, decisionId: null, requestId: null, collectJobId: null, clauses: [] };
      return {
        started: null,
        fields,
        stopReason: `The run of ${at} could not be requested: ${error.message}`,
      };
    }
    throw error;
  }
  const { decision, jobId } = started;
  const allowed = decision.decision === 'ALLOW' && jobId !== null;
  return {
    started,
    fields: {
      decision: decision.decision,
      decisionId: decision.id,
      requestId: decision.requestId,
      collectJobId: jobId,
      clauses: allowed ? [] : [...decision.clauses],
    },
    stopReason: allowed ? null : refusalText(decision, at),
  };
}
