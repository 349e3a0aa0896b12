/**
 * API latency under load: the case neighbourhood and timeline queries with 50 concurrent clients
 * on a case of N posts (default 100,000), over real HTTP with a signed-in session, while a
 * collector writes `--writes` posts a second (default 100) into another case. Printed side by
 * side: casegraph's per-case content generations against one global generation that every write
 * advances (how casegraph cached before), both under the same writes; and the API against the
 * same queries run on Neo4j directly with the same concurrency. Percentiles are exact (every
 * latency kept). Each run first goes for `--warmup` seconds, not counted, so none is measured
 * while its JIT compilers and caches are still cold.
 *
 *   node --import tsx bench/api-latency.ts [--posts 100000] [--connections 50] [--seconds 10] [--warmup 3] [--writes 100]
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
import { startCaseWriter } from './case-writer.js';

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

const args = benchArgs({ posts: '100000', connections: '50', seconds: '10', warmup: '3', writes: '100' });
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
  const newCase = async (number: string) =>
    (
      await gql(
        `mutation { createCase(input: { number: "${number}", title: "Bench case", purpose: ONLINE_CRIME }) { id } }`,
      )
    ).data!.createCase!.id;
  const caseId = await newCase('BENCH-1');
  const collectedCaseId = await newCase('BENCH-2');

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
  const writes = Number(args.writes);
  const writerDeps = { ingest: app.services.repos.ingest, custody: app.services.custody };
  // The API under the collector's writes; `global` also advances the one global generation on
  // every write, as casegraph did before its generations were per case.
  const underWrites = async (load: LoadSettings, global: boolean) => {
    const stopGlobal = global
      ? graph.onWritten(() => app.runtime.contentGeneration.advance('all'))
      : undefined;
    const writer = startCaseWriter(writerDeps, collectedCaseId, writes);
    try {
      await httpLoad({ ...load, seconds: warmup });
      const result = await httpLoad({ ...load, seconds });
      if (result.errors > 0) throw new Error(`${result.errors} errors`);
      return { ...result, written: await writer.stop() };
    } finally {
      await writer.stop();
      stopGlobal?.();
    }
  };
  for (const [name, query] of Object.entries(queries)) {
    const check = await gql(query.graphql);
    if (!check.data) throw new Error(`${name} failed: ${JSON.stringify(check)}`);
    const load = {
      url: `${app.url}/graphql`,
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: query.graphql }),
      connections,
      seconds,
    };
    const before = await underWrites(load, true);
    const api = await underWrites(load, false);
    await closedLoop(connections, warmup, query.direct);
    const direct = await closedLoop(connections, seconds, query.direct);
    const neo4j = percentiles(direct.latencies);
    const setting = `${posts} posts, ${connections} clients, ${seconds} s after ${warmup} s of warm-up`;
    const line = (metric: string, casegraph: number, baseline: number) =>
      metric.endsWith('/s')
        ? { metric: `${name} ${metric}`, casegraph, baseline, unit: '/s', higherIsBetter: true }
        : { metric: `${name} ${metric}`, casegraph, baseline, unit: 'ms', higherIsBetter: false };
    const lines = (a: LoadResult, b: { p50: number; p95: number; p99: number; perSecond: number }) =>
      (['p50', 'p95', 'p99'] as const)
        .map((p) => line(p, a[p], b[p]))
        .concat(line('requests/s', a.perSecond, b.perSecond));
    report(
      `API ${name} while a collector writes into another case: ${setting}; ` +
        `written ${api.written.toFixed(0)} posts/s (per case), ${before.written.toFixed(0)} posts/s (global)`,
      'one global content generation advanced by every write (before), same writes',
      lines(api, before),
    );
    report(
      `API ${name} under the same writes, against Neo4j alone: ${setting}`,
      'the same query on Neo4j directly, same concurrency, no writes',
      lines(api, { ...neo4j, perSecond: direct.perSecond }),
    );
    console.log(`${name} target p99 < 100 ms with writes: ${api.p99 < 100 ? 'met' : 'NOT met'}`);
  }
} finally {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
