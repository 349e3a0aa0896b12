import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../common/paths.js';
import { DEMO_CASE_NUMBER } from '../../server/demo/demo-seed.js';
import { DEMO_USERS } from '../../server/auth/user-admin.service.js';
import { freePort } from '../../server/infra/free-port.js';
import { GqlClient } from '../support/graphql-client.js';
import { resetGraph, tempDir, testGraph, testServices } from '../support/services.js';

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
      const deadline = Date.now() + 90_000;
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
        '{ cases { nodes { number assignees { username } persons { name } } } }',
      );
      expect(cases.data?.cases.nodes).toEqual([
        {
          number: DEMO_CASE_NUMBER,
          assignees: [{ username: 'analyst' }, { username: 'detective' }, { username: 'prosecutor' }],
          persons: [{ name: 'Alice Doe' }],
        },
      ]);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
