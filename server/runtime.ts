import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../common/config.js';
import { logger } from '../common/logger.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { GraphClient } from '../graph/graph-client.js';
import { migrate } from '../graph/migrate.js';
import { chromiumVersion } from '../capture/browser/chromium.js';
import { ContentGeneration } from './infra/content-generation.js';
import { HealthProbe } from './infra/health.js';
import { resolveRedis, type RedisEndpoint } from './infra/redis.js';
import { JobQueue } from './jobs/queue.js';
import { startGate, type GateKit } from './gate/gate-kit.js';

const log = logger('shutdown');

/** The long-lived services one casegraph process holds; `stop` releases them in reverse order. */
export interface Runtime {
  readonly config: Config;
  readonly graph: GraphClient;
  readonly redisUrl: string;
  /** Advanced by every content write, per case; cached case reads are valid while theirs stands. */
  readonly contentGeneration: ContentGeneration;
  readonly queue: JobQueue;
  readonly health: HealthProbe;
  readonly evidenceDir: string;
  /** The legality gate: current policy, signing key, token verifier. */
  readonly gate: GateKit;
  readonly embeddedNeo4j: EmbeddedNeo4j | undefined;
  /** Registers cleanup to run first on stop (servers, workers). */
  onStop(step: () => Promise<void>): void;
  stop(): Promise<void>;
}

export interface RuntimeHooks {
  /** The embedded Neo4j or casegraph's own Redis died: the process should stop. */
  readonly onServiceLost?: (what: string) => void;
}

/**
 * Starts what casegraph needs, in order: 1. data directory and legality gate; 2. Neo4j (the configured server, or
 * the embedded engine); 3. schema migrations; 4. Redis (configured, or casegraph's own);
 * 5. Chromium check; 6. evidence directory; 7. job queue.
 */
export async function startRuntime(config: Config, hooks: RuntimeHooks = {}): Promise<Runtime> {
  const stops: Array<() => Promise<void>> = [];
  const firstStops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const step of [...firstStops.reverse(), ...stops.reverse()]) {
      try {
        await step();
      } catch (error) {
        log.error({ err: (error as Error).message }, 'stop step failed');
      }
    }
  };
  try {
    fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    // Before any service starts: a malformed policy must stop start-up at once.
    const gate = startGate(config.dataDir, config.policyFile);

    let embedded: EmbeddedNeo4j | undefined;
    let connection = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password };
    if (!config.neo4j.uri) {
      embedded = await startEmbeddedNeo4j({
        home: path.join(config.dataDir, 'neo4j'),
        heap: config.neo4j.heap,
        pageCache: config.neo4j.pageCache,
      });
      stops.push(() => embedded!.stop());
      embedded.onUnexpectedExit(() => hooks.onServiceLost?.('neo4j'));
      connection = { uri: embedded.uri, user: embedded.user, password: embedded.password };
    }
    const graph = GraphClient.connect({
      uri: connection.uri!,
      user: connection.user,
      password: connection.password!,
      database: config.neo4j.database,
    });
    stops.push(() => graph.close());
    await graph.waitUntilReady(60_000);
    await migrate(graph);

    const redis: RedisEndpoint = await resolveRedis(config.redis.url, config.dataDir);
    stops.push(() => redis.stop());
    const contentGeneration = new ContentGeneration(redis.url, config.redis.prefix);
    stops.push(() => contentGeneration.close());
    graph.onWritten((scope) => contentGeneration.advance(scope));

    const browserVersion = await chromiumVersion(config.chromiumPath);

    const evidenceDir = path.join(config.dataDir, 'evidence');
    fs.mkdirSync(evidenceDir, { recursive: true, mode: 0o700 });

    const queue = new JobQueue({ url: redis.url, prefix: config.redis.prefix });
    stops.push(() => queue.close());
    const health = new HealthProbe(
      graph,
      redis.url,
      config.chromiumPath,
      evidenceDir,
      () => queue.health(),
      browserVersion,
    );
    stops.push(async () => health.close());

    let stopped = false;
    return {
      config,
      graph,
      redisUrl: redis.url,
      contentGeneration,
      queue,
      health,
      evidenceDir,
      gate,
      embeddedNeo4j: embedded,
      onStop: (step) => firstStops.push(step),
      async stop() {
        if (stopped) return;
        stopped = true;
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
