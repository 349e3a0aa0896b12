import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../graph/embedded-neo4j.js';
import { GraphClient } from '../../graph/graph-client.js';
import { migrate } from '../../graph/migrate.js';
import { startOwnRedis } from '../../server/infra/redis.js';
import { setLogLevel } from '../../common/logger.js';

/**
 * One real Neo4j (embedded engine, temporary store, free port) and one real redis-server for the
 * whole run. Their addresses reach the test files through environment variables.
 */
export async function startTestServices(): Promise<void> {
  setLogLevel(process.env.CASEGRAPH_TEST_LOG_LEVEL ?? 'warn');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-test-'));
  const neo4j = await startEmbeddedNeo4j({ home: path.join(root, 'neo4j'), heap: '1g', pageCache: '256m' });
  const redis = await startOwnRedis(path.join(root, 'redis'));
  const graph = GraphClient.connect(neo4j);
  await migrate(graph);
  await graph.close();
  Object.assign(globalThis, { __casegraphTest: { neo4j, redis, root } });
  process.env.CASEGRAPH_TEST_ROOT = root;
  process.env.CASEGRAPH_TEST_NEO4J_URI = neo4j.uri;
  process.env.CASEGRAPH_TEST_NEO4J_PASSWORD = neo4j.password;
  process.env.CASEGRAPH_TEST_REDIS_URL = redis.url;
}

import type { EmbeddedNeo4j } from '../../graph/embedded-neo4j.js';
import type { RedisEndpoint } from '../../server/infra/redis.js';

export async function stopTestServices(): Promise<void> {
  const state = (
    globalThis as { __casegraphTest?: { neo4j: EmbeddedNeo4j; redis: RedisEndpoint; root: string } }
  ).__casegraphTest;
  if (!state) return;
  await state.redis.stop();
  await state.neo4j.stop();
  fs.rmSync(state.root, { recursive: true, force: true });
}
