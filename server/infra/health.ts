import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { GraphClient } from '../../graph/graph-client.js';
import { chromiumVersion } from '../../capture/browser/chromium.js';
import type { QueueHealth } from '../jobs/queue.js';

export type ComponentState = {
  readonly status: 'up' | 'down';
  readonly detail?: string;
  /** Figures behind the detail, for monitoring (the job queue's). */
  readonly counts?: Readonly<Record<string, number>>;
};

export interface HealthReport {
  readonly status: 'ok' | 'degraded';
  readonly components: {
    readonly neo4j: ComponentState;
    readonly redis: ComponentState;
    readonly chromium: ComponentState;
    readonly evidenceStore: ComponentState;
    readonly jobs: ComponentState;
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

/** A component's check: nothing, a detail, or a detail with its figures, when it is up. */
type Check = () => Promise<string | undefined | Omit<ComponentState, 'status'>>;

async function probe(check: Check, what: string): Promise<ComponentState> {
  try {
    const found = await withTimeout(check(), PROBE_TIMEOUT_MS, what);
    if (typeof found === 'object') return { status: 'up', ...found };
    return found ? { status: 'up', detail: found } : { status: 'up' };
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
    /** The job queue's workers and jobs; a queue that answers is up, whatever its figures. */
    private readonly queueHealth: () => Promise<QueueHealth>,
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
    const [neo4j, redis, chromium, evidenceStore, jobs] = await Promise.all([
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
      probe(() => this.jobs(), 'job queue'),
    ]);
    const components = { neo4j, redis, chromium, evidenceStore, jobs };
    const ok = Object.values(components).every((c) => c.status === 'up');
    return { status: ok ? 'ok' : 'degraded', components };
  }

  /**
   * Workers seen and jobs by state. No worker is not "down": the app may run without workers of its
   * own while others start; the detail says so, and monitoring reads the counts.
   */
  private async jobs(): Promise<Omit<ComponentState, 'status'>> {
    const q = await this.queueHealth();
    const detail =
      `${q.workers} worker${q.workers === 1 ? '' : 's'} connected; jobs: ${q.waiting} waiting, ` +
      `${q.active} active, ${q.delayed} delayed, ${q.failed} failed`;
    return { detail, counts: { ...q } };
  }

  close(): void {
    this.redis.disconnect();
  }
}
