/**
 * Ingest throughput with observations: realistic posts (authors, mentions, hashtags, media,
 * replies) written through casegraph's batched capture ingest, beside one transaction per post and
 * beside a CREATE-only UNWIND of the same rows (the engine's floor, its batches taking turns with
 * casegraph's captures on the same engine); then the same posts captured
 * again unchanged, which must be faster than their first ingest and add no observation.
 *
 *   node --import tsx bench/ingest-throughput.ts [--posts 100000] [--baseline 2000] [--batch 5000]
 *     [--warmup 20000]
 *
 * Each path first runs untimed on rows of its own (another platform, so nothing is shared with the
 * timed run): a casegraph server's Neo4j has long compiled its queries and warmed its JIT, and
 * the first seconds of a fresh JVM would otherwise be counted against whichever path ran first.
 * Pass --warmup 0 to time a cold engine.
 * Runs on a throwaway embedded Neo4j (2 GB heap, 1 GB page cache).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setLogLevel } from '../common/logger.js';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { GraphClient } from '../graph/graph-client.js';
import { migrate } from '../graph/migrate.js';
import { buildRepositories } from '../server/composition/repositories.js';
import { benchArgs, report, timed } from './bench-kit.js';
import { createOnly, createOnlyBatch, perPost, prepareFloor } from './ingest-baselines.js';
import { benchCapture } from './ingest-rows.js';

const args = benchArgs({ posts: '100000', baseline: '2000', batch: '5000', warmup: '20000' });
setLogLevel('warn');

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-bench-ingest-'));
const neo4j = await startEmbeddedNeo4j({ home, heap: '2g', pageCache: '1g' });
const graph = GraphClient.connect({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
const count = async (cypher: string) => (await graph.read<{ n: number }>(cypher))[0]?.n ?? 0;

try {
  await migrate(graph);
  await graph.write(
    "UNWIND ['bench-batched', 'bench-per-post', 'bench-floor', 'bench-warmup'] AS id CREATE (:Case {id: id})",
  );
  const total = Number(args.posts);
  const step = Number(args.batch);
  const repo = buildRepositories(graph).ingest;
  let rels = 0;
  /** One capture of posts `from` to `from + step`, as capture round `round` of the same listing. */
  const ingestOne = async (round: number, from: number, posts: number, caseId: string, platform: string) => {
    const at = new Date(Date.UTC(2026, 0, 1 + round, 0, 0, from / step)).toISOString();
    const id = `cap-${platform}-${round}-${from}`;
    const c = benchCapture(caseId, from, Math.min(posts, from + step), id, at, platform);
    if (round === 0 && platform === 'mastodon') rels += c.rels;
    await repo.ingest(c.ingest);
  };
  /** `posts` posts once, in captures of `step`, as capture round `round` of the same listing. */
  const ingestAll = (round: number, posts = total, caseId = 'bench-batched', platform = 'mastodon') =>
    timed(async () => {
      for (let from = 0; from < posts; from += step) await ingestOne(round, from, posts, caseId, platform);
    });
  const warm = Number(args.warmup);
  if (warm > 0) {
    await ingestAll(0, warm, 'bench-warmup', 'warmup');
    await ingestAll(1, warm, 'bench-warmup', 'warmup');
    await prepareFloor(graph, 'floor-warmup');
    await createOnly(graph, 'bench-warmup', warm, step, 'floor-warmup');
    await perPost(graph, 'bench-warmup', Math.min(warm, 200), 'per-post-warmup');
  }
  // casegraph's captures and the floor's batches take turns, so each meets the same store size, page
  // cache and JIT state: timed one after the other, whichever ran first paid for the engine's
  // growing store (about a quarter of its time, measured).
  await prepareFloor(graph);
  let first = 0;
  let floor = 0;
  for (let from = 0; from < total; from += step) {
    first += await timed(() => ingestOne(0, from, total, 'bench-batched', 'mastodon'));
    floor += await timed(() => createOnlyBatch(graph, 'bench-floor', from, Math.min(total, from + step)));
  }
  const versions = await count("MATCH (o:Observation {platform: 'mastodon'}) RETURN count(o) AS n");
  const again = await ingestAll(1);
  const versionsAfter = await count("MATCH (o:Observation {platform: 'mastodon'}) RETURN count(o) AS n");
  const changes = await count("MATCH (ch:Change {caseId: 'bench-batched'}) RETURN count(ch) AS n");
  const n = Number(args.baseline);
  const baseline = await timed(() => perPost(graph, 'bench-per-post', n));
  const lines = (name: string, base: number, target: number) => ({
    metric: `posts/s vs ${name}`,
    casegraph: total / first,
    baseline: base,
    unit: 'posts/s',
    higherIsBetter: true,
    target,
  });
  report(
    `ingest with observations: ${total} posts in captures of ${step}; per-post baseline on ${n} posts; ` +
      (warm > 0 ? `each path warmed on ${warm} posts of its own, untimed` : 'cold engine'),
    'one transaction per post (MERGE), and a CREATE-only UNWIND of the same rows',
    [
      lines('one tx per post', n / baseline, 40),
      lines('CREATE-only UNWIND', total / floor, 0.8),
      {
        metric: 'relationships per second',
        casegraph: rels / first,
        baseline: (n * 9) / baseline,
        unit: 'rels/s',
        higherIsBetter: true,
      },
      {
        metric: 're-capture vs first ingest',
        casegraph: again,
        baseline: first,
        unit: 's',
        higherIsBetter: false,
        target: 2,
      },
    ],
  );
  console.log(
    `casegraph first ingest ${(total / first).toFixed(0)} posts/s (target ≥ 4,000); ` +
      `re-capture ${(total / again).toFixed(0)} posts/s; observations ${versions} → ${versionsAfter} ` +
      `(${versionsAfter === versions ? 'no version added' : 'VERSIONS ADDED'}); changes recorded ${changes}`,
  );
} finally {
  await graph.close();
  await neo4j.stop();
  fs.rmSync(home, { recursive: true, force: true });
}
