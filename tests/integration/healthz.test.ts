import crypto from 'node:crypto';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { JobName, type JobHandlers } from '../../server/jobs/job-types.js';
import { JobWorker } from '../../server/jobs/worker.js';
import { startOwnRedis, type RedisEndpoint } from '../../server/infra/redis.js';
import { GqlClient } from '../support/graphql-client.js';
import { tempDir, testConfig } from '../support/services.js';

interface Health {
  status: string;
  components: Record<string, { status: string; detail?: string; counts?: Record<string, number> }>;
}

/** /healthz as a caller with this cookie (none: anonymous) sees it. */
async function health(app: RunningCasegraph, cookie = ''): Promise<{ code: number; body: Health }> {
  const res = await fetch(`${app.url}/healthz`, { headers: cookie ? { cookie } : {} });
  return { code: res.status, body: (await res.json()) as Health };
}

async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last = await probe();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    last = await probe();
  }
  return last;
}

describe('/healthz', () => {
  let redisDir: string;
  let redis: RedisEndpoint;
  let port: number;
  let app: RunningCasegraph;
  /** The session cookies of a signed-in administrator and of a detective. */
  let admin: string;
  let detective: string;

  beforeAll(async () => {
    redisDir = tempDir('own-redis');
    redis = await startOwnRedis(redisDir);
    port = Number(new URL(redis.url).port);
    app = await startCasegraph(testConfig({ REDIS_URL: redis.url, CASEGRAPH_WORKERS: 'false' }));
    const tag = crypto.randomBytes(3).toString('hex');
    const password = 'Health-check-pass-7';
    const signedIn = async (role: 'ADMIN' | 'DETECTIVE') => {
      const username = `health-${role.toLowerCase()}-${tag}`;
      await app.services.userAdmin.create({ username, displayName: username, role, unit: 'CID', password });
      const client = new GqlClient(app.url);
      await client.login(username, password);
      return client.cookieHeader;
    };
    admin = await signedIn('ADMIN');
    detective = await signedIn('DETECTIVE');
  });
  afterAll(async () => {
    await app.stop();
    await redis.stop();
  });

  it('tells anonymous callers and non-administrators only the status', async () => {
    for (const cookie of ['', detective, 'casegraph_session=not-a-session', 'casegraph_session=%E0%A4%A']) {
      const res = await fetch(`${app.url}/healthz`, { headers: cookie ? { cookie } : {} });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('reports every component up with HTTP 200 to an administrator', async () => {
    const { code, body } = await health(app, admin);
    expect(body.components).toMatchObject({
      neo4j: { status: 'up' },
      redis: { status: 'up' },
      chromium: { status: 'up' },
      evidenceStore: { status: 'up' },
    });
    expect(body.status).toBe('ok');
    expect(code).toBe(200);
    expect(Object.keys(body.components).sort()).toEqual([
      'chromium',
      'evidenceStore',
      'jobs',
      'neo4j',
      'redis',
    ]);
    expect(body.components.chromium?.detail).toMatch(/Chromium \d+/);
  });

  it('reports the workers connected to the queue, from any process, and the jobs by state', async () => {
    // This app runs no workers of its own: none connected is reported, not a failure.
    const before = await health(app, admin);
    expect(before.body.components.jobs).toEqual({
      status: 'up',
      detail: '0 workers connected; jobs: 0 waiting, 0 active, 0 delayed, 0 failed',
      counts: { workers: 0, waiting: 0, active: 0, delayed: 0, failed: 0 },
    });
    expect(before.code).toBe(200);
    // A worker elsewhere (here, in the test process) on the same queue is seen.
    // No job is added here, so no handler runs; a worker must still name one for every job.
    const never = async () => {
      throw new Error('no job is queued in this test');
    };
    const handlers = Object.fromEntries(
      Object.values(JobName).map((name) => [name, never]),
    ) as Partial<JobHandlers>;
    const worker = new JobWorker({ url: redis.url, prefix: app.runtime.config.redis.prefix }, handlers);
    try {
      await worker.waitUntilReady();
      const seen = await eventually(
        () => health(app, admin),
        (h) => h.body.components.jobs?.counts?.workers === 1,
      );
      expect(seen.body.components.jobs?.detail).toMatch(/^1 worker connected; /);
    } finally {
      await worker.close();
    }
  });

  it('turns 503 naming Redis while Redis is stopped, and 200 when it returns', async () => {
    await redis.stop();
    const down = await eventually(
      () => health(app, admin),
      (h) => h.code === 503,
    );
    expect(down.code).toBe(503);
    expect(down.body.components.redis?.status).toBe('down');
    expect(down.body.components.neo4j?.status).toBe('up');
    expect(await health(app)).toEqual({ code: 503, body: { status: 'degraded' } });

    // The same directory, so the restarted server keeps the password the app's URL carries.
    redis = await startOwnRedis(redisDir, port);
    const up = await eventually(
      () => health(app, admin),
      (h) => h.code === 200,
    );
    expect(up.code).toBe(200);
    expect(up.body.components.redis?.status).toBe('up');
  });
});
