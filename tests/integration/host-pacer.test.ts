import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisHostPacer, type HostPacing } from '../../capture/redis-host-pacer.js';
import { testServices } from '../support/services.js';

/** Per-host politeness on the real Redis, shared by pacers that stand for separate workers. */
describe('per-host pacing', () => {
  const connections: Redis[] = [];
  const pacer = (pacing: HostPacing, prefix: string) => {
    const redis = new Redis(testServices().redisUrl);
    connections.push(redis);
    return new RedisHostPacer(redis, prefix, pacing);
  };
  const prefix = () => `pacer-test-${crypto.randomUUID()}`;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.quit()));
  });

  it('keeps at most `concurrency` requests in flight to a host, across workers', async () => {
    const shared = prefix();
    const workers = [
      pacer({ concurrency: 2, intervalMs: 0, holdMs: 10_000 }, shared),
      pacer({ concurrency: 2, intervalMs: 0, holdMs: 10_000 }, shared),
    ];
    let inFlight = 0;
    let most = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const release = await workers[i % 2]!.acquire('platform.example');
        inFlight += 1;
        most = Math.max(most, inFlight);
        await sleep(150);
        inFlight -= 1;
        await release();
      }),
    );
    expect(most).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 150);
  });

  it('spaces the starts on one host, and leaves other hosts alone', async () => {
    const shared = prefix();
    const p = pacer({ concurrency: 10, intervalMs: 120, holdMs: 10_000 }, shared);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const release = await p.acquire('slow.example');
        starts.push(Date.now());
        await release();
      }),
    );
    starts.sort((a, b) => a - b);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    // Redis decides with its own clock; allow a few ms of timer slack on this side.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(110);

    const t = Date.now();
    await (
      await p.acquire('other.example')
    )();
    expect(Date.now() - t).toBeLessThan(100);
  });

  it('takes back a slot whose holder never released it', async () => {
    const p = pacer({ concurrency: 1, intervalMs: 0, holdMs: 300 }, prefix());
    await p.acquire('crashy.example'); // never released, as if the worker died
    const t = Date.now();
    await (
      await p.acquire('crashy.example')
    )();
    expect(Date.now() - t).toBeGreaterThanOrEqual(200);
  });

  it('stops waiting when the job is aborted', async () => {
    const p = pacer({ concurrency: 1, intervalMs: 0, holdMs: 10_000 }, prefix());
    const held = await p.acquire('busy.example');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(p.acquire('busy.example', controller.signal)).rejects.toThrow(/aborted/);
    await held();
  });
});
