import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../common/config.js';
import { logger } from '../common/logger.js';
import { createHttpApp } from './app.js';
import { buildJobHandlers } from './composition/job-handlers.js';
import { composeServices, type Services } from './composition/services.js';
import { buildGraphqlModule } from './graphql/index.js';
import { sessionTokenOf } from './http/session-cookie.js';
import { JobWorker } from './jobs/worker.js';
import { startRuntime, type Runtime, type RuntimeHooks } from './runtime.js';

const log = logger('http');

export interface RunningCasegraph {
  readonly runtime: Runtime;
  /** The services this process was composed of (tests and the demo seed use them). */
  readonly services: Services;
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Starts a whole casegraph: services, in-process workers (unless disabled), the HTTP server.
 * Tests use this too, on port 0.
 */
export async function startCasegraph(config: Config, hooks: RuntimeHooks = {}): Promise<RunningCasegraph> {
  const runtime = await startRuntime(config, hooks);
  try {
    const services = composeServices(runtime);
    await services.userAdmin.ensureFirstAdmin(config.admin);
    if (config.runWorkers) {
      const worker = new JobWorker(
        { url: runtime.redisUrl, prefix: config.redis.prefix },
        buildJobHandlers(services),
        { lockDurationMs: config.jobLockMs },
      );
      await worker.waitUntilReady();
      runtime.onStop(() => worker.close());
      // The Watch nodes are the truth; the schedulers in Redis are made to agree with them.
      await services.watches.service.reconcile();
    }
    await runtime.queue.schedule('custody-checkpoints', 'checkpoint', {}, config.checkpointIntervalMs);
    const httpApp = await createHttpApp(runtime.health, buildGraphqlModule(services), {
      healthViewer: (req) => services.auth.userForToken(sessionTokenOf(req)),
    });
    const server = http.createServer(httpApp.app);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    runtime.onStop(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await httpApp.stop();
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host}:${port}`;
    log.info({ url }, 'casegraph is listening');
    return { runtime, services, url, port, stop: () => runtime.stop() };
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}
