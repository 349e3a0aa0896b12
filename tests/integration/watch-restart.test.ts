import { MASTODON } from '../../demo/platforms/scenario.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import type { GraphClient } from '../../graph/graph-client.js';
import { JobQueue } from '../../server/jobs/queue.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { GqlClient } from '../support/graphql-client.js';
import { testGraph } from '../support/services.js';
import {
  CREATE_WATCH,
  PAUSE,
  TEST_EVERY_MS,
  WATCH_TEST_CONFIG,
  daysAhead,
  sleep,
  waitForWatch,
  watchOf,
  watchRequest,
} from '../support/watch-api.js';

/**
 * Watches outlive their worker: the casegraph holding the worker is stopped and a new one started
 * on the same Neo4j, Redis and data. The scheduler still fires, its runs are not doubled (one
 * run per scheduler slot, every slot on the watch's own grid), and at start the new worker makes
 * Redis agree with the Watch nodes: a lost scheduler is rebuilt, a stray one removed.
 */
describe('watches across a worker restart', () => {
  let env: CollectingCasegraph;
  let second: RunningCasegraph | null = null;
  let caseId: string;
  let detective: GqlClient;

  beforeAll(async () => {
    env = await startCollectingCasegraph('WATCH-R1', () => WATCH_TEST_CONFIG);
    ({ caseId, detective } = env);
  }, 60_000);
  afterAll(async () => {
    await second?.stop();
    await env.stop();
  });

  const runsOf = (graph: GraphClient, id: string) =>
    graph.read<{ id: string; requestId: string | null }>(
      'MATCH (:Watch {id: $id})-[:RAN]->(r:WatchRun) RETURN r.id AS id, r.requestId AS requestId ORDER BY r.at',
      { id },
    );
  /** The scheduler slot (epoch ms) a run's job id names: `repeat:watch:<id>:<ms>`. */
  const slotOf = (runId: string) => Number(runId.split(':').at(-1));

  async function create(value: string): Promise<string> {
    const created = await detective.query(CREATE_WATCH, {
      input: watchRequest(caseId, { platform: 'mastodon', kind: 'handle', value }),
      hours: 2,
      endsAt: daysAhead(3),
    });
    expect(created.errors).toBeUndefined();
    return created.data!.createWatch.watch.id as string;
  }

  it('keeps running after the worker is replaced, one run per slot, with Redis rebuilt from Neo4j', async () => {
    const kept = await create(MASTODON.handle);
    const lost = await create(MASTODON.otherHandle);
    const paused = await create(MASTODON.bulkHandle);
    await waitForWatch(detective, caseId, kept, (w) => w.runs >= 3);
    await waitForWatch(detective, caseId, lost, (w) => w.runs >= 2);
    const pausedRuns = (await detective.query(PAUSE, { c: caseId, id: paused })).data?.pauseWatch.runs;
    expect(pausedRuns).toBeGreaterThanOrEqual(1);

    // The worker goes with its casegraph; while it is down Redis loses one scheduler and gains a
    // stray one for the paused watch.
    const { config, redisUrl } = env.app.runtime;
    await env.app.stop();
    const outside = new JobQueue({ url: redisUrl, prefix: config.redis.prefix });
    const graph = testGraph();
    try {
      const keptBefore = (await runsOf(graph, kept)).length;
      const lostBefore = (await runsOf(graph, lost)).length;
      await outside.raw.removeJobScheduler(`watch:${lost}`);
      await outside.raw.upsertJobScheduler(
        `watch:${paused}`,
        { every: TEST_EVERY_MS },
        { name: 'watch-run', data: { watchId: paused, caseId } },
      );
      await sleep(TEST_EVERY_MS * 2);

      second = await startCasegraph(config);
      const client = new GqlClient(second.url);
      await client.login('det-watch-r1', 'Pipeline-pass-2026');
      await waitForWatch(client, caseId, kept, (w) => w.runs >= keptBefore + 3, 120_000);
      await waitForWatch(client, caseId, lost, (w) => w.runs >= lostBefore + 2, 120_000);

      const runs = await runsOf(graph, kept);
      const slots = runs.filter((r) => r.id.startsWith('repeat:')).map((r) => slotOf(r.id));
      // One run per slot, each slot later than the one before, all on the one grid of the interval.
      expect(new Set(slots).size).toBe(slots.length);
      expect([...slots].sort((a, b) => a - b)).toEqual(slots);
      for (const slot of slots) expect((slot - slots[0]!) % TEST_EVERY_MS).toBe(0);
      // Never more runs than slots since the first: a doubled scheduler would fire twice a slot.
      expect(slots.length).toBeLessThanOrEqual(Math.floor((Date.now() - slots[0]!) / TEST_EVERY_MS) + 1);
      // Each run its own request to the gate: no run replayed another's.
      expect(new Set(runs.map((r) => r.requestId)).size).toBe(runs.length);

      // The paused watch stayed paused: its stray scheduler went and it never ran.
      expect(await watchOf(client, caseId, paused)).toMatchObject({ status: 'PAUSED', runs: pausedRuns });
      // Other suites' active watches share the test Neo4j, so only this suite's three are compared.
      const ours = new Set([kept, lost, paused].map((id) => `watch:${id}`));
      const schedulers = (await outside.raw.getJobSchedulers(0, -1))
        .map((s) => s.key)
        .filter((k) => ours.has(k));
      expect(schedulers.sort()).toEqual([`watch:${kept}`, `watch:${lost}`].sort());
    } finally {
      await outside.close();
      await graph.close();
    }
  }, 400_000);
});
