import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { parseConfig, type Config } from '../../common/config.js';
import { setLogLevel } from '../../common/logger.js';
import { GraphClient } from '../../graph/graph-client.js';

/** The run's real services, started by the global setup. */
export function testServices(): { neo4jUri: string; neo4jPassword: string; redisUrl: string; root: string } {
  const neo4jUri = process.env.CASEGRAPH_TEST_NEO4J_URI;
  const neo4jPassword = process.env.CASEGRAPH_TEST_NEO4J_PASSWORD;
  const redisUrl = process.env.CASEGRAPH_TEST_REDIS_URL;
  const root = process.env.CASEGRAPH_TEST_ROOT;
  if (!neo4jUri || !neo4jPassword || !redisUrl || !root) {
    throw new Error('test services are not running: run the tests through jest (npm test)');
  }
  return { neo4jUri, neo4jPassword, redisUrl, root };
}

/** A fresh temporary directory under the run's root. */
export function tempDir(label: string): string {
  const dir = path.join(testServices().root, `${label}-${crypto.randomBytes(4).toString('hex')}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A configuration pointing at the run's Neo4j and Redis, with its own data dir and key prefix. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const s = testServices();
  setLogLevel(process.env.CASEGRAPH_TEST_LOG_LEVEL ?? 'warn');
  return parseConfig({
    PORT: '0',
    CASEGRAPH_DATA_DIR: tempDir('data'),
    NEO4J_URI: s.neo4jUri,
    NEO4J_PASSWORD: s.neo4jPassword,
    REDIS_URL: s.redisUrl,
    CASEGRAPH_REDIS_PREFIX: `test-${crypto.randomBytes(4).toString('hex')}`,
    CASEGRAPH_LOG_LEVEL: process.env.CASEGRAPH_TEST_LOG_LEVEL ?? 'warn',
    // Nothing private is reachable unless a suite allowlists its own fixture server's host:port.
    CASEGRAPH_FETCH_ALLOWLIST: '',
    // Every fixture platform is one loopback host; spacing its requests would only slow the suite
    // (pacing itself is tested in host-pacer.test.ts).
    CASEGRAPH_HOST_INTERVAL_MS: '0',
    CASEGRAPH_HOST_CONCURRENCY: '8',
    // Each test app signs with its own key: a scheduled checkpoint would sign other suites' chains
    // with a foreign key (custody-checkpoints.test.ts turns the schedule on for itself).
    CASEGRAPH_CHECKPOINT_INTERVAL_MS: '0',
    CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ...overrides,
  });
}

/** A client on the run's Neo4j. */
export function testGraph(): GraphClient {
  const s = testServices();
  return GraphClient.connect({ uri: s.neo4jUri, user: 'neo4j', password: s.neo4jPassword });
}

/** Empties the case graph (the schema and migration records stay). */
export async function resetGraph(graph: GraphClient): Promise<void> {
  await graph.autoCommit(
    'MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
  );
}
