import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../common/config.js';
import { logger } from '../common/logger.js';
import { UserRepository } from '../graph/repositories/user.repository.js';
import { createHttpApp } from './app.js';
import { UserAdminService } from './auth/user-admin.service.js';
import { buildGraphqlModule } from './graphql/index.js';
import { buildJobHandlers } from './jobs/handlers.js';
import { JobWorker } from './jobs/worker.js';
import { startRuntime, type Runtime, type RuntimeHooks } from './runtime.js';

const log = logger('http');

export interface RunningCasegraph {
  readonly runtime: Runtime;
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
    await new UserAdminService(new UserRepository(runtime.graph)).ensureFirstAdmin(config.admin);
    if (config.runWorkers) {
      const worker = new JobWorker(
        { url: runtime.redisUrl, prefix: config.redis.prefix },
        buildJobHandlers(runtime),
      );
      await worker.waitUntilReady();
      runtime.onStop(() => worker.close());
    }
    await runtime.queue.schedule('custody-checkpoints', 'checkpoint', {}, config.checkpointIntervalMs);
    const httpApp = await createHttpApp(runtime.health, buildGraphqlModule(runtime));
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
    return { runtime, url, port, stop: () => runtime.stop() };
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}
