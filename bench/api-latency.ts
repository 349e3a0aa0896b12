/**
 * API latency under load: the case neighbourhood and timeline queries with 50 concurrent clients
 * on a case of N posts (default 100,000), over real HTTP with a signed-in session.
 *
 *   node --import tsx bench/api-latency.ts [--posts 100000] [--connections 50] [--seconds 10]
 *
 * Uses NEO4J_URI when set, else a throwaway embedded Neo4j.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../common/config.js';
import { setLogLevel } from '../common/logger.js';
import { UserRepository } from '../graph/repositories/user.repository.js';
import { int } from '../graph/graph-client.js';
import { UserAdminService } from '../server/auth/user-admin.service.js';
import { startCasegraph } from '../server/casegraph.js';
import { benchArgs, machine } from './bench-kit.js';

const args = benchArgs({ posts: '100000', connections: '50', seconds: '10' });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-bench-api-'));
setLogLevel('warn');
const app = await startCasegraph(
  loadConfig({
    CASEGRAPH_DATA_DIR: dataDir,
    PORT: '0',
    CASEGRAPH_WORKERS: 'false',
    CASEGRAPH_LOG_LEVEL: 'warn',
  }),
);
try {
  const { graph } = app.runtime;
  const password = 'Bench-password-2026';
  await new UserAdminService(new UserRepository(graph)).create({
    username: 'bench-detective',
    displayName: 'Bench',
    role: 'DETECTIVE',
    unit: 'BENCH',
    password,
  });
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(username: "bench-detective", password: "${password}") { id } }`,
    }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
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

  const queries: Record<string, string> = {
    neighbourhood: `{ neighbourhood(caseId: "${caseId}", ref: "account:mastodon:acct42", hops: 1, maxNodes: 2000) { nodes { ref } edges { type } } }`,
    timeline: `{ case(id: "${caseId}") { timeline(from: "2026-02-01T00:00:00Z", first: 200) { at ref } } }`,
  };
  console.log(
    `\nAPI latency: ${posts} posts, ${args.connections} clients, ${args.seconds} s each\nmachine: ${machine()}`,
  );
  for (const [name, query] of Object.entries(queries)) {
    const check = await gql(query);
    if (!check.data) throw new Error(`${name} failed: ${JSON.stringify(check)}`);
    const result = await autocannon({
      url: `${app.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query }),
      connections: Number(args.connections),
      duration: Number(args.seconds),
    });
    const l = result.latency;
    console.log(
      `${name.padEnd(14)} p50 ${l.p50} ms  p90 ${l.p90} ms  p99 ${l.p99} ms  ` +
        `${result.requests.average.toFixed(0)} req/s  errors ${result.errors + result.non2xx}  ` +
        `target p99 < 100 ms ${l.p99 < 100 ? 'met' : 'NOT met'}`,
    );
  }
} finally {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
