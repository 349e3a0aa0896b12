/**
 * Watches, for every caller: create one (its first run decided by the gate at once), list a case's,
 * pause, resume and end them, and make the schedulers in Redis agree with the Watch nodes when a
 * worker starts. Who may act on which case is checked before this (server/auth/case-access.ts);
 * a watch of another case answers NOT_FOUND here too.
 */
import crypto from 'node:crypto';
import { AppError } from '../../common/errors.js';
import type { StoredDecision } from '../../graph/repositories/gate-decision.repository.js';
import type { WatchRecord, WatchRepository } from '../../graph/repositories/watch.repository.js';
import type { SessionUser } from '../auth/session-user.js';
import { parseCollectionInput } from '../gate/gate-input.schema.js';
import type { CollectionService } from '../services/collection.service.js';
import { checkWatchSchedule } from './watch-rules.js';
import { submitRun } from './watch-run.js';
import type { WatchScheduler } from './watch-scheduler.js';
import { stopWatch, type WatchStopDeps } from './watch-stop.js';
import { watchView, type WatchView } from './watch-view.js';

export interface WatchServiceDeps extends WatchStopDeps {
  readonly watches: WatchRepository;
  readonly collections: Pick<CollectionService, 'start' | 'job'>;
  readonly scheduler: WatchScheduler;
  /** The longest a watch may run, from the department policy in force. */
  readonly maxDays: () => number;
}

export interface WatchOrder {
  /** A collection request, as startCollection takes it. */
  readonly request: unknown;
  readonly intervalHours: number;
  readonly endsAt: string;
}

export interface StartedWatch {
  readonly watch: WatchView;
  readonly decision: StoredDecision;
  readonly jobId: string;
}

export class WatchService {
  constructor(private readonly deps: WatchServiceDeps) {}

  /**
   * Checks the schedule, submits the first run to the gate and, only when it is allowed, stores
   * the watch with that run and starts its scheduler (next run one interval from now).
   */
  async create(user: SessionUser, order: WatchOrder): Promise<StartedWatch> {
    const { deps } = this;
    const now = deps.clock();
    const schedule = checkWatchSchedule(order, now, deps.maxDays());
    const { requesterId, ...request } = parseCollectionInput(order.request, user.id);
    const at = now.toISOString();
    const requestJson = JSON.stringify(request);
    const submitted = await submitRun(deps.collections, { requestJson, requesterId }, at);
    const { started } = submitted;
    if (!started) throw new AppError('BAD_USER_INPUT', submitted.stopReason ?? 'the request was refused');
    if (submitted.stopReason || !started.jobId) {
      throw new AppError('GATE_DENIED', submitted.stopReason ?? 'the gate did not allow the first run', {
        clauses: [...started.decision.clauses],
        decisionId: started.decision.id,
      });
    }
    const watch: WatchRecord = {
      id: `watch-${crypto.randomUUID()}`,
      caseId: request.caseId,
      requesterId,
      platform: request.target.platform,
      targetKind: request.target.kind,
      targetValue: request.target.value,
      scope: request.target.scope,
      method: request.method,
      requestJson,
      ...schedule,
      createdAt: at,
      status: 'ACTIVE',
      stopReason: null,
      changedAt: at,
      changedBy: user.id,
    };
    await deps.watches.create(watch, {
      id: `first-run-${watch.id}`,
      watchId: watch.id,
      at,
      ...submitted.fields,
    });
    // The first run is the one just queued; the scheduler's first comes one interval after it.
    await deps.scheduler.start(watch, new Date(deps.clock().getTime() + deps.scheduler.everyMs(watch)));
    return {
      watch: await this.one(watch.caseId, watch.id),
      decision: started.decision,
      jobId: started.jobId,
    };
  }

