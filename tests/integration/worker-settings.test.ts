import { spawn } from 'node:child_process';
import path from 'node:path';
import { ExitCode } from '../../common/exit-codes.js';
import { projectRoot } from '../../common/paths.js';
import { testServices } from '../support/services.js';

/** Runs the real worker entry with exactly `env` (and PATH), and answers how it ended. */
function runWorker(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'worker-main.ts')], {
      cwd: projectRoot(),
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A worker that started anyway is stopped after a minute, and the test fails on its exit code.
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(kill);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });
}

/**
 * `npm run worker` on another machine: told nothing about the casegraph it works for, it refuses
 * at once with what to set, instead of starting an embedded Neo4j, a local queue and an evidence
 * directory of its own that nobody else reads.
 */
describe('a worker without its shared services', () => {
  it('refuses to start, names each missing setting, and starts nothing', async () => {
    const { code, stderr, ms } = await runWorker({});
    expect(code).toBe(ExitCode.ConfigInvalid);
    expect(stderr).toContain('never starts its own Neo4j, Redis or evidence store');
    for (const name of ['NEO4J_URI', 'REDIS_URL', 'CASEGRAPH_DATA_DIR'])
      expect(stderr).toContain(`  ${name}:`);
    // An embedded Neo4j takes well over ten seconds to start on this machine; none was.
    expect(ms).toBeLessThan(10_000);
  }, 70_000);

  it('names only what is missing', async () => {
    const { redisUrl } = testServices();
    const { code, stderr } = await runWorker({
      REDIS_URL: redisUrl,
      CASEGRAPH_DATA_DIR: '/tmp/casegraph-shared',
    });
    expect(code).toBe(ExitCode.ConfigInvalid);
    expect(stderr).toContain('  NEO4J_URI:');
    expect(stderr).not.toContain('REDIS_URL:');
    expect(stderr).not.toContain('CASEGRAPH_DATA_DIR:');
  }, 70_000);
});
