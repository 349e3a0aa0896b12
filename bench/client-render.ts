/**
 * The workspace's weight and speed: the built client's size (gzip), and the time from opening a
 * case to the first frame of its graph in headless Chromium, for a case of about 5,000 graph
 * elements (nodes + relationships) next to the same view of a case of a few dozen.
 *
 *   node --import tsx bench/client-render.ts [--elements 5000] [--runs 5]
 *
 * Builds the client when dist/client is missing; uses a throwaway embedded Neo4j.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { loadConfig } from '../common/config.js';
import { projectRoot } from '../common/paths.js';
import { int, type GraphClient } from '../graph/graph-client.js';
import { launchChromium } from '../capture/browser/chromium.js';
import { benchArgs, report } from './bench-kit.js';
import { BENCH_PASSWORD, benchDetective, startBenchCasegraph } from './bench-casegraph.js';

const args = benchArgs({ elements: '5000', runs: '5' });
const clientDir = path.join(projectRoot(), 'dist', 'client');
if (!fs.existsSync(path.join(clientDir, 'index.html'))) {
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], {
    cwd: projectRoot(),
    stdio: 'ignore',
  });
}

/** Bytes of every built asset, raw and gzipped as a server would send them. */
function clientSize(): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const name of fs.readdirSync(clientDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(clientDir, name);
    if (!/\.(js|css|html)$/.test(name) || !fs.statSync(file).isFile()) continue;
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/**
 * A case whose graph has about `elements` elements: accounts posting posts, each post tagged and
 * mentioning another account, so each post adds one node and three relationships.
 */
async function seedCase(graph: GraphClient, caseId: string, elements: number): Promise<void> {
  const accounts = Math.max(2, Math.round(elements / 25));
  const tags = Math.max(1, Math.round(elements / 100));
  const posts = Math.max(1, Math.round((elements - accounts - tags) / 4));
  await graph.write(
    `MATCH (c:Case {id: $caseId})
     UNWIND range(0, $accounts - 1) AS i
     CREATE (a:Account {platform: 'mastodon', platformId: $caseId + ':acct' + i, handle: 'user' + i})
     CREATE (c)-[:CONTAINS]->(a)`,
    { caseId, accounts: int(accounts) },
  );
  await graph.write(
    `MATCH (c:Case {id: $caseId})
     UNWIND range(0, $tags - 1) AS t
     CREATE (h:Hashtag {tag: $caseId + ':tag' + t})
     CREATE (c)-[:CONTAINS]->(h)`,
    { caseId, tags: int(tags) },
  );
  await graph.write(
    `MATCH (c:Case {id: $caseId})
     UNWIND range(0, $posts - 1) AS i
     MATCH (a:Account {platformId: $caseId + ':acct' + (i % $accounts)})
     MATCH (m:Account {platformId: $caseId + ':acct' + ((i * 7 + 3) % $accounts)})
     MATCH (h:Hashtag {tag: $caseId + ':tag' + (i % $tags)})
     CREATE (p:Post {platform: 'mastodon', platformId: $caseId + ':post' + i, text: 'post ' + i,
                     postedAt: '2026-01-01T00:00:00Z'})
     CREATE (a)-[:POSTED]->(p) CREATE (p)-[:MENTIONS]->(m) CREATE (p)-[:TAGGED]->(h)
     CREATE (c)-[:CONTAINS]->(p)`,
    { caseId, posts: int(posts), accounts: int(accounts), tags: int(tags) },
  );
}

/** Opens the case from the case list and waits for the graph's first frame; milliseconds. */
async function openCase(page: Page, url: string, number: string): Promise<{ ms: number; label: string }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('table a');
  const buttons = await page.$$('table a');
  for (const button of buttons) {
    if ((await button.evaluate((el) => el.textContent ?? '')).includes(number)) {
      const start = Date.now();
      await button.click();
      await page.waitForSelector('.graph-canvas[data-rendered=true]', { timeout: 120_000 });
      const ms = Date.now() - start;
      const label = await page.$eval('.graph-canvas', (el) => el.getAttribute('aria-label') ?? '');
      return { ms, label };
    }
  }
  throw new Error(`case ${number} is not in the list`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { app, dataDir } = await startBenchCasegraph('client');
const browser = await launchChromium(loadConfig().chromiumPath);
try {
  const { graph } = app.runtime;
  const cookie = await benchDetective(app, 'bench-render');
  const caseIds: Record<string, string> = {};
  const cases: Record<string, number> = { 'RENDER-BIG': Number(args.elements), 'RENDER-SMALL': 40 };
  for (const [number, elements] of Object.entries(cases)) {
    const created = (await (
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: `mutation($n: String!) { createCase(input: { number: $n, title: "Render bench", purpose: ONLINE_CRIME }) { id } }`,
          variables: { n: number },
        }),
      })
    ).json()) as { data: { createCase: { id: string } } };
    await seedCase(graph, created.data.createCase.id, elements);
    caseIds[number] = created.data.createCase.id;
  }

  const page = await browser.newPage();
  await page.setViewport({ width: 1366, height: 900 });
  await page.goto(app.url, { waitUntil: 'load' });
  await page.type('input[name=username]', 'bench-render');
  await page.type('input[name=password]', BENCH_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('#cases-title');

  const times: Record<string, number[]> = { 'RENDER-BIG': [], 'RENDER-SMALL': [] };
  const labels: Record<string, string> = {};
  // One untimed open each warms Neo4j's caches and the browser's, as a second look at a case would.
  for (let run = 0; run <= Number(args.runs); run += 1) {
    for (const number of Object.keys(cases)) {
      const { ms, label } = await openCase(page, app.url, number);
      labels[number] = label;
      if (run > 0) times[number]!.push(ms);
    }
  }
  // How much of the wait is the API: the graph part of the case view's query, asked directly.
  const apiMs: number[] = [];
  for (let run = 0; run < Number(args.runs); run += 1) {
    const start = Date.now();
    await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query:
          'query($id: ID!) { case(id: $id) { graph(maxNodes: 2000) { nodes { ref kind label } edges { from to type } } } }',
        variables: { id: caseIds['RENDER-BIG'] },
      }),
    }).then((r) => r.json());
    apiMs.push(Date.now() - start);
  }
  console.log(`the big case's graph query alone: median ${median(apiMs)} ms`);
  const size = clientSize();
  console.log(
    `built client: ${(size.raw / 1024).toFixed(0)} KB of js/css/html, ${(size.gzip / 1024).toFixed(0)} KB gzipped`,
  );
  console.log(`big case: ${labels['RENDER-BIG']}; small case: ${labels['RENDER-SMALL']}`);
  report(
    `time from opening a case to its graph's first frame, median of ${args.runs} runs`,
    `the same view of a case of about ${cases['RENDER-SMALL']} elements`,
    [
      {
        metric: `first frame, ${args.elements} elements`,
        casegraph: median(times['RENDER-BIG']!),
        baseline: median(times['RENDER-SMALL']!),
        unit: 'ms',
        higherIsBetter: false,
      },
    ],
  );
} finally {
  await browser.close();
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
