import { AppError } from '../common/errors.js';
import { logger } from '../common/logger.js';
import { buildJobHandlers } from './composition/job-handlers.js';
import { composeServices } from './composition/services.js';
import { JobWorker } from './jobs/worker.js';
import { failStartup, loadConfigOrExit, onShutdownSignals } from './process-lifecycle.js';
import { startRuntime } from './runtime.js';
import { workerSettingsRefusal } from './worker-settings.js';

/** `npm run worker`: job workers only, for extra machines sharing the queue. */
async function main(): Promise<void> {
  const refusal = workerSettingsRefusal(process.env);
  if (refusal) failStartup(new AppError('CONFIG_INVALID', refusal));
  const config = loadConfigOrExit();
  try {
    const runtime = await startRuntime(config);
    const services = composeServices(runtime);
    const worker = new JobWorker(
      { url: runtime.redisUrl, prefix: config.redis.prefix },
      buildJobHandlers(services),
      { lockDurationMs: config.jobLockMs },
    );
    await worker.waitUntilReady();
    runtime.onStop(() => worker.close());
    // The Watch nodes are the truth; the schedulers in Redis are made to agree with them.
    await services.watches.service.reconcile();
    onShutdownSignals(() => runtime.stop());
    logger('jobs').info('casegraph worker is running');
  } catch (error) {
    failStartup(error);
  }
}

void main();
