/** The watch service and the runner of scheduled runs, built once per process by the composition root. */
import type { Queue } from 'bullmq';
import type { Config } from '../../common/config.js';
import type { WatchRepository } from '../../graph/repositories/watch.repository.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { CollectionService } from '../services/collection.service.js';
import { WatchRunner } from './watch-runner.js';
import { WatchScheduler } from './watch-scheduler.js';
import { WatchService } from './watch.service.js';

export interface Watches {
  readonly service: WatchService;
  readonly runner: WatchRunner;
}

export interface WatchParts {
  readonly config: Pick<Config, 'watchTestEveryMs'>;
  readonly queue: Queue;
  readonly watches: WatchRepository;
  readonly collections: CollectionService;
  readonly audit: AuditTrail;
  /** The longest a watch may run, from the policy in force. */
  readonly maxDays: () => number;
}

export function composeWatches(parts: WatchParts): Watches {
  const scheduler = new WatchScheduler(parts.queue, parts.config.watchTestEveryMs);
  const common = {
    watches: parts.watches,
    collections: parts.collections,
    scheduler,
    audit: parts.audit,
    clock: () => new Date(),
  };
  return {
    service: new WatchService({ ...common, maxDays: parts.maxDays }),
    runner: new WatchRunner(common),
  };
}
