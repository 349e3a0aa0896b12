// A casegraph job worker in its own process, so a test can kill it the way a machine dies.
// Each run of the collect handler increments RUN_KEY, then holds for HOLD_MS and appends the
// request id to DONE_KEY.
import { Redis } from 'ioredis';
import { JobWorker } from '../../server/jobs/worker.js';

const { REDIS_URL, PREFIX, RUN_KEY, DONE_KEY, HOLD_MS } = process.env as Record<string, string>;
const redis = new Redis(REDIS_URL!);
const worker = new JobWorker(
  { url: REDIS_URL!, prefix: PREFIX! },
  {
    collect: async (data) => {
      await redis.incr(RUN_KEY!);
      await new Promise((r) => setTimeout(r, Number(HOLD_MS)));
      await redis.rpush(DONE_KEY!, data.requestId);
      return { ok: true };
    },
    export: async () => ({ ok: true }),
    checkpoint: async () => ({ ok: true }),
    'watch-run': async () => ({ ok: true }),
  },
  { lockDurationMs: 2000 },
);
await worker.waitUntilReady();
process.stdout.write('worker ready\n');
process.on('SIGTERM', () => void worker.close().then(() => process.exit(0)));
