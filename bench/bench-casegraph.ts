/**
 * What the benchmarks that go through the API share: a casegraph on a throwaway data directory
 * (embedded Neo4j, no in-process workers), and a detective created in it and signed in over HTTP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../common/config.js';
import { setLogLevel } from '../common/logger.js';
import { startCasegraph, type RunningCasegraph } from '../server/casegraph.js';

/** Starts casegraph quietly on port 0 with its data under a new temporary directory. */
export async function startBenchCasegraph(name: string): Promise<{ app: RunningCasegraph; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `casegraph-bench-${name}-`));
  setLogLevel('warn');
  const app = await startCasegraph(
    loadConfig({
      CASEGRAPH_DATA_DIR: dataDir,
      PORT: '0',
      CASEGRAPH_WORKERS: 'false',
      CASEGRAPH_LOG_LEVEL: 'warn',
    }),
  );
  return { app, dataDir };
}

export const BENCH_PASSWORD = 'Bench-password-2026';

/** Creates the user and returns its session cookie (`name=value`) for requests to `url`. */
export async function benchDetective(app: RunningCasegraph, username: string): Promise<string> {
  const { url } = app;
  await app.services.userAdmin.create({
    username,
    displayName: 'Bench',
    role: 'DETECTIVE',
    unit: 'BENCH',
    password: BENCH_PASSWORD,
  });
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: username, p: BENCH_PASSWORD },
    }),
  });
  const cookie = login.headers.get('set-cookie');
  if (!cookie) throw new Error(`${username} could not sign in: ${await login.text()}`);
  return cookie.split(';')[0]!;
}
