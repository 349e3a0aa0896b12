import { Queue, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { type JobData, type JobName, QUEUE_NAME } from './job-types.js';
import { BACKOFF_TYPE } from './retry-delay.js';

/** The queue as /healthz reports it: workers connected to it, and its jobs by state. */
export interface QueueHealth {
  readonly workers: number;
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly failed: number;
}

export interface QueueConnection {
  readonly url: string;
  readonly prefix: string;
}

/** ioredis options BullMQ needs: blocking commands must not be retried per request. */
export function bullConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

/** The producer side: typed `add` for each job name. */
export class JobQueue {
  private readonly queue: Queue;
  private readonly connection: Redis;

  constructor(connection: QueueConnection) {
    this.connection = bullConnection(connection.url);
    this.connection.on('error', () => undefined);
    this.queue = new Queue(QUEUE_NAME, { connection: this.connection, prefix: connection.prefix });
  }

  async add<N extends JobName>(name: N, data: JobData<N>, options: JobsOptions = {}): Promise<string> {
    const job = await this.queue.add(name, data, {
      attempts: 3,
      backoff: { type: BACKOFF_TYPE },
      removeOnComplete: { age: 7 * 24 * 3600 },
      removeOnFail: false,
      ...options,
    });
    return job.id!;
  }

  /**
   * Runs `name` every `everyMs` from whichever worker is free; one schedule per `id` however many
   * processes start. `everyMs` 0 removes the schedule.
   */
  async schedule<N extends JobName>(id: string, name: N, data: JobData<N>, everyMs: number): Promise<void> {
    if (everyMs <= 0) {
      await this.queue.removeJobScheduler(id);
      return;
    }
    await this.queue.upsertJobScheduler(
      id,
      { every: everyMs },
      { name, data, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } },
    );
  }

  /** State and progress of one job, for the API. */
  async status(jobId: string): Promise<{
    state: string;
    progress: unknown;
    failedReason?: string;
    caseId: string | undefined;
    /** Attempts made, attempts allowed, and the wait before the next one (a delayed job). */
    attemptsMade?: number;
    attempts?: number;
    delayMs?: number;
  } | null> {
    const job = await this.queue.getJob(jobId);
    if (!job) return null;
    const caseId = (job.data as { caseId?: string }).caseId;
    return {
      state: await job.getState(),
      progress: job.progress,
      failedReason: job.failedReason,
      caseId,
      attemptsMade: job.attemptsMade,
      attempts: job.opts.attempts ?? 1,
      delayMs: job.delay,
    };
  }

  get raw(): Queue {
    return this.queue;
  }

  /** Workers of any machine connected to the queue now, and its jobs by state. */
  async health(): Promise<QueueHealth> {
    const [workers, counts] = await Promise.all([
      this.queue.getWorkersCount(),
      this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
    ]);
    const of = (state: string) => counts[state] ?? 0;
    return {
      workers,
      waiting: of('waiting'),
      active: of('active'),
      delayed: of('delayed'),
      failed: of('failed'),
    };
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}