  /** The case's watches, newest first. */
  async list(caseId: string): Promise<WatchView[]> {
    const { deps } = this;
    const rows = await deps.watches.ofCase(caseId);
    const now = deps.clock();
    return Promise.all(
      rows.map(async (row) => {
        const next = row.status === 'ACTIVE' ? await deps.scheduler.nextRun(row.id) : null;
        const run = row.lastRun;
        const job =
          run?.collectJobId && !run.captureStatus
            ? await deps.collections.job(caseId, run.collectJobId).catch(() => null)
            : null;
        return watchView(row, now, next, job);
      }),
    );
  }

  /** Pauses an active watch: its scheduler goes until it is resumed. */
  async pause(user: SessionUser, caseId: string, id: string): Promise<WatchView> {
    const watch = await this.own(caseId, id);
    const paused = await stopWatch(this.deps, watch, 'PAUSED', `Paused by ${user.displayName}.`, user.id);
    if (!paused) throw conflict(watch, 'only an active watch can be paused');
    return this.one(caseId, id);
  }

  /** Resumes a paused or stopped watch: it runs at once (the gate decides), then at its interval. */
  async resume(user: SessionUser, caseId: string, id: string): Promise<WatchView> {
    const { deps } = this;
    const watch = await this.own(caseId, id);
    const now = deps.clock();
    if (watch.status === 'ENDED') throw conflict(watch, 'an ended watch stays ended: create a new one');
    if (Date.parse(watch.endsAt) <= now.getTime()) {
      throw new AppError('BAD_USER_INPUT', `its end date ${watch.endsAt} has passed: create a new watch`);
    }
    const resumed = await deps.watches.transition(id, ['PAUSED', 'STOPPED'], {
      status: 'ACTIVE',
      stopReason: null,
      changedAt: now.toISOString(),
      changedBy: user.id,
    });
    if (!resumed) throw conflict(watch, 'it is already active');
    await deps.scheduler.start(resumed, now);
    return this.one(caseId, id);
  }

  /** Ends a watch for good. */
  async end(user: SessionUser, caseId: string, id: string): Promise<WatchView> {
    const watch = await this.own(caseId, id);
    const ended = await stopWatch(this.deps, watch, 'ENDED', `Ended by ${user.displayName}.`, user.id);
    if (!ended) throw conflict(watch, 'it has already ended');
    return this.one(caseId, id);
  }

  /**
   * Makes Redis agree with Neo4j: every active watch has its scheduler (an existing one keeps its
   * next run), one past its end date ends, and a scheduler without an active watch goes.
   */
  async reconcile(): Promise<{ scheduled: number; ended: number; removed: number }> {
    const { deps } = this;
    const now = deps.clock();
    const active = await deps.watches.active();
    let ended = 0;
    for (const watch of active) {
      if (Date.parse(watch.endsAt) > now.getTime()) {
        await deps.scheduler.start(watch, now);
        continue;
      }
      await stopWatch(deps, watch, 'ENDED', `Its end date ${watch.endsAt} passed.`, null);
      ended++;
    }
    const keep = new Set(active.map((w) => w.id));
    const orphans = (await deps.scheduler.scheduledWatchIds()).filter((id) => !keep.has(id));
    for (const id of orphans) await deps.scheduler.stop(id);
    return { scheduled: active.length - ended, ended, removed: orphans.length };
  }

  /** The watch when it belongs to the case; NOT_FOUND otherwise, whether it exists or not. */
  private async own(caseId: string, id: string): Promise<WatchRecord> {
    const watch = await this.deps.watches.byId(id);
    if (!watch || watch.caseId !== caseId) throw new AppError('NOT_FOUND', `no watch ${id} in this case`);
    return watch;
  }

  private async one(caseId: string, id: string): Promise<WatchView> {
    const found = (await this.list(caseId)).find((w) => w.id === id);
    if (!found) throw new AppError('NOT_FOUND', `no watch ${id} in this case`);
    return found;
  }
}

function conflict(watch: WatchRecord, why: string): AppError {
  return new AppError('CONFLICT', `the watch is ${watch.status.toLowerCase()}: ${why}`);
}
