/**
 * A watch's BullMQ job scheduler: one per active watch, id `watch:<watchId>`, producing a
 * `watch-run` job at the watch's interval until its end date. The scheduler lives in Redis and
 * survives restarts; the Watch node in Neo4j says which schedulers should exist, and `reconcile`
 * (WatchService) makes Redis agree with it when a worker starts.
 */
import type { Queue } from 'bullmq';
import type { WatchRecord } from '../../graph/repositories/watch.repository.js';
import { JobName } from '../jobs/job-types.js';
import { HOUR_MS } from './watch-rules.js';

const PREFIX = 'watch:';

export class WatchScheduler {
  /**
   * @param testEveryMs tests only (config.watchTestEveryMs): every scheduler fires this often
   *   instead of at its watch's interval.
   */
  constructor(
    private readonly queue: Pick<
      Queue,
      'upsertJobScheduler' | 'removeJobScheduler' | 'getJobScheduler' | 'getJobSchedulers'
    >,
    private readonly testEveryMs: number | undefined,
  ) {}

  /** How often the watch's scheduler fires, in milliseconds. */
  everyMs(watch: Pick<WatchRecord, 'intervalHours'>): number {
    return this.testEveryMs ?? watch.intervalHours * HOUR_MS;
  }

  /**
   * Creates the watch's scheduler, or keeps the one there (same interval: its next run stays
   * where it was), with the first run at `firstAt` when it is new.
   */
  async start(watch: WatchRecord, firstAt: Date): Promise<void> {
    await this.queue.upsertJobScheduler(
      PREFIX + watch.id,
      { every: this.everyMs(watch), startDate: firstAt, endDate: new Date(watch.endsAt) },
      {
        name: JobName.WatchRun,
        data: { watchId: watch.id, caseId: watch.caseId },
        // One attempt: a run that failed is not repeated, the next one comes at its time.
        opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      },
    );
  }

  async stop(watchId: string): Promise<void> {
    await this.queue.removeJobScheduler(PREFIX + watchId);
  }

  /** When the watch's scheduler fires next; null when it has none. */
  async nextRun(watchId: string): Promise<string | null> {
    const scheduler = await this.queue.getJobScheduler(PREFIX + watchId);
    return scheduler?.next ? new Date(scheduler.next).toISOString() : null;
  }

  /** The ids of the watches that have a scheduler in Redis. */
  async scheduledWatchIds(): Promise<string[]> {
    const ids: string[] = [];
    const page = 500;
    for (let start = 0; ; start += page) {
      const schedulers = await this.queue.getJobSchedulers(start, start + page - 1, true);
      for (const s of schedulers) if (s.key.startsWith(PREFIX)) ids.push(s.key.slice(PREFIX.length));
      if (schedulers.length < page) return ids;
    }
  }
}
