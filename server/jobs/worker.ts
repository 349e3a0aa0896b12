import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppError, isAppError } from '../../common/errors.js';
import { logger } from '../../common/logger.js';
import { bullConnection, type QueueConnection } from './queue.js';
import { JobName, QUEUE_NAME, type JobHandlers } from './job-types.js';
import { retryDelayMs } from './retry-delay.js';

const log = logger('jobs');

/** Error codes that will fail the same way on every attempt: do not retry them. */
const PERMANENT = new Set([
  'GATE_DENIED',
  'FETCH_REFUSED',
  'PAYLOAD_INVALID',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
]);

export interface WorkerOptions {
  readonly concurrency?: number;
  /** How long a job may run before the lock is lost and it is retried elsewhere. */
  readonly lockDurationMs?: number;
}

/** Refuses to start a worker that has a job name without a handler (or a handler for no name). */
export function checkHandlers(handlers: Partial<JobHandlers>): asserts handlers is JobHandlers {
  const names = Object.values(JobName) as string[];
  const missing = names.filter((n) => typeof (handlers as Record<string, unknown>)[n] !== 'function');
  const unknown = Object.keys(handlers).filter((n) => !names.includes(n));
  if (missing.length || unknown.length) {
    throw new AppError(
      'CONFIG_INVALID',
      `job handlers do not match the job names: missing ${missing.join(', ') || 'none'}; unknown ${unknown.join(', ') || 'none'}`,
    );
  }
}

/**
 * The consumer side. This is the one place that catches a job's failure: it logs it once, and
 * turns permanent domain errors into BullMQ's UnrecoverableError so they are not retried.
 */
export class JobWorker {
  private readonly worker: Worker;
  private readonly connection: Redis;

  constructor(connection: QueueConnection, handlers: Partial<JobHandlers>, options: WorkerOptions = {}) {
    checkHandlers(handlers);
    this.connection = bullConnection(connection.url);
    this.connection.on('error', () => undefined);
    const lockDuration = options.lockDurationMs ?? 60_000;
    this.worker = new Worker(QUEUE_NAME, (job) => this.process(handlers, job), {
      connection: this.connection,
      prefix: connection.prefix,
      concurrency: options.concurrency ?? 2,
      lockDuration,
      // A job whose worker died is found by two stalled checks after its lock lapsed; checking
      // at the lock's own pace bounds that delay to about two lock durations.
      stalledInterval: Math.min(30_000, lockDuration),
      settings: { backoffStrategy: (attemptsMade, _type, error) => retryDelayMs(attemptsMade, error) },
      autorun: true,
    });
    this.worker.on('error', (error) => log.error({ err: error.message }, 'worker error'));
  }

  private async process(handlers: JobHandlers, job: Job): Promise<unknown> {
    const name = job.name as JobName;
    const handler = handlers[name] as (data: unknown, ctx: unknown) => Promise<unknown>;
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    const context = {
      jobId: job.id!,
      attempt: job.attemptsMade + 1,
      updateProgress: (p: number | Record<string, unknown>) => job.updateProgress(p),
    };
    try {
      return await handler(job.data, context);
    } catch (error) {
      const code = isAppError(error) ? error.code : 'INTERNAL';
      log.warn(
        { job: job.name, jobId: job.id, attempt: context.attempt, code, err: (error as Error).message },
        'job failed',
      );
      if (isAppError(error) && PERMANENT.has(error.code)) {
        throw new UnrecoverableError(`${error.code}: ${error.message}`);
      }
      throw error;
    }
  }

  async waitUntilReady(): Promise<void> {
    await this.worker.waitUntilReady();
  }

  /** Stops taking jobs and waits for the running ones to finish. */
  async close(): Promise<void> {
    await this.worker.close();
    this.connection.disconnect();
  }
}
