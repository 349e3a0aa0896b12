/**
 * A scheduled run of a watch, in order:
 *   1. the Watch node decides whether it runs at all: a watch that is not active loses its
 *      scheduler, one past its end date ends;
 *   2. the run is claimed under the scheduler job's id, so the same job run twice runs once;
 *   3. the watch's request goes to the gate anew (watch-run.ts) and, when allowed, its collect job
 *      is queued; the run records the decision;
 *   4. a refusal stops the watch with the gate's findings and clauses as its reason.
 */
import type { WatchRepository } from '../../graph/repositories/watch.repository.js';
import type { CollectionService } from '../services/collection.service.js';
import { submitRun } from './watch-run.js';
import { stopWatch, type WatchStopDeps } from './watch-stop.js';

export interface WatchRunnerDeps extends WatchStopDeps {
  readonly watches: Pick<WatchRepository, 'byId' | 'claimRun' | 'completeRun' | 'transition'>;
  readonly collections: Pick<CollectionService, 'start'>;
}

/** What a scheduled run did, as the job's result. */
export type WatchRunOutcome =
  | { readonly ran: false; readonly why: string }
  | { readonly ran: true; readonly decision: string | null; readonly collectJobId: string | null };

export class WatchRunner {
  constructor(private readonly deps: WatchRunnerDeps) {}

  /** Runs the watch for the scheduler's job `runId`. */
  async run(watchId: string, runId: string): Promise<WatchRunOutcome> {
    const { deps } = this;
    const watch = await deps.watches.byId(watchId);
    if (!watch || watch.status !== 'ACTIVE') {
      await deps.scheduler.stop(watchId);
      return { ran: false, why: watch ? `the watch is ${watch.status.toLowerCase()}` : 'no such watch' };
    }
    const now = deps.clock();
    if (Date.parse(watch.endsAt) <= now.getTime()) {
      await stopWatch(deps, watch, 'ENDED', `Its end date ${watch.endsAt} passed.`, null);
      return { ran: false, why: 'the watch reached its end date' };
    }
    const at = now.toISOString();
    if (!(await deps.watches.claimRun(watch.id, runId, at))) {
      return { ran: false, why: `job ${runId} already ran this watch` };
    }
    const submitted = await submitRun(deps.collections, watch, at);
    await deps.watches.completeRun({ id: runId, ...submitted.fields });
    if (submitted.stopReason) await stopWatch(deps, watch, 'STOPPED', submitted.stopReason, null);
    return { ran: true, decision: submitted.fields.decision, collectJobId: submitted.fields.collectJobId };
  }
}
