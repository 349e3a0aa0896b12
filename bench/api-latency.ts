/**
 * API latency under load: the case neighbourhood and timeline queries with 50 concurrent clients
 * on a case of N posts (default 100,000), over real HTTP with a signed-in session, next to the same
 * queries run on Neo4j directly with the same concurrency. Percentiles are exact (every latency kept).
 * Each side first runs the same load for `--warmup` seconds, not counted, so neither is measured
 * while its JIT compilers and caches are still cold.
 *
 *   node --import tsx bench/api-latency.ts [--posts 100000] [--connections 50] [--seconds 10] [--warmup 3]
 *
 * Uses NEO4J_URI when set, else a throwaway embedded Neo4j.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { int } from '../graph/graph-client.js';
import type { LoadResult, LoadSettings } from './http-load.js';
import { benchArgs, closedLoop, percentiles, report } from './bench-kit.js';
import { benchDetective, startBenchCasegraph } from './bench-casegraph.js';

/** Load from a separate process, so the server keeps its CPU (the machine's cores are shared anyway). */
async function httpLoad(settings: LoadSettings): Promise<LoadResult> {
  // Asynchronous: the server under test runs in this very process and must keep answering.
  const script = path.join(import.meta.dirname, 'http-load.ts');
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--import',
    'tsx',
    script,
    JSON.stringify(settings),
  ]);
  return JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult;
}

const args = benchArgs({ posts: '100000', connections: '50', seconds: '10', warmup: '3' });
const { app, dataDir } = await startBenchCasegraph('api');
try {
  const { graph } = app.runtime;
  const cookie = await benchDetective(app, 'bench-detective');
  const gql = async (query: string) =>
    (await (
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data?: { createCase?: { id: string } } };
  const caseId = (
    await gql(
      'mutation { createCase(input: { number: "BENCH-1", title: "Bench case", purpose: ONLINE_CRIME }) { id } }',
    )
  ).data!.createCase!.id;

  // 1,000 accounts posting N posts, each mentioning another account and carrying one of 50 tags.
  const posts = Number(args.posts);
  const seedStart = Date.now();
  await graph.write(
    `MATCH (c:Case {id: $caseId})
     UNWIND range(0, 999) AS i
     MERGE (a:Account {platform: 'mastodon', platformId: 'acct' + i}) SET a.handle = 'user' + i
     MERGE (c)-[:CONTAINS]->(a)`,
    { caseId },
  );
  for (let start = 0; start < posts; start += 10_000) {
    await graph.write(
      `MATCH (c:Case {id: $caseId})
       UNWIND range($start, $end) AS i
       MATCH (a:Account {platform: 'mastodon', platformId: 'acct' + (i % 1000)})
       MATCH (m:Account {platform: 'mastodon', platformId: 'acct' + ((i * 7 + 3) % 1000)})
       MERGE (h:Hashtag {tag: 'tag' + (i % 50)})
       CREATE (p:Post {platform: 'mastodon', platformId: 'post' + i, text: 'post number ' + i,
                       postedAt: toString(datetime('2026-01-01T00:00:00Z') + duration({seconds: i * 60}))})
       CREATE (a)-[:POSTED]->(p) CREATE (p)-[:MENTIONS]->(m) CREATE (p)-[:TAGGED]->(h)
       CREATE (c)-[:CONTAINS]->(p) MERGE (c)-[:CONTAINS]->(h)`,
      { caseId, start: int(start), end: int(Math.min(posts, start + 10_000) - 1) },
    );
  }
  console.log(`seeded ${posts} posts in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

  // The same questions asked of Neo4j directly (no HTTP, session, access check or GraphQL), with
  // the same number of concurrent callers: what the API layer costs on top of the query itself.
  const { analysis } = app.services;
  const { content } = app.services.repos;
  // From the middle of the posts' time span, so the timeline has a full page at any case size.
  const midpoint = new Date(Date.parse('2026-01-01T00:00:00Z') + (posts / 2) * 60_000).toISOString();
  const queries: Record<string, { graphql: string; direct: () => Promise<unknown> }> = {
    neighbourhood: {
      graphql: `{ neighbourhood(caseId: "${caseId}", ref: "account:mastodon:acct42", hops: 1, maxNodes: 2000) { nodes { ref } edges { type } } }`,
      direct: () => analysis.neighbourhood(caseId, 'account:mastodon:acct42', 1, 2000),
    },
    timeline: {
      graphql: `{ case(id: "${caseId}") { timeline(from: "${midpoint}", first: 200) { at ref } } }`,
      direct: () => content.timeline(caseId, midpoint, null, 200),
    },
  };
  const connections = Number(args.connections);
  const seconds = Number(args.seconds);
  const warmup = Number(args.warmup);
  for (const [name, query] of Object.entries(queries)) {
    const check = await gql(query.graphql);
    if (!check.data) throw new Error(`${name} failed: ${JSON.stringify(check)}`);
    const load = {
      url: `${app.url}/graphql`,
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: query.graphql }),
      connections,
    };
    await httpLoad({ ...load, seconds: warmup });
    const api = await httpLoad({ ...load, seconds });
    if (api.errors > 0) throw new Error(`${name}: ${api.errors} errors`);
    await closedLoop(connections, warmup, query.direct);
    const direct = await closedLoop(connections, seconds, query.direct);
    const neo4j = percentiles(direct.latencies);
    report(
      `API ${name}: ${posts} posts, ${connections} clients, ${seconds} s after ${warmup} s of warm-up`,
      'the same query on Neo4j directly, same concurrency',
      [
        { metric: `${name} p50`, casegraph: api.p50, baseline: neo4j.p50, unit: 'ms', higherIsBetter: false },
        { metric: `${name} p95`, casegraph: api.p95, baseline: neo4j.p95, unit: 'ms', higherIsBetter: false },
        { metric: `${name} p99`, casegraph: api.p99, baseline: neo4j.p99, unit: 'ms', higherIsBetter: false },
        {
          metric: `${name} requests/s`,
          casegraph: api.perSecond,
          baseline: direct.perSecond,
          unit: '/s',
          higherIsBetter: true,
        },
      ],
    );
    console.log(`${name} target p99 < 100 ms: ${api.p99 < 100 ? 'met' : 'NOT met'}`);
  }
} finally {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
