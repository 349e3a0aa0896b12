import path from 'node:path';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { startOwnRedis, type RedisEndpoint } from '../../server/infra/redis.js';
import { tempDir, testConfig } from '../support/services.js';

interface Health {
  status: string;
  components: Record<string, { status: string; detail?: string }>;
}

async function health(app: RunningCasegraph): Promise<{ code: number; body: Health }> {
  const res = await fetch(`${app.url}/healthz`);
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

  beforeAll(async () => {
    redisDir = tempDir('own-redis');
    redis = await startOwnRedis(redisDir);
    port = Number(new URL(redis.url).port);
    app = await startCasegraph(testConfig({ REDIS_URL: redis.url, CASEGRAPH_WORKERS: 'false' }));
  });
  afterAll(async () => {
    await app.stop();
    await redis.stop();
  });

  it('reports every component up with HTTP 200', async () => {
    const { code, body } = await health(app);
    expect(body.components).toMatchObject({
      neo4j: { status: 'up' },
      redis: { status: 'up' },
      chromium: { status: 'up' },
      evidenceStore: { status: 'up' },
    });
    expect(body.status).toBe('ok');
    expect(code).toBe(200);
    expect(Object.keys(body.components).sort()).toEqual(['chromium', 'evidenceStore', 'neo4j', 'redis']);
    expect(body.components.chromium?.detail).toMatch(/Chromium \d+/);
  });

  it('turns 503 naming Redis while Redis is stopped, and 200 when it returns', async () => {
    await redis.stop();
    const down = await eventually(
      () => health(app),
      (h) => h.code === 503,
    );
    expect(down.code).toBe(503);
    expect(down.body.components.redis?.status).toBe('down');
    expect(down.body.components.neo4j?.status).toBe('up');

    redis = await startOwnRedis(path.join(redisDir, 'again'), port);
    const up = await eventually(
      () => health(app),
      (h) => h.code === 200,
    );
    expect(up.code).toBe(200);
    expect(up.body.components.redis?.status).toBe('up');
  });
});
