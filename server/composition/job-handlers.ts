/**
 * The handler of every job name, wired to this process's services. The worker-only resources (the
 * shared Chromium and the Redis connection of the host pacer) are opened here and closed with the
 * runtime.
 */
import { Redis } from 'ioredis';
import { BrowserPool } from '../../capture/browser/browser-pool.js';
import { COLLECT_LIMITS } from '../../capture/capture-order.js';
import { RedisHostPacer } from '../../capture/redis-host-pacer.js';
import { knownPosts } from '../../graph/changes/known-posts.js';
import { RedisTokenUses } from '../gate/token-use.js';
import { buildCollectHandler } from '../jobs/collect.handler.js';
import { buildExportHandler } from '../jobs/export.handler.js';
import type { JobHandlers } from '../jobs/job-types.js';
import { captureTimestamper } from '../../evidence/timestamp/capture-timestamp.js';
import { buildWatchRunHandler } from '../jobs/watch-run.handler.js';
import type { Services } from './services.js';

/** The handlers for the worker of this process. */
export function buildJobHandlers(services: Services): JobHandlers {
  const { runtime } = services;
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
      config: runtime.config,
      gateRecords: services.gateRecords,
      verifier: runtime.gate.verifier,
      forbidden: services.forbiddenEndpoints,
      registry: services.collectors,
      store: services.store,
      ingest: services.repos.ingest,
      outcomes: services.repos.captureOutcomes,
      custody: services.custody,
      tokenUses: new RedisTokenUses(redis, runtime.config.redis.prefix),
      openPage: () => browsers.openPage(),
      pacer,
      knownPosts: (caseId, target) => knownPosts(runtime.graph, caseId, target),
      timestamper: captureTimestamper(runtime.config, services.forbiddenEndpoints),
      scheduleReview: (caseId, captureId, enteredAt) =>
        services.lifecycle.reviews.scheduleAtEntry(caseId, captureId, enteredAt),
    }),
    export: buildExportHandler({
      exports: services.repos.exports,
      packet: {
        source: services.repos.packetSource,
        store: services.store,
        custody: services.custody,
        config: runtime.config,
        key: services.evidenceKey,
        changes: (caseId, captureIds) => services.history.packetChanges(caseId, captureIds),
      },
    }),
    checkpoint: async () => ({
      checkpointed: await services.custody.checkpointGrownChains(services.evidenceKey),
    }),
    'watch-run': buildWatchRunHandler(services.watches.runner),
  };
}
