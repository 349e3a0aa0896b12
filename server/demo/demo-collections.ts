/**
 * The demo case's first collections: one lawful, gate-allowed collection from every fixture
 * platform, each by the method its collector declares, so the demo opens with posts, accounts,
 * media and pages from all of them. They go through the same CollectionService (and so the same
 * gate) as a detective's request; the seed waits for their jobs so the packet it exports holds them.
 */
import type { CollectionTarget } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import { BLUESKY, FEEDS, MASTODON, REDDIT, TELEGRAM } from '../../demo/platforms/scenario.js';
import { WEB_PAGES } from '../../demo/platforms/web.fixture.js';
import type { SessionUser } from '../auth/session-user.js';
import type { Services } from '../composition/services.js';

/** The missing-person report the demo case rests on (policy: letters, 2-digit year, number). */
export const DEMO_REPORT_NUMBER = 'MP-26-0042';

const FACTS =
  'Missing-person report MP-26-0042: Alice Doe, 16, last seen near the riverfront; her friends and the local alert channels may show where she went.';

/** One target per fixture platform, with the method its collector performs. */
export function demoTargets(fixturesUrl: string) {
  const target = (t: Omit<CollectionTarget, 'scope'>): CollectionTarget => ({ ...t, scope: 'POSTS' });
  return [
    {
      target: target({ platform: 'mastodon', kind: 'handle', value: MASTODON.handle }),
      method: 'PUBLIC_API',
    },
    { target: target({ platform: 'bluesky', kind: 'handle', value: BLUESKY.handle }), method: 'PUBLIC_API' },
    { target: target({ platform: 'reddit', kind: 'handle', value: REDDIT.user }), method: 'PUBLIC_API' },
    {
      target: target({ platform: 'telegram', kind: 'handle', value: TELEGRAM.channel }),
      method: 'PUBLIC_WEB',
    },
    {
      target: target({ platform: 'rss', kind: 'url', value: `${fixturesUrl}${FEEDS.atomPath}` }),
      method: 'PUBLIC_WEB',
    },
    {
      target: target({ platform: 'web', kind: 'url', value: `${fixturesUrl}${WEB_PAGES.article}` }),
      method: 'PUBLIC_WEB',
    },
  ] as const;
}

/** Waits for a collect job to finish; its failure stops the seed with the job's own reason. */
async function settled(services: Services, caseId: string, jobId: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await services.collections.job(caseId, jobId);
    if (job.state === 'completed') return job;
    if (job.state === 'failed') throw new AppError('INTERNAL', `demo collection failed: ${job.error}`);
    if (Date.now() > deadline)
      throw new AppError('SERVICE_UNAVAILABLE', `demo collection ${jobId} did not finish`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** How long the demo's watch of the missing girl's account runs, and how often. */
const DEMO_WATCH = { intervalHours: 24, days: 14 } as const;

/**
 * Collects every demo target through the gate and waits for the captures. The Mastodon account of
 * the missing girl is collected as the first run of a daily watch, as a detective would keep an
 * eye on it, so the demo shows a watch with its next run and last result.
 */
export async function collectDemoTargets(
  services: Services,
  caseId: string,
  detective: SessionUser,
  fixturesUrl: string,
): Promise<void> {
  const jobs: string[] = [];
  for (const { target, method } of demoTargets(fixturesUrl)) {
    const request = {
      caseId,
      purpose: 'MISSING_PERSON',
      target,
      method,
      content: 'PUBLIC',
      steps: [],
      device: { kind: 'DEPARTMENT', id: 'DEMO-LAPTOP-01' },
      predicate: { reportNumber: DEMO_REPORT_NUMBER, facts: FACTS },
    } as const;
    if (target.platform === 'mastodon') {
      const endsAt = new Date(Date.now() + DEMO_WATCH.days * 24 * 3_600_000).toISOString();
      const watched = await services.watches.service.create(detective, {
        request,
        intervalHours: DEMO_WATCH.intervalHours,
        endsAt,
      });
      jobs.push(watched.jobId);
      continue;
    }
    const started = await services.collections.start(request, detective.id);
    if (!started.jobId) {
      const why = started.decision.clauses.join(', ');
      throw new AppError('GATE_DENIED', `the gate refused the demo's ${target.platform} collection (${why})`);
    }
    jobs.push(started.jobId);
  }
  for (const jobId of jobs) await settled(services, caseId, jobId, 120_000);
}
