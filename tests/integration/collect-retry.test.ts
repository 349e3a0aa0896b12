import { RETRY_AFTER_SECONDS, UGLY_HANDLES } from '../../demo/platforms/scenario.js';
import { paths } from '../../client/src/paths.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { openWorkspace } from '../support/workspace-browser.js';

/**
 * A platform that answers 429 with Retry-After is waited for, on real Redis and BullMQ through the
 * API: the job's next attempt is due no sooner than the platform asked (7 s on the fixture, where
 * the usual first wait is 2 s), the detective reads why and when in words, and the collection's
 * attempts are one row of the Captures tab.
 */
describe('a collection the platform asks to slow down', () => {
  let env: CollectingCasegraph;
  beforeAll(async () => {
    env = await startCollectingCasegraph('RETRY-AFTER-1');
  }, 60_000);
  afterAll(() => env.stop());

  it('is tried again no sooner than the Retry-After the platform sent', async () => {
    const started = await env.detective.query(
      `mutation($input: CollectionRequestInput!) { startCollection(input: $input) { jobId decision { decision } } }`,
      {
        input: {
          caseId: env.caseId,
          purpose: 'ONLINE_CRIME',
          target: { platform: 'mastodon', kind: 'handle', value: UGLY_HANDLES.rateLimited, scope: 'POSTS' },
          method: 'PUBLIC_API',
          device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
          predicate: {
            reportNumber: '26-0311',
            facts: 'Rpt 26-0311: @busy posted threats against a witness',
          },
        },
      },
    );
    expect(started.errors).toBeUndefined();
    const { jobId } = started.data!.startCollection;
    const read = async () =>
      (
        await env.detective.query(
          'query($c: ID!, $id: ID!) { collectionJob(caseId: $c, id: $id) { state failure retryAt attempts } }',
          { c: env.caseId, id: jobId },
        )
      ).data!.collectionJob as {
        state: string;
        failure: string | null;
        retryAt: string | null;
        attempts: number;
      };
    let job = await read();
    for (
      const deadline = Date.now() + 60_000;
      !(job.state === 'delayed' && job.retryAt);
      job = await read()
    ) {
      if (Date.now() > deadline) throw new Error(`the job never waited for a retry: ${JSON.stringify(job)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const seenAt = Date.now();
    expect(job.attempts).toBe(1);
    expect(job.failure).toMatch(/asked us to slow down/);
    // Seen within moments of the failure: the retry is still most of the platform's 7 s away.
    expect(Date.parse(job.retryAt!) - seenAt).toBeGreaterThan(RETRY_AFTER_SECONDS * 1000 - 3_000);
    // And it does happen: the next attempt runs once the wait is over.
    for (const deadline = Date.now() + 30_000; job.attempts < 2; job = await read()) {
      if (Date.now() > deadline) throw new Error(`no second attempt: ${JSON.stringify(job)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(Date.now() - seenAt).toBeGreaterThan(RETRY_AFTER_SECONDS * 1000 - 3_000);

    // The platform keeps refusing: after its last attempt the collection is one row of the
    // Captures tab, its three failed attempts inside it, each with the reason in words.
    for (const deadline = Date.now() + 60_000; job.state !== 'failed'; job = await read()) {
      if (Date.now() > deadline) throw new Error(`the job did not end: ${JSON.stringify(job)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const ws = await openWorkspace('collect-retry');
    try {
      await ws.signIn(env.app.url, 'det-retry-after-1', 'Pipeline-pass-2026');
      await ws.page.goto(`${env.app.url}${paths.case(env.caseId, 'captures')}`, {
        waitUntil: 'domcontentloaded',
      });
      await ws.page.waitForSelector('ul.captures > li');
      const rows = await ws.page.$$eval('ul.captures > li', (items) =>
        items.map((li) => li.textContent ?? ''),
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(
        /mastodon busy · FAILED — the platform \(127\.0\.0\.1:\d+\) asked us to slow down/,
      );
      expect(rows[0]).toContain('3 attempts, 3 failed');
      await ws.bodyMatches(/Captures \(1\)/);
      await ws.shot('one-row-three-attempts');
    } finally {
      await ws.close();
    }
  }, 180_000);
});
