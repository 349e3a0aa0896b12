import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { ExitCode } from '../../common/exit-codes.js';
import { projectRoot } from '../../common/paths.js';
import { DUPLICATE_SIGNAL_MS } from '../../server/process-lifecycle.js';

/** Starts a draining process and answers it once its signal handlers are in place. */
async function startDraining() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('tests', 'support', 'draining-process.ts')],
    {
      cwd: projectRoot(),
      env: { ...process.env, DRAIN_MS: '2000', CASEGRAPH_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  while (!out.includes('ready')) await once(child.stdout, 'data');
  const ended = once(child, 'exit').then(([code]) => ({ code: code as number | null, out }));
  return { child, ended };
}

/**
 * Ctrl-C on `npm start` reaches casegraph twice, from the terminal and from npm: that is one
 * request to stop, so the drain finishes; a second request made on purpose exits at once.
 */
describe('stopping cleanly', () => {
  it('takes the same signal twice at once as one request, and drains', async () => {
    const { child, ended } = await startDraining();
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const { code, out } = await ended;
    expect(out).toContain('drained');
    expect(out).not.toContain('second signal: exiting now');
    expect(code).toBe(ExitCode.Ok);
  }, 60_000);

  it('exits at once, without draining, on a second request after a moment', async () => {
    const { child, ended } = await startDraining();
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, DUPLICATE_SIGNAL_MS + 300));
    child.kill('SIGINT');
    const { code, out } = await ended;
    expect(out).toContain('second signal: exiting now');
    expect(out).not.toContain('drained');
    expect(code).toBe(ExitCode.Interrupted);
  }, 60_000);

  it('exits at once on a different signal, however soon', async () => {
    const { child, ended } = await startDraining();
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const { code, out } = await ended;
    expect(out).not.toContain('drained');
    expect(code).toBe(ExitCode.Interrupted);
  }, 60_000);
});
