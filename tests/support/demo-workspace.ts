/**
 * A running casegraph with the loopback fixture platforms and the demo case seeded the way
 * `npm run demo` seeds it (every collection through the gate, the queue and the real collectors),
 * for the end-to-end workspace tests.
 */
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { DEMO_USERS } from '../../server/auth/user-admin.service.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { DEMO_CASE_NUMBER, seedDemo } from '../../server/demo/demo-seed.js';
import { resetGraph, testConfig, testGraph } from './services.js';

export interface DemoWorkspace {
  readonly app: RunningCasegraph;
  readonly fixtures: FixturePlatforms;
  readonly caseId: string;
  /** The demo password of a demo user. */
  password(username: string): string;
  stop(): Promise<void>;
}

/** Starts casegraph on an empty graph, seeds the demo case and answers where it is. */
export async function startDemoWorkspace(): Promise<DemoWorkspace> {
  // The demo's users and case number are fixed, so the suite starts from an empty graph, emptied
  // before casegraph starts so that nothing of it is writing meanwhile.
  const graph = testGraph();
  await resetGraph(graph);
  await graph.close();
  const fixtures = await startFixturePlatforms();
  const onLoopback = Object.fromEntries(
    ['mastodon', 'bluesky', 'reddit', 'telegram'].map((p) => [p, { baseUrl: fixtures.url }]),
  );
  const app = await startCasegraph(
    testConfig({
      CASEGRAPH_WORKERS: 'true',
      CASEGRAPH_COLLECTOR_OPTIONS: JSON.stringify(onLoopback),
      CASEGRAPH_FETCH_ALLOWLIST: `127.0.0.1:${fixtures.port}`,
    }),
  );
  await seedWithRetry(app, fixtures.url);
  const rows = await app.runtime.graph.read<{ id: string }>('MATCH (c:Case {number: $n}) RETURN c.id AS id', {
    n: DEMO_CASE_NUMBER,
  });
  return {
    app,
    fixtures,
    caseId: rows[0]!.id,
    password: (username) => DEMO_USERS.find((u) => u.username === username)!.password,
    async stop() {
      await app.stop();
      await fixtures.close();
    },
  };
}

/**
 * Seeds the demo; when a write loses a deadlock to a concurrent collection (the seed runs one job
 * per platform at once, and a loaded machine makes that likelier), waits for the jobs in flight,
 * empties the graph and seeds again, at most three times.
 */
async function seedWithRetry(app: RunningCasegraph, fixturesUrl: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await seedDemo(app.services, fixturesUrl);
      return;
    } catch (error) {
      if (attempt >= 3 || !/deadlock|can't acquire/i.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 5_000));
      await resetGraph(app.runtime.graph);
    }
  }
}
