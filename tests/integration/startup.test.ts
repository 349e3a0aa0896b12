import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../common/paths.js';
import { freePort } from '../../server/infra/free-port.js';
import { tempDir, testServices } from '../support/services.js';

/** casegraph as an operator starts it: a separate process running server/main.ts. */
interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startMain(env: Record<string, string>): Started {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot(), 'server', 'main.ts')], {
    cwd: projectRoot(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      CASEGRAPH_LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(started: Started, pattern: RegExp, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pattern.test(started.output())) {
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Processes whose environment names this Neo4j home: the embedded engine of one data dir. */
function neo4jProcessesFor(home: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((pid) => {
      try {
        return fs
          .readFileSync(`/proc/${pid}/environ`, 'utf8')
          .split('\0')
          .includes(`CASEGRAPH_NEO4J_HOME=${home}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('starting casegraph', () => {
  const services = testServices();

  it('exits 78 naming the variable when the configuration is wrong', async () => {
    const started = startMain({ PORT: 'abc' });
    expect(await started.exited).toBe(78);
    expect(started.output()).toMatch(/^casegraph: invalid PORT:/m);
  });

  it('uses the Neo4j server named by NEO4J_URI and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const dataDir = tempDir('main-external');
    const started = startMain({
      PORT: String(port),
      CASEGRAPH_DATA_DIR: dataDir,
      NEO4J_URI: services.neo4jUri,
      NEO4J_PASSWORD: services.neo4jPassword,
      REDIS_URL: services.redisUrl,
      CASEGRAPH_REDIS_PREFIX: 'startup-external',
    });
    await waitForOutput(started, /casegraph is running at/, 60_000);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(fs.existsSync(path.join(dataDir, 'neo4j'))).toBe(false);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
  }, 90_000);

  it('without NEO4J_URI starts the embedded engine, stops it on SIGTERM, and reports its crash', async () => {
    const port = await freePort();
    const dataDir = tempDir('main-embedded');
    const home = path.join(dataDir, 'neo4j');
    const env = {
      PORT: String(port),
      CASEGRAPH_DATA_DIR: dataDir,
      REDIS_URL: services.redisUrl,
      CASEGRAPH_REDIS_PREFIX: 'startup-embedded',
      CASEGRAPH_NEO4J_HEAP: '512m',
      CASEGRAPH_NEO4J_PAGECACHE: '128m',
    };
    const first = startMain(env);
    await waitForOutput(first, /casegraph is running at/, 180_000);
    const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    expect(neo4jProcessesFor(home)).toHaveLength(1);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(neo4jProcessesFor(home)).toEqual([]);

    // Same store again (warm start); then the engine dies under casegraph, which must say so and exit.
    const second = startMain(env);
    await waitForOutput(second, /casegraph is running at/, 180_000);
    const [jvm] = neo4jProcessesFor(home);
    process.kill(jvm!, 'SIGKILL');
    expect(await second.exited).toBe(70);
    expect(second.output()).toMatch(/embedded Neo4j exited unexpectedly/);
  }, 400_000);
});
