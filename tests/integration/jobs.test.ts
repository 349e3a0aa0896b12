import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Redis } from 'ioredis';
import { projectRoot } from '../../common/paths.js';
import { JobQueue } from '../../server/jobs/queue.js';
import { checkHandlers } from '../../server/jobs/worker.js';
import { testServices } from '../support/services.js';
import { until } from '../support/until.js';

/**
 * The queue wiring on the real Redis: a job survives the death of the worker process that held it
 * and completes exactly once. Workers run as separate processes and count their runs in Redis.
 */
describe('BullMQ job wiring', () => {
  const prefix = `jobs-test-${process.pid}`;
  const redisUrl = testServices().redisUrl;
  const runKey = `${prefix}:runs`;
  const doneKey = `${prefix}:done`;
  let redis: Redis;
  let queue: JobQueue;

  beforeAll(() => {
    redis = new Redis(redisUrl);
    queue = new JobQueue({ url: redisUrl, prefix });
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
  });

  function startWorker(holdMs: number): Promise<ChildProcess> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join('tests', 'support', 'counting-worker.ts')],
      {
        cwd: projectRoot(),
        env: {
          ...process.env,
          REDIS_URL: redisUrl,
          PREFIX: prefix,
          RUN_KEY: runKey,
          DONE_KEY: doneKey,
          HOLD_MS: String(holdMs),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    return new Promise((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('worker ready') && resolve(child));
      child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
    });
  }

  it('refuses a worker with a job name that has no handler', () => {
    expect(() => checkHandlers({ collect: async () => undefined })).toThrow(/missing export/);
  });

  it('a job whose worker process dies mid-run is taken up again and completes exactly once', async () => {
    const jobId = await queue.add('collect', { requestId: 'req-1', caseId: 'case-1', decisionToken: 't' });

    const first = await startWorker(60_000);
    await until('the job ran', async () => (await redis.get(runKey)) === '1', 20_000);
    const died = new Promise((r) => first.once('exit', r));
    first.kill('SIGKILL');
    await died;

    const second = await startWorker(10);
    await until('the job completed', async () => (await queue.status(jobId))?.state === 'completed', 60_000);
    const stopped = new Promise((r) => second.once('exit', r));
    second.kill('SIGTERM');
    await stopped;

    expect(await redis.lrange(doneKey, 0, -1)).toEqual(['req-1']);
    expect(Number(await redis.get(runKey))).toBe(2);
  }, 120_000);
});
