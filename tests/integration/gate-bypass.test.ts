import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { UGLY_HANDLES } from '../../demo/platforms/scenario.js';
import { parseCollectionInput } from '../../server/gate/gate-input.schema.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

/**
 * Ways around the gate that must all fail before a single request reaches a platform: the fixture
 * platforms record every request they receive, and none may come from this casegraph (its
 * collectors name their own User-Agent, so a request from elsewhere on the machine that lands on
 * the fixtures' port is told apart, and reported).
 */
describe('no path around the gate', () => {
  let env: CollectingCasegraph;
  let detectiveId: string;

  beforeAll(async () => {
    env = await startCollectingCasegraph('BYPASS-1');
    detectiveId = (await env.detective.query('{ me { id } }')).data!.me.id;
  }, 60_000);
  afterAll(async () => {
    const strays = env.fixtures.requests().filter((r) => r.userAgent !== env.userAgent);
    if (strays.length > 0) console.warn('requests to the fixtures from elsewhere', strays);
    await env.stop();
  });

  const request = (handle: string) =>
    parseCollectionInput(
      {
        caseId: env.caseId,
        purpose: 'ONLINE_CRIME',
        target: { platform: 'mastodon', kind: 'handle', value: handle, scope: 'POSTS' },
        method: 'PUBLIC_API',
        content: 'PUBLIC',
        steps: [],
        device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
        predicate: {
          reportNumber: '26-0311',
          facts: `Rpt 26-0311: @${handle} posted threats against a witness`,
        },
      },
      detectiveId,
    );

  async function outcome(jobId: string): Promise<{ state: string; failedReason?: string }> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const status = await env.app.runtime.queue.status(jobId);
      if (status?.state === 'failed' || status?.state === 'completed' || Date.now() > deadline)
        return status!;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('fails a job put straight into Redis with a forged token, without a request', async () => {
    env.fixtures.resetHits();
    const allowed = await env.app.services.gateRecords.submit(request('alice'), 'ENQUEUE');
    expect(allowed.result.decision).toBe('ALLOW');
    const jobId = await env.app.runtime.queue.add('collect', {
      requestId: allowed.requestId,
      caseId: env.caseId,
      decisionToken: 'cg1.forged.token',
    });
    const result = await outcome(jobId);
    expect(result.state).toBe('failed');
    expect(result.failedReason).toMatch(/^GATE_DENIED/);
    expect(env.ownRequests()).toEqual([]);
  });

  it('fails a job carrying the token of another target, without a request', async () => {
    env.fixtures.resetHits();
    const forAlice = await env.app.services.gateRecords.submit(request('alice'), 'ENQUEUE');
    const forBob = await env.app.services.gateRecords.submit(request('bob'), 'ENQUEUE');
    const jobId = await env.app.runtime.queue.add('collect', {
      requestId: forAlice.requestId,
      caseId: env.caseId,
      decisionToken: forBob.token!,
    });
    const result = await outcome(jobId);
    expect(result.state).toBe('failed');
    expect(result.failedReason).toMatch(/^GATE_DENIED/);
    expect(env.ownRequests()).toEqual([]);
    const denials = await env.app.runtime.graph.read<{ n: number }>(
      "MATCH (d:GateDecision {requestId: $id, stage: 'EXECUTION', decision: 'DENY'}) RETURN count(d) AS n",
      { id: forAlice.requestId },
    );
    expect(denials[0]?.n).toBe(1);
  });

  it('refuses a copy of a completed job: its token was used, and no request is made', async () => {
    const allowed = await env.app.services.gateRecords.submit(request('alice'), 'ENQUEUE');
    const data = { requestId: allowed.requestId, caseId: env.caseId, decisionToken: allowed.token! };
    env.fixtures.resetHits();
    const first = await env.app.runtime.queue.add('collect', data);
    expect((await outcome(first)).state).toBe('completed');
    // The job that holds the token does reach the platform, under this casegraph's own name.
    expect(env.ownRequests()).toContain('/api/v1/accounts/lookup');

    env.fixtures.resetHits();
    const copy = await env.app.runtime.queue.add('collect', data);
    const result = await outcome(copy);
    expect(result.state).toBe('failed');
    expect(result.failedReason).toBe(`GATE_DENIED: this decision token was already used by job ${first}`);
    expect(env.ownRequests()).toEqual([]);
    const job = await env.app.runtime.queue.raw.getJob(copy);
    expect(job?.attemptsMade).toBe(1);
    const denials = await env.app.runtime.graph.read<{ rules: string[]; findings: string }>(
      `MATCH (d:GateDecision {requestId: $id, stage: 'EXECUTION', decision: 'DENY'})
       RETURN d.ruleIds AS rules, d.reasonsJson AS findings`,
      { id: allowed.requestId },
    );
    expect(denials).toHaveLength(1);
    expect(denials[0]!.rules).toEqual(['decision-token-once']);
    expect(denials[0]!.findings).toContain(`already used by job ${first}`);
  });

  it('lets the retries of the job that first used a token run with it', async () => {
    // The fixture answers this account's posts with 429 every time: a retryable failure.
    const allowed = await env.app.services.gateRecords.submit(request(UGLY_HANDLES.rateLimited), 'ENQUEUE');
    env.fixtures.resetHits();
    const jobId = await env.app.runtime.queue.add(
      'collect',
      { requestId: allowed.requestId, caseId: env.caseId, decisionToken: allowed.token! },
      { attempts: 2, backoff: { type: 'fixed', delay: 100 } },
    );
    const result = await outcome(jobId);
    expect(result.state).toBe('failed');
    expect(result.failedReason).toMatch(/^rate limited by/);
    expect((await env.app.runtime.queue.raw.getJob(jobId))?.attemptsMade).toBe(2);
    expect(env.fixtures.hits('/api/v1/accounts/lookup')).toBe(2);
  });

  it('refuses a prosecutor’s collection before anything is queued', async () => {
    const { app, caseId } = env;
    const pros = await new UserAdminService(new UserRepository(app.runtime.graph)).create({
      username: 'bypass-pros',
      displayName: 'ADA',
      role: 'PROSECUTOR',
      password: 'Bypass-pass-2026',
    });
    await env.detective.query('mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }', {
      c: caseId,
      u: pros.id,
    });
    const denied = await app.services.gateRecords.submit(
      { ...request('alice'), requesterId: pros.id },
      'ENQUEUE',
    );
    expect(denied.result.decision).toBe('DENY');
    expect(denied.token).toBeNull();
  });
});
