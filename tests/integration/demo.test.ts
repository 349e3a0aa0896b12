import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../common/paths.js';
import { DEMO_CASE_NUMBER } from '../../server/demo/demo-seed.js';
import { DEMO_USERS } from '../../server/auth/user-admin.service.js';
import { freePort } from '../../server/infra/free-port.js';
import { GqlClient } from '../support/graphql-client.js';
import { resetGraph, tempDir, testGraph, testServices } from '../support/services.js';

type DemoCase = { id: string; persons: { ref: string; name: string }[] };

/**
 * What the demo case must hold: a completed capture from every fixture platform, posts from each,
 * link candidates for the analyst, a path from the missing girl to her own collected post (her
 * hand-added account merged with the collected one) and a built evidence packet.
 */
async function expectDemoContent(detective: GqlClient, port: number, demo: DemoCase): Promise<void> {
  const content = await detective.query(
    `query($id: ID!) { case(id: $id) { captures { platform status }
       posts(first: 200) { ref platform authorHandle } } exports(caseId: $id) { status } }`,
    { id: demo.id },
  );
  const { captures, posts } = content.data!.case;
  const platforms = ['mastodon', 'bluesky', 'reddit', 'telegram', 'rss', 'web'];
  expect(
    captures
      .filter((c: { status: string }) => c.status === 'CAPTURED')
      .map((c: { platform: string }) => c.platform)
      .sort(),
  ).toEqual([...platforms].sort());
  for (const platform of platforms.filter((p) => p !== 'web')) {
    expect(posts.some((p: { platform: string }) => p.platform === platform)).toBe(true);
  }
  const deadline = Date.now() + 60_000;
  let exports = content.data!.exports as { status: string }[];
  while (exports[0]?.status !== 'DONE' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    exports = (await detective.query('query($id: ID!) { exports(caseId: $id) { status } }', { id: demo.id }))
      .data!.exports;
  }
  expect(exports.map((e) => e.status)).toEqual(['DONE']);
  // The missing girl's account is watched daily, its first run the demo's Mastodon capture.
  const watches = await detective.query(
    'query($id: ID!) { watches(caseId: $id) { target status intervalHours runs nextRunAt } }',
    { id: demo.id },
  );
  expect(watches.data!.watches).toEqual([
    expect.objectContaining({
      target: 'mastodon handle alice',
      status: 'ACTIVE',
      intervalHours: 24,
      runs: 1,
    }),
  ]);
  expect(Number.isNaN(Date.parse(watches.data!.watches[0].nextRunAt))).toBe(false);

  const analyst = new GqlClient(`http://127.0.0.1:${port}`);
  await analyst.login('analyst', DEMO_USERS.find((u) => u.username === 'analyst')!.password);
  const candidates = await analyst.query('query($id: ID!) { linkCandidates(caseId: $id) { a b score } }', {
    id: demo.id,
  });
  expect(candidates.data!.linkCandidates.length).toBeGreaterThan(0);

  const alice = demo.persons.find((p) => p.name === 'Alice Doe')!;
  const herPost = posts.find(
    (p: { platform: string; authorHandle: string }) =>
      p.platform === 'mastodon' && p.authorHandle === 'alice',
  );
  const path = await analyst.query(
    'query($id: ID!, $from: String!, $to: String!) { shortestPath(caseId: $id, from: $from, to: $to) { length nodes { ref } } }',
    { id: demo.id, from: alice.ref, to: herPost.ref },
  );
  expect(path.data!.shortestPath).toMatchObject({ length: 2 });
  expect(path.data!.shortestPath.nodes.map((n: { ref: string }) => n.ref)).toEqual([
    alice.ref,
    expect.stringMatching(/^account:mastodon:\d+$/),
    herPost.ref,
  ]);
}

/** `npm run demo` as a newcomer runs it: a process with fixture platforms and a seeded case. */
describe('the demo', () => {
  it('starts with the fixture platforms, signs in each demo user, and shows the demo case', async () => {
    const graph = testGraph();
    await resetGraph(graph);
    await graph.close();
    const services = testServices();
    const port = await freePort();
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'demo-main.ts')], {
      cwd: projectRoot(),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        PORT: String(port),
        CASEGRAPH_DATA_DIR: tempDir('demo'),
        NEO4J_URI: services.neo4jUri,
        NEO4J_PASSWORD: services.neo4jPassword,
        REDIS_URL: services.redisUrl,
        CASEGRAPH_REDIS_PREFIX: 'demo-test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const deadline = Date.now() + 180_000;
      while (!/fixture platforms at (\S+)/.test(output)) {
        if (child.exitCode !== null || Date.now() > deadline)
          throw new Error(`demo did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const fixtures = /fixture platforms at (\S+)/.exec(output)![1]!;
      const lookup = await fetch(`${fixtures}/api/v1/accounts/lookup?acct=alice`);
      expect(lookup.status).toBe(200);

      for (const user of DEMO_USERS) {
        const client = new GqlClient(`http://127.0.0.1:${port}`);
        await client.login(user.username, user.password);
        expect(output).toContain(`${user.username} / ${user.password}`);
      }
      const detective = new GqlClient(`http://127.0.0.1:${port}`);
      await detective.login('detective', DEMO_USERS[0]!.password);
      const cases = await detective.query(
        '{ cases { nodes { id number assignees { username } persons { ref name role } } } }',
      );
      expect(cases.data?.cases.nodes).toEqual([
        {
          id: expect.any(String),
          number: DEMO_CASE_NUMBER,
          assignees: [{ username: 'analyst' }, { username: 'detective' }, { username: 'prosecutor' }],
          persons: expect.arrayContaining([
            { ref: expect.any(String), name: 'Alice Doe', role: 'MISSING' },
            { ref: expect.any(String), name: 'Carol Ames', role: 'WITNESS' },
          ]),
        },
      ]);
      await expectDemoContent(detective, port, cases.data!.cases.nodes[0]);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 240_000);
});
