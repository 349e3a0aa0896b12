import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { GraphClient } from '../../graph/graph-client.js';
import { chromiumVersion } from '../../capture/browser/chromium.js';

export type ComponentState = { readonly status: 'up' | 'down'; readonly detail?: string };

export interface HealthReport {
  readonly status: 'ok' | 'degraded';
  readonly components: {
    readonly neo4j: ComponentState;
    readonly redis: ComponentState;
    readonly chromium: ComponentState;
    readonly evidenceStore: ComponentState;
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<T>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not answer in ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Long enough for a busy 2-core machine, short enough for a load balancer's health check. */
const PROBE_TIMEOUT_MS = 5000;

async function probe(check: () => Promise<string | undefined>, what: string): Promise<ComponentState> {
  try {
    const detail = await withTimeout(check(), PROBE_TIMEOUT_MS, what);
    return detail ? { status: 'up', detail } : { status: 'up' };
  } catch (error) {
    return { status: 'down', detail: (error as Error).message };
  }
}

/** Answers /healthz: each dependency checked live, with a short timeout each. */
export class HealthProbe {
  private readonly redis: Redis;
  private chromium: string | undefined;

  constructor(
    private readonly graph: GraphClient,
    redisUrl: string,
    private readonly chromiumPath: string,
    private readonly evidenceDir: string,
    /** The version found at start-up, so the first probe does not launch the browser again. */
    chromiumVersionAtStart?: string,
  ) {
    this.chromium = chromiumVersionAtStart;
    // A dedicated connection that fails fast while Redis is away and reconnects when it returns.
    this.redis = new Redis(redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
      retryStrategy: () => 500,
    });
    this.redis.on('error', () => undefined);
  }

  async report(): Promise<HealthReport> {
    const [neo4j, redis, chromium, evidenceStore] = await Promise.all([
      probe(
        async () => ((await this.graph.ping()) ? undefined : Promise.reject(new Error('no answer'))),
        'neo4j',
      ),
      probe(async () => {
        // Without an offline queue a ping fails at once while the connection is still being made.
        if (this.redis.status !== 'ready') {
          await once(this.redis, 'ready', { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        }
        await this.redis.ping();
        return undefined;
      }, 'redis'),
      probe(async () => (this.chromium ??= await chromiumVersion(this.chromiumPath)), 'chromium'),
      probe(async () => {
        const probeFile = path.join(this.evidenceDir, '.healthz');
        await fs.promises.writeFile(probeFile, String(Date.now()));
        await fs.promises.rm(probeFile);
        return undefined;
      }, 'evidence store'),
    ]);
    const components = { neo4j, redis, chromium, evidenceStore };
    const ok = Object.values(components).every((c) => c.status === 'up');
    return { status: ok ? 'ok' : 'degraded', components };
  }

  close(): void {
    this.redis.disconnect();
  }
}
