/**
 * The watch-run job, produced by a watch's job scheduler: the run is the watch runner's
 * (server/watches/watch-runner.ts), keyed by this job's id so a repeat of the job runs nothing.
 */
import type { WatchRunner } from '../watches/watch-runner.js';
import type { JobHandler } from './job-types.js';

/** The handler of the `watch-run` job. */
export function buildWatchRunHandler(runner: Pick<WatchRunner, 'run'>): JobHandler<'watch-run'> {
  return (data, job) => runner.run(data.watchId, job.jobId);
}
