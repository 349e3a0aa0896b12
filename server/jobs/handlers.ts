import { Redis } from 'ioredis';
import { platformCollectors } from '../../collectors/all-collectors.js';
import { createCollectorRegistry } from '../../collectors/registry.js';
import { CustodyLedger } from '../../evidence/custody/custody-ledger.js';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import { evidenceKey } from '../../evidence/packet/evidence-key.js';
import { buildExportHandler } from '../export/export.handler.js';
import { BrowserPool } from '../pipeline/browser-pool.js';
import { buildCollectHandler, COLLECT_LIMITS } from '../pipeline/collect.handler.js';
import { RedisHostPacer } from '../pipeline/redis-host-pacer.js';
import type { Runtime } from '../runtime.js';
import type { JobHandlers } from './job-types.js';

/** The handler of every job name, wired to the services of this process. */
export function buildJobHandlers(runtime: Runtime): JobHandlers {
  const browsers = new BrowserPool(runtime.config.chromiumPath);
  runtime.onStop(() => browsers.close());
  const redis = new Redis(runtime.redisUrl, { maxRetriesPerRequest: 3 });
  runtime.onStop(async () => {
    await redis.quit();
  });
  const pacer = new RedisHostPacer(redis, runtime.config.redis.prefix, {
    ...runtime.config.hostLimits,
    holdMs: COLLECT_LIMITS.timeoutMs + 5_000,
  });
  return {
    collect: buildCollectHandler({
      graph: runtime.graph,
      gate: runtime.gate,
      config: runtime.config,
      store: new EvidenceStore(runtime.evidenceDir),
      custody: new CustodyLedger(runtime.graph),
      registry: createCollectorRegistry(platformCollectors(), runtime.config.collectorOptions),
      openPage: () => browsers.openPage(),
      pacer,
    }),
    export: buildExportHandler(runtime),
    checkpoint: async () => ({
      checkpointed: await new CustodyLedger(runtime.graph).checkpointGrownChains(evidenceKey(runtime.config)),
    }),
  };
}
